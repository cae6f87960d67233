/**
 * A progress that gives only the growth of the money spent on projects (`完成投资增长5.2%`) reports them by money, as an
 * amount spent does, and counts none of them: the task's counts of projects name the groups that money is spent on. A
 * count of projects started or done beside the rate keeps the count a target. Examples written for this test.
 */
import { isGrowthOfMoneySpent } from '../../../src/core/targets/_lib/growthOfMoney';
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a growth rate of money spent', () => {
  const firstFigure = (text: string) => {
    const [figure] = readReportedFigures(text, 2021);
    if (!figure) throw new Error(`no figure in ${text}`);
    return figure;
  };

  it.each([
    { description: 'investment done, up on last year', text: '全市在建项目累计完成投资增长5.2%', expected: true },
    { description: 'funds spent, down on last year', text: '到位资金同比下降3.4%', expected: true },
    { description: 'counter-example: a share of the plan is no change', text: '投资完成率为62%', expected: false },
    { description: 'counter-example: a growth of income is no money spent', text: '农民人均收入增长7.5%', expected: false },
  ])('$description', ({ text, expected }) => {
    expect(isGrowthOfMoneySpent(firstFigure(text))).toBe(expected);
  });
});

describe('counts of projects beside a progress measured by the growth of their money', () => {
  it.each<RowCase>([
    {
      description: 'two groups of projects, progress only by the growth of their investment: no count to reach',
      row: {
        task: '全市今年安排320个城市更新类项目、1500个社会民生类项目。',
        progress: '各类项目均已进入施工阶段,全市项目累计完成投资增长5.2%。',
      },
      expected: [],
    },
    {
      description: 'counter-example: a count of projects started beside the rate keeps the count a target',
      row: {
        task: '全市今年安排320个城市更新类项目。',
        progress: '已开工项目200个,累计完成投资增长5.2%。',
      },
      expected: [{ value: 320 }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
