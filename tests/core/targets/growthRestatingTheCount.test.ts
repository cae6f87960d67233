/**
 * A rate of growth that stands alone in its clause right after a count of things (`开工项目500个,增长12%`) says the count again as
 * its growth over last year: one aim, which the count states. A rate with words of its own (`,投资增长12%`) or after an amount of
 * money, people or households is a target of its own. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a growth rate right after a count restates the count', () => {
  it.each<ValuesCase>([
    {
      description: 'projects to start, then their growth',
      row: { task: '全年计划新开工项目500个,增长12%。', progress: '1-6月新开工项目260个。' },
      expected: [500],
    },
    {
      description: 'a floor and a stretch figure, each with its growth',
      row: { task: '全年计划开工建设亿元以上项目120个,同比增长10%,力争达到150个,增长20%。', progress: '已开工建设亿元以上项目70个。' },
      expected: [120, 150],
    },
    {
      description: 'firms to add, then their growth over last year',
      row: { task: '新增规上企业80家,比上年增长15%', progress: '新增规上企业45家。' },
      expected: [80],
    },
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
    {
      description: 'counter-example: a growth rate after households stays a target',
      row: { task: '新增市场主体2万户,增长10%。', progress: '新增市场主体1.5万户。' },
      expected: [20000, 10],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
