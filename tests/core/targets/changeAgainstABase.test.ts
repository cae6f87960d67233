/**
 * A plan compared with the year before names the earlier figure (`比去年的…`), the gap, and the gap again as a rate: all three
 * describe the plan, whose own level is the aim. Sentences written for this test; the counter-examples grow a level of their own.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isBaseOfAComparison, isRateOfTheChangeBefore } from '../../../src/core/targets/_lib/changeAgainstABase';
import { isChangeAgainstAComparison } from '../../../src/core/targets/_lib/statedAsItIs';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

function quantityOf(text: string, figure: string) {
  const quantity = parseQuantities(text).quantities.find((found) => found.text.includes(figure));
  if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
  return quantity;
}

describe('the earlier figure a comparison names', () => {
  it.each([
    { description: 'last year’s people, after 比去年的', text: '今年计划培训人数比去年的12万人增加了3万人', figure: '12万人', expected: true },
    { description: 'a year named, after 较…的', text: '年度计划改造户数较2022年的800户增加200户', figure: '800户', expected: true },
    { description: 'last year’s count, after 比上年度的', text: '计划新建项目比上年度的45个多10个', figure: '45个', expected: true },
    { description: 'counter-example: the gap itself is no base', text: '今年计划培训人数比去年的12万人增加了3万人', figure: '3万人', expected: false },
    { description: 'counter-example: a figure of the year after 的', text: '完成今年的12万人培训任务', figure: '12万人', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(isBaseOfAComparison(text, quantityOf(text, figure))).toBe(expected);
  });
});

describe('the gap of a comparison that names its base', () => {
  it.each([
    { description: 'a plan’s gap with last year’s plan, with 计划 before', text: '今年计划培训人数比去年的12万人增加了3万人', figure: '3万人', expected: true },
    { description: 'a gap in households with its base', text: '年度计划改造户数较2022年的800户增加200户', figure: '200户', expected: true },
    { description: 'counter-example: a plan’s gap without a base stays with the plan', text: '力争新增就业较上年增加500人', figure: '500人', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(isChangeAgainstAComparison(text, quantityOf(text, figure))).toBe(expected);
  });
});

describe('a rate restating the change before it', () => {
  it.each([
    { description: 'growth after a gap in people', text: '全年培训目标为80万人,较上年增加8万人,增长11%', figure: '11%', expected: true },
    { description: 'a rate of the gap said with 幅度 and 达', text: '计划解决人数比去年的12万人增加了3万人,增加幅度达25%', figure: '25%', expected: true },
    { description: 'a fall after a gap in tonnes', text: '全年用煤量控制在50万吨,比上年减少5万吨,下降9%', figure: '9%', expected: true },
    { description: 'counter-example: a growth after a level, not a gap', text: '新增就业8万人,增长11%', figure: '11%', expected: false },
    { description: 'counter-example: a growth with its own indicator', text: '较上年增加8万人,就业率增长11%', figure: '11%', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(isRateOfTheChangeBefore(text, quantityOf(text, figure))).toBe(expected);
  });
});

describe('rows whose plan is compared with the year before', () => {
  it.each<ValuesCase>([
    {
      description: 'the plan’s level is the aim; its gap and the gap’s rate are not',
      row: { task: '2021年全市技能培训目标为12万人次,较上年增加2万人次,增长20%。', progress: '培训6.5万人次。' },
      expected: [120000],
    },
    {
      description: 'last year’s plan, the gap and its rate describe the plan',
      row: { task: '今年农村危房改造计划户数比去年的3000户增加了600户,增加幅度达20%。', progress: '已改造1800户。' },
      expected: [],
    },
    {
      description: 'counter-example: a growth rate set as its own aim stays a target',
      row: { task: '全年地区生产总值增长7%,固定资产投资增长10%。', progress: '地区生产总值增长6.8%。' },
      expected: [7, 10],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
