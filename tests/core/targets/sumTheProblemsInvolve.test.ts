/**
 * The money the problems an audit or inspection found have at stake (`问题6项,涉及金额2.37亿元`) is their size, no amount to
 * reach (the problems' count is left to the progress, which may count them put right); a sum a work or project 涉及 with no problems named, or money to put in, stays for the other rules. Sentences written
 * for this test in the style of 审计整改 and 督查 notices.
 */
import { extractTargets } from '../../../src/core/targets';
import { isSumTheProblemsInvolve } from '../../../src/core/targets/_lib/scopeOfTheWork';
import { parseQuantities } from '../../../src/core/numbers';

describe('the money problems found have at stake is their size, not a target', () => {
  it.each([
    { description: 'budget problems of an audit, with the sum they involve', input: '一、预算执行问题的整改情况\n预算执行问题8项,涉及金额12054.3万元,', expected: [8] },
    { description: 'problems an inspection fed back, the funds at stake said with 共', input: '专项资金使用问题15个,涉及资金共计2.6亿元。', expected: [15] },
    { description: 'problems named before the sum in a longer sentence, with a rate to reach that stays', input: '审计指出违规问题21个,涉及问题金额3400万元,年底前整改率达到100%。', expected: [21, 100] },
    { description: 'a sum a project involves, no problems named: left to the other rules', input: '实施农田水利项目12个,涉及资金3500万元。', expected: [12, 35000000] },
    { description: 'money to recover, with a verb of doing, stays', input: '对审计发现的问题,追回资金500万元。', expected: [5000000] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2021 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '审计发现问题12个,涉及资金3500万元', figure: '3500万元', expected: true },
    { text: '问题6项,涉及金额约2.37亿元', figure: '2.37亿元', expected: true },
    { text: '项目总投资3500万元', figure: '3500万元', expected: false },
    { text: '上年问题已整改。新建项目涉及资金800万元', figure: '800万元', expected: false },
  ])('isSumTheProblemsInvolve($text, $figure) is $expected', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (quantity === undefined) throw new Error(`no ${figure} in ${text}`);
    expect(isSumTheProblemsInvolve(text, quantity)).toBe(expected);
  });
});
