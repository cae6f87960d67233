import { taskTextKey, removeResponsibilityParentheses } from '../../../src/core/text/taskTextKey';
import { isSameUnit, splitUnitList } from '../../../src/core/consolidate/_lib/unitNames';
import { seedTaskText } from '../../fixtures/consolidate/bureaus';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';

describe('task texts compare', () => {
  const cases = [
    { description: 'equal across full- and half-width punctuation', a: '推进“残疾人之家”建设,加快改造。', b: '推进“残疾人之家”建设，加快改造.', same: true },
    { description: 'equal across stray spaces and line breaks', a: '提高乡村医生待遇。 对在职在岗', b: '提高乡村医生待遇。\n对在职\u3000在岗', same: true },
    { description: 'equal with or without the task\u2019s own number', a: '16.提升县级医疗机构服务能力。', b: '提升县级医疗机构服务能力。', same: true },
    { description: 'equal with different responsibility parentheses', a: '扎实推进基地建设。(责任领导:王桂英,责任单位:市商务局)', b: '扎实推进基地建设。（牵头单位：市商务局；责任单位：市卫生健康委）', same: true },
    { description: 'different when a figure differs', a: '实际使用外资增长15%以上。', b: '实际使用外资增长10%以上。', same: false },
    { description: 'different when a word differs', a: '新建改扩建17家社区卫生服务中心。', b: '新建17家社区卫生服务中心。', same: false },
  ];
  it.each(cases)('$description', ({ a, b, same }) => {
    expect(taskTextKey(a) === taskTextKey(b)).toBe(same);
  });

  it('drops a responsibility parenthesis with a parenthesis nested in a unit name, and keeps other parentheses', () => {
    const text = seedTaskText(190);
    expect(removeResponsibilityParentheses(text)).toBe(
      '充分发挥侨梦苑、绿地全球贸易港、国际招商产业园等平台作用, 加快中德中小企业合作区等国际合作园区建设发展, 推进鲁澳产业合作跨境金融服务中心、鲁澳中医药国际合作中心建设。',
    );
    expect(removeResponsibilityParentheses('精神(心理)科建设。(牵头部门：省卫生健康委)')).toBe('精神(心理)科建设。');
  });

  it('takes linear time on a 32,767-character cell of unclosed parentheses', () => {
    const cellOf = (length: number) => '(责任单位：'.repeat(5000).slice(0, length);
    // An eighth of the cell to all of it: linear work grows eightfold; a pattern retried from every parenthesis, sixty-fourfold.
    const growth = growthExponent((length) => {
      const text = cellOf(length);
      return () => taskTextKey(text);
    }, 4095, 32767, 5);
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});

describe('unit names compare', () => {
  const cases = [
    { a: '济南市卫生健康委', b: '市卫生健康委', same: true },
    { a: '市卫生健康委员会', b: '市卫生健康委', same: true },
    { a: '中国(山东)自贸试验区济南片区管委会', b: '中国（山东）自贸试验区济南片区管委会', same: true },
    { a: '市 商务局', b: '市商务局', same: true },
    { a: '市商务局', b: '市教育局', same: false },
    { a: '', b: '', same: false },
  ];
  it.each(cases)('$a and $b are one unit: $same', ({ a, b, same }) => {
    expect(isSameUnit(a, b)).toBe(same);
  });

  it('splits a list of units on the separators bureaus use', () => {
    expect(splitUnitList('市商务局、市卫生健康委；市教育局, 市体育局\n市外办')).toEqual(['市商务局', '市卫生健康委', '市教育局', '市体育局', '市外办']);
  });
});
