/**
 * A count set beside its change against last year by a count of its own is a measured result, as a release of
 * statistics states it, not a target; an aim compared with last year keeps its plan's word and stays.
 */
import { extractTargets } from '../../../src/core/targets';
import { isResultComparedWithLastYear } from '../../../src/core/targets/_lib/statedAsItIs';
import { parseQuantities } from '../../../src/core/numbers';

describe('a result set beside its change against last year', () => {
  it.each([
    { description: 'a half-year count with its change, same period', input: '一季度城镇新增就业人数38万人，同比增加2万人。', expected: [] },
    { description: 'a count with its change against the last year', input: '全年新建农家书屋420家，比上年多35家。', expected: [] },
    { description: 'a plan compared with last year stays a target (counter-example)', input: '计划新增就业90万人，比上年多5万人。', expected: [900000] },
    { description: 'a count followed by another item is a target (counter-example)', input: '新增就业90万人，新建书屋420家。', expected: [900000, 420] },
    { description: 'a rate beside a change is left to the rules of rates (counter-example)', input: '城镇调查失业率控制在5.5%以内，同比持平。', expected: [5.5] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2021 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '上半年新增就业725万人，同比增加31万人', figure: '725万人', expected: true },
    { text: '计划新增就业90万人，比上年多5万人', figure: '90万人', expected: false },
    { text: '新增就业725万人，同比增长3%', figure: '725万人', expected: false },
  ])('isResultComparedWithLastYear($text, $figure) is $expected', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text === figure);
    if (!quantity) throw new Error(`no ${figure} in ${text}`);
    expect(isResultComparedWithLastYear(text, quantity)).toBe(expected);
  });
});
