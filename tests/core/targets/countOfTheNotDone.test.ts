/**
 * A count of the things not yet done, closing its clause (`未竣工1项:`, `尚未开工3个`), tallies how the work stands; an aim for
 * those things (`确保未完工的3个项目年底前竣工`) or a count of works to do whose name holds 未 (`未达标河段`) stays a target.
 * Sentences written for this test in the style of 项目 and 督查 notices.
 */
import { extractTargets } from '../../../src/core/targets';
import { isCountOfTheNotDone } from '../../../src/core/targets/_lib/countOfTheNotDone';
import { parseQuantities } from '../../../src/core/numbers';

describe('a tally of the things not yet done is no target', () => {
  it.each([
    { description: 'projects of a past year not finished, heading a list of their names', input: '2019年项目未竣工2项:', expected: [] },
    { description: 'approved projects not yet started', input: '去年批复项目尚未开工3个。', expected: [] },
    { description: 'problems handed down not put right, with what is done about them after', input: '上年交办问题未整改到位4件,正在督办。', expected: [] },
    { description: 'a count of works beside it stays', input: '全年新建学校5所;上年项目未完工1个。', expected: [5] },
    { description: 'works whose name holds 未, with a verb of doing, stay', input: '完成未达标河段整治3条。', expected: [3] },
    { description: 'an aim for the unfinished stays out of this tally', input: '督促未开工的8个项目加快开工建设。', expected: [8] },
    { description: 'the count first, still not done after it', input: '全县仍有1.2万户农村危房尚未得到改造。', expected: [] },
    { description: 'projects still not started, with 还有', input: '今年新建学校5所;还有2个项目未开工。', expected: [5] },
    { description: 'villages still without a paved road, with 没有实现', input: '全县还有126个行政村没有实现通畅,需要建设农村公路800公里。', expected: [800] },
    { description: 'an aim for what is still left stays', input: '确保还有的6个项目年底前全部完工。', expected: [6] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2020 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '2017年项目未竣工1项:', figure: '1项', expected: true },
    { text: '尚未开工3个', figure: '3个', expected: true },
    { text: '确保未完工的3个项目年底前竣工', figure: '3个', expected: false },
    { text: '未开工项目3个要在6月底前开工', figure: '3个', expected: false },
    { text: '新建学校3所', figure: '3所', expected: false },
  ])('isCountOfTheNotDone($text, $figure) is $expected', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (quantity === undefined) throw new Error(`no ${figure} in ${text}`);
    expect(isCountOfTheNotDone(text, quantity)).toBe(expected);
  });
});
