/**
 * The cost of a work the item has named, said of it with 该/此/这 (`该工程投入资金1200万元`), describes the work; a plan or
 * the year's word before the sum (`该项目计划投资`, `该工程年度投资`) makes it an aim. Items written for this test in the
 * style of a county's 民生实事 完成情况 release.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isCostOfTheWorkReferredBack } from '../../../src/core/targets/_lib/projectDescription';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the cost of a work referred back to', () => {
  it.each([
    { description: 'money put in, after the work is named', text: '(二)城区供水改造工程。该工程投入资金860万元,', expected: true },
    { description: 'a total invested in a project', text: '该项目共投资3500万元,', expected: true },
    { description: 'what this work took, 亿 without 元', text: '此项工程总投入1.2亿,', expected: true },
    { description: 'a cost with the measure word of a work', text: '这项建设耗资约420万元', expected: true },
    { description: 'the plan for the money of the work', text: '该项目计划投资5000万元', expected: false },
    { description: 'the year\'s money of the work', text: '该工程年度投入资金800万元', expected: false },
    { description: 'money to be put in', text: '该工程将投入资金600万元', expected: false },
  ])('$description', ({ text, expected }) => {
    const quantity = parseQuantities(text).quantities.find((found) => found.unitClass === 'money' || found.unitClass === 'bare');
    expect(quantity && isCostOfTheWorkReferredBack(text, quantity)).toBe(expected);
  });

  it.each<RowCase>([
    {
      description: 'the lengths the work holds stay targets, its cost does not',
      row: { task: '(四)乡村道路提升工程。该工程共投入资金5100万,新建村道32公里,', progress: '现已全部完工。' },
      period: '全年',
      expected: [{ value: 32, reported: { value: 100 } }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
