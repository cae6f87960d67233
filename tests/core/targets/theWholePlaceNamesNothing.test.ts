/**
 * The reporting place as a whole (`我省`, `全市`, `本县`) is the subject of all its report says: words said of it name nothing
 * counted, so a progress that says the whole done (`我市已提前完成任务`) answers the row's target; a place by its name may be a
 * part, and stays a name. Each row is a sheet of one row of a 上半年 report.
 */
import { namesNothing } from '../../../src/core/targets/_lib/namesNothing';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the task said done of the province as a whole is met',
    row: { task: '省定农村改厕任务3.2万户,', progress: '我省已提前超额完成任务。' },
    expected: [{ value: 32000, verdict: 'met', reported: { value: 100 } }],
  },
  {
    description: 'the task said done of the whole county is met',
    row: { task: '新建村级综合服务站45个,', progress: '全县已全部完成。' },
    expected: [{ value: 45, verdict: 'met', reported: { value: 100 } }],
  },
];

describe('the reporting place as a whole names nothing counted', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '上半年' }));

  it.each([
    ['我省已', true],
    ['全市累计完成', true],
    ['本县新建', true],
    ['安化县', false],
    ['我市学校', false],
  ] as const)('%s names nothing counted: %s', (indicator, expected) => expect(namesNothing(indicator)).toBe(expected));
});
