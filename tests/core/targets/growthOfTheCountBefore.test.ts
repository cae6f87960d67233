/**
 * A count to reach, then its growth on last year in a clause of its own, is one aim told twice: the count is read, the growth
 * is not. Sentences written for this test; the counter-examples grow a sum or name their own indicator.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isGrowthOfTheCountBefore } from '../../../src/core/targets/_lib/growthOfTheCountBefore';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

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
