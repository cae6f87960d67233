/**
 * The groups of a village are named by number (`村3组`, `社区2组、5组`): places the people live in, not counts; and the people a
 * work is to serve, counted with `余` or `多` but without a counting word (`400余村民`), are a count of people. Phrasings written
 * for this test, with the counting groups and bare figures that must stay as they are.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the numbered groups of a village and the people counted without a counting word', () => {
  it.each<ValuesCase>([
    {
      description: 'two groups of a village named before the people a water work is to serve',
      row: { task: '年底前完成管网延伸，届时王家村2组、6组300余村民将用上自来水。', progress: '' },
      expected: [300],
    },
    {
      description: 'one group of a community, the residents counted with 多',
      row: { task: '9月底前实施红星社区4组道路硬化，惠及200多居民。', progress: '' },
      expected: [200],
    },
    {
      description: 'groups joined by 和 in a herding village, the people after them',
      row: { task: '年内解决巴彦嘎查1组和3组150余群众的饮水问题。', progress: '' },
      expected: [150],
    },
    {
      description: 'sets of equipment counted by 组 stay a target',
      row: { task: '全年安装健身器材120组。', progress: '已安装90组。' },
      expected: [120],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });

  it.each([
    { text: '李庄村5组', expected: [] },
    { text: '张村1组、2组', expected: [] },
    { text: '田间试验15组', expected: [15] },
    { text: '500余农民', expected: [500] },
    { text: '500农民', expected: [] },
  ])('parseQuantities($text) reads $expected', ({ text, expected }) => {
    expect(parseQuantities(text).quantities.map((quantity) => quantity.value)).toEqual(expected);
  });

  it('reads the people counted with 余 as people', () => {
    expect(parseQuantities('800余群众').quantities[0]).toMatchObject({ value: 800, unit: '人', unitClass: 'people', approximate: 'more-than' });
  });
});
