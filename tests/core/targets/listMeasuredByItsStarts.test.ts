/**
 * A count in a word of items of any kind (`个`, `项`), naming no works it builds (`重大产业47个`, `城镇化建设10个`), whose starts the
 * report rates against it (`开工34个,开工率72%`, 34 ÷ 47) is a part of a year's list of projects, measured by its starts (DOMAIN §4,
 * the count of a year's list). A count of homes or of works it names (`新改扩建学校12个`, `棚户区改造3000套`) is answered by the works
 * finished, and its 开工率 only rates the starts. Examples are written in the style of a league's 按行业分 progress list; each is a
 * sheet of one row of a 1-5月 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a sector\'s count of projects, with its starts rated against it, is answered by the starts',
    row: { task: '先进制造业23个,年度计划投资40亿元,', progress: '开工16个,开工率70%,完成投资12亿元,完成年计划的30%;' },
    expected: [
      { value: 23, verdict: 'on-track', reported: { value: 16 } },
      { value: 4000000000, verdict: 'behind', reported: { value: 1200000000 } },
    ],
    notes: '16 ÷ 23 = 69.6%, the rate written in whole points (70%)',
  },
  {
    description: 'a count of works it names to build stays unclear against its starts (counter-example)',
    row: { task: '新改扩建学校12个,', progress: '开工建设8个,开工率67%。' },
    expected: [{ value: 12, verdict: 'unclear', reported: null }],
  },
  {
    description: 'a count of homes stays unclear against its starts and their rate (counter-example)',
    row: { task: '棚户区改造3000套,', progress: '开工2100套,开工率70%。' },
    expected: [{ value: 3000, verdict: 'unclear', reported: null }],
  },
];

describe('a part of a year\'s list of projects measured by its starts', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '1-5月' }));
});
