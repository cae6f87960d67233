/**
 * A progress cell that keeps a table row's columns (`到位资金 | 完成投资 | 占年度目标(%)`) gives several amounts in the row's
 * unit; the one the row reckons against its plan, the amount whose share column is that amount ÷ the plan, is the result.
 * The share column may carry its `%` only in the header (`86.3`). Where the row reckons two groups (works begun, then works
 * done), the last is the result. Rows written for this test in the shape of county and prefecture statistical tables.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the amount of a table row reckoned against its plan', () => {
  it.each<RowCase>([
    {
      description: 'the money spent, whose share of the year’s target follows, not the money received before it',
      row: { task: '续建项目 年度投资目标(万元) 520000', progress: '230100 | 241800 | 46.50%' },
      period: '上半年',
      expected: [{ value: 5200000000, reported: { value: 2418000000 } }],
      notes: '241800 ÷ 520000 = 46.50%; 230100 ÷ 520000 = 44.25%',
    },
    {
      description: 'a share column without its % sign, after each group of a row that runs from works begun to works done',
      row: { task: '东山县 农房改造工程 户数(户)', milestone: '1200', progress: '15 | 1020 | 980 | 40 | 85.0 | 300 | 280 | 20 | 25.0 | 5600 | 4100 | 1500' },
      expected: [{ value: 1200, reported: { value: 300 } }],
      notes: '1020 ÷ 1200 = 85.0, 300 ÷ 1200 = 25.0: the houses finished come after those in construction',
    },
    {
      description: 'a row whose shares reckon none of its amounts keeps its first amount',
      row: { task: '东山县 农房改造工程 户数(户)', milestone: '1200', progress: '640 | 520 | 12.5 | 7.3' },
      expected: [{ value: 1200, reported: { value: 640 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
