import { parseQuantities, type Quantity } from '../../../src/core/numbers';
import { indicatorSimilarity, unitCompatibility } from '../../../src/core/targets';

function quantity(text: string): Quantity {
  const [first] = parseQuantities(text).quantities;
  if (!first) throw new Error(`No quantity in ${text}`);
  return first;
}

describe('unitCompatibility', () => {
  it.each([
    { description: 'the same counting word', target: '5名', figure: '7名', expected: 1 },
    { description: '名 and 人 (interchangeable for people)', target: '5名', figure: '7人', expected: 0.9 },
    { description: '个 and 家 (interchangeable for things)', target: '5个', figure: '7家', expected: 0.9 },
    { description: '人 and 人次 (people, counted differently)', target: '500人', figure: '600人次', expected: 0.7 },
    { description: 'a bare 万 figure and people', target: '665万', figure: '700万人', expected: 0.8 },
    { description: 'percent and percent', target: '81%', figure: '81%', expected: 1 },
    { description: 'percent and percentage points', target: '2个百分点', figure: '3%', expected: 0 },
    { description: 'people and money', target: '5人', figure: '5元', expected: 0 },
    { description: 'a bare figure and percent', target: '665万', figure: '70%', expected: 0 },
    { description: 'money and a bare amount in 亿, its 元 dropped', target: '30亿元', figure: '16.6亿', expected: 0.8 },
    { description: 'money and a bare amount in 万, its 元 dropped', target: '2.2亿元', figure: '7000万', expected: 0.8 },
    { description: 'money and an amount in 万 with a counting word (counter-example)', target: '30亿元', figure: '16.6万户', expected: 0 },
  ])('$description: $expected', ({ target, figure, expected }) => {
    expect(unitCompatibility(quantity(target), quantity(figure))).toBe(expected);
  });
});

describe('indicatorSimilarity', () => {
  it.each([
    { description: 'the same indicator', left: '精神科医师', right: '精神科医师', expected: 1 },
    { description: 'an indicator with one word more', left: '年度检查任务', right: '年度任务', expected: 0.8 },
    { description: 'aliases are the same word', left: '新增医生', right: '增加医师', expected: 1 },
    { description: 'stop words do not count', left: '全市的精神科医师', right: '精神科医师', expected: 1 },
    { description: 'unrelated indicators', left: '社区卫生服务中心', right: '机构新建', expected: 0 },
    { description: 'an empty indicator', left: '', right: '精神科医师', expected: 0 },
  ])('$description (segmenter)', ({ left, right, expected }) => {
    expect(indicatorSimilarity(left, right, 'segmenter')).toBeCloseTo(expected, 2);
  });

  it.each([
    { description: 'the same indicator', left: '精神科医师', right: '精神科医师', expected: 1 },
    { description: 'an indicator with one word more', left: '年度检查任务', right: '年度任务', expected: 0.5 },
    { description: 'unrelated indicators', left: '社区卫生服务中心', right: '机构新建', expected: 0 },
  ])('$description (bigrams)', ({ left, right, expected }) => {
    expect(indicatorSimilarity(left, right, 'bigrams')).toBeCloseTo(expected, 2);
  });
});
