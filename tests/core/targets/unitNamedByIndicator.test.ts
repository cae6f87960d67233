/**
 * A table's bare number takes the unit its indicator's name counts in (`参观人数`, `改造户数`): a figure of the progress counted in
 * that very word answers it, though the table writes no unit. Without such a name, nothing says what the number counts, and a
 * figure of the progress's words stays untied (unclear). Rows written in the style of a 绩效目标 table; each is a 全年 sheet.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'people counted beside an indicator of 人数',
    row: { task: '指标3:志愿服务参与人数', milestone: '800', progress: '920余人' },
    expected: [{ value: 800, verdict: 'met', reported: { value: 920 } }],
  },
  {
    description: 'households counted beside an indicator of 户数',
    row: { task: '指标1:适老化改造户数', milestone: '120', progress: '完成改造135户' },
    expected: [{ value: 120, verdict: 'met', reported: { value: 135 } }],
  },
  {
    description: 'an indicator naming no counting word leaves the figure untied (counter-example)',
    row: { task: '指标3:志愿服务活动', milestone: '800', progress: '920余人' },
    expected: [{ value: 800, verdict: 'unclear', reported: null }],
  },
];

describe('a bare number in the unit its indicator names', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '全年' }));
});
