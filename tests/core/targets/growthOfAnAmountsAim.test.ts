/**
 * An amount's aim written as a bare percent in a table (`工业总产值 | 年度目标 8%`): an amount is never a percent of itself,
 * so the percent is how far it is to grow and the reported change answers it. A rate's aim stays a level. Phrasings written
 * for this test.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { growthOfAnAmountsAim } from '../../../src/core/targets/_lib/growthOfAnAmountsAim';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const readings: readonly { description: string; input: string; expected: 'up' | null }[] = [
  { description: 'an output value and its year aim across a column', input: '规上工业总产值 | 年度目标 9%', expected: 'up' },
  { description: 'a revenue with a full-width colon after the label', input: '一般公共预算收入 全年目标：6%以上', expected: 'up' },
  { description: 'an investment with 预期目标为', input: '固定资产投资 | 全年预期目标为10%', expected: 'up' },
  { description: 'a sales total with 目标值', input: '社会消费品零售总额 目标值 7.5%', expected: 'up' },
  { description: 'counter-example: a rate under the same label is a level', input: '森林覆盖率 | 年度目标 62%', expected: null },
  { description: 'counter-example: a share under the label is a level', input: '研发投入占比 | 年度目标 3%', expected: null },
  { description: 'counter-example: a percent with no aim label', input: '工业总产值 | 8%', expected: null },
];

describe('a percent aim of an amount', () => {
  it.each(readings)('$description', ({ input, expected }) => {
    const quantity = parseQuantities(input).quantities.at(-1);
    expect(quantity).toBeDefined();
    if (quantity !== undefined) expect(growthOfAnAmountsAim(input, quantity)).toBe(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'an output aim answered by the growth column, not by the amount',
    row: { task: '工业增加值 | 年度目标 7%', progress: '前三季度 绝对值 512.6亿元 | 增幅 8.4%' },
    expected: [{ value: 7, unit: '%', reported: { value: 8.4 }, verdict: 'met' }],
  },
  {
    description: 'a revenue aim answered by a growth said in words',
    row: { task: '营业收入 年度目标：10%以上', progress: '1-9月实现营业收入86亿元，同比增长12.3%。' },
    expected: [{ value: 10, unit: '%', reported: { value: 12.3 } }],
  },
  {
    description: 'counter-example: a coverage aim is not answered by a rise',
    row: { task: '绿化覆盖率 | 年度目标 45%', progress: '覆盖率同比提高1.2%' },
    expected: [{ value: 45, unit: '%', reported: null }],
  },
];

describe('a percent aim of an amount, judged', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
