/**
 * When a target is due, read from its own words: the span of a five-year plan (`到“十四五”期末`), a step of the months
 * from the year's start (`1-9月计划…`), the year named after the report's half (`上半年，全年…`); and a count per head of
 * the population, which is a level. Sentences of real reports, and counter-examples written in the same style.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('deadlines and levels read from a target’s words', () => {
  it.each<RowCase>([
    {
      description: 'a level per thousand people due at the plan’s end is behind, not unmet, below it',
      row: { task: '到“十四五”期末，每千人口托位数提高到4.5个。', progress: '截至9月底，全市每千人口托位数约2.5个。' },
      expected: [{ value: 4.5, deadline: '2025-12-31', verdict: 'behind' }],
      notes: '国家卫健委 2022: a level is not paced, however far the deadline',
    },
    {
      description: 'places added over the year are an amount, paced',
      row: { task: '全市新增普惠性托位3000个。', progress: '截至9月底，全市已新增普惠性托位2400个。' },
      expected: [{ value: 3000, deadline: '2021-12-31', verdict: 'on-track' }],
      notes: 'counter-example: a count, not per head',
    },
    {
      description: 'a count for the plan’s five years is paced from the plan’s start',
      row: { task: '“十四五”期间，全市新改建农村公路500公里。', progress: '截至9月底，累计新改建农村公路150公里。' },
      expected: [{ value: 500, deadline: '2025-12-31', verdict: 'on-track' }],
      notes: '150 of 500 (30%) ≥ 9 of 60 months (15%); against the year alone it would be behind',
    },
    {
      description: 'a step of the months from the year’s start is due when they end: short at that date is unmet',
      row: { task: '根据项目开工计划,1-9月计划新开工项目67个,', progress: '目前已开工项目57个,开工率85.07%。' },
      expected: [{ value: 67, deadline: '2021-09-30', verdict: 'unmet' }],
      notes: '铜梁 2024',
    },
    {
      description: 'the year’s plan answered at the same date is paced',
      row: { task: '全年计划新开工项目67个,', progress: '目前已开工项目57个,开工率85.07%。' },
      expected: [{ value: 67, deadline: '2021-12-31', verdict: 'on-track' }],
      notes: 'counter-example',
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));

  it('reads the year after the half as the year’s list, paced at the half (维西 2024)', () => {
    expectTargetsOfRow({
      description: '',
      period: '上半年',
      row: { task: '上半年，全年纳入统筹整合涉农资金产业项目72个，', period: '上半年', progress: '开工43个，开工率59.7%。' },
      expected: [{ value: 72, deadline: '2021-12-31', verdict: 'on-track' }],
    });
  });
});
