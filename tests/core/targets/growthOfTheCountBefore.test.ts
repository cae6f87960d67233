/**
 * A count to reach, then its growth on last year in a clause of its own, is one aim told twice: the count is read, the growth
 * is not. Sentences written for this test; the counter-examples grow a sum or name their own indicator.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isGrowthOfTheCountBefore } from '../../../src/core/targets/_lib/growthOfTheCountBefore';
import { expectTargetsOfRow, targetValuesOfRow, type RowCase, type ValuesCase } from './reportFixtures';

describe('the growth of the count before it', () => {
  it.each([
    { description: 'projects, then their growth', text: '全年推进开工项目600个,增长12%', expected: true },
    { description: 'market bodies in 万户, on last year', text: '新增市场主体1.2万户,同比增长8%', expected: true },
    { description: 'firms with a floor, then 增加', text: '新培育规上企业150家以上,增加10%', expected: true },
    { description: 'a sum grows as its own aim', text: '地区生产总值500亿元,增长7%', expected: false },
    { description: 'a growth with its own indicator', text: '引进项目60个,工业投资增长15%', expected: false },
    { description: 'a growth with no count before it', text: '全年固定资产投资增长10%', expected: false },
  ])('$description', ({ text, expected }) => {
    const percent = parseQuantities(text).quantities.find((quantity) => quantity.unitClass === 'percent');
    expect(percent && isGrowthOfTheCountBefore(text, percent)).toBe(expected);
  });

  it.each<RowCase>([
    {
      description: 'the count and its stretch figure are the aims, their growths are not',
      row: { task: '全年计划开工亿元以上项目500个,增长10%,力争达到550个,增长21%。', progress: '已开工亿元以上项目420个。' },
      expected: [{ value: 500, reported: { value: 420 } }, { value: 550 }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});

describe('rows whose count is given with its growth', () => {
  it.each<ValuesCase>([
    { description: 'projects to start, then their growth', row: { task: '全年计划新开工项目500个,增长12%。', progress: '1-6月新开工项目260个。' }, expected: [500] },
    {
      description: 'a floor and a stretch figure, each with its growth',
      row: { task: '全年计划开工建设亿元以上项目120个,同比增长10%,力争达到150个,增长20%。', progress: '已开工建设亿元以上项目70个。' },
      expected: [120, 150],
    },
    { description: 'firms to add, then their growth over last year', row: { task: '新增规上企业80家,比上年增长15%', progress: '新增规上企业45家。' }, expected: [80] },
    { description: 'households of market bodies, then their growth', row: { task: '新增市场主体2万户,增长10%。', progress: '新增市场主体1.5万户。' }, expected: [20000] },
    {
      description: 'counter-example: a growth rate with words of its own stays a target',
      row: { task: '新开工项目500个,投资增长12%。', progress: '新开工项目260个,投资增长9%。' },
      expected: [500, 12],
    },
    {
      description: 'counter-example: a growth rate after an amount of money stays a target',
      row: { task: '固定资产投资完成800亿元,增长10%。', progress: '完成投资620亿元,增长8%。' },
      expected: [80000000000, 10],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
