/**
 * Projects counted as started or resumed (`开复工…个`) are a list of projects measured by its starts: the count answers a target
 * counted in a word of items, whatever the projects' sector. A count of works to build, or works only said started, stays
 * unclear. Each row is a sheet of one row of a 上半年 report.
 */
import { countsStartedOrResumed } from '../../../src/core/targets/_lib/startedOrResumed';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a sector\'s count of projects is answered by its projects started or resumed',
    row: { task: '其中,装备制造项目42个', progress: '开复工30个,完成投资21亿元。' },
    expected: [{ value: 42, verdict: 'on-track', reported: { value: 30 } }],
  },
  {
    description: 'the bracketed form of started or resumed reads alike',
    row: { task: '生物医药项目20个', progress: '已开(复)工8个。' },
    expected: [{ value: 20, verdict: 'behind', reported: { value: 8 } }],
  },
  {
    description: 'works to build counted only as started stay unclear (counter-example)',
    row: { task: '新改扩建学校12个', progress: '开复工9个。' },
    expected: [{ value: 12, verdict: 'unclear', reported: null }],
  },
];

describe('projects started or resumed', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '上半年' }));

  it.each([
    ['开复工57个', true],
    ['已开（复）工项目152个', true],
    ['已开工8个', false],
    ['复工率95%', false],
  ] as const)('reads %s as started or resumed: %s', (phrase, expected) => expect(countsStartedOrResumed(phrase)).toBe(expected));
});
