/**
 * A sum put into a work the text has already named, referred back to by `该`, `此`, `本` or `上述`, is the work's cost beside
 * its size: the work is the aim, and a report answers it by its stage. A plan's or the year's word on the sum makes it an aim
 * again. Phrasings written for this test.
 */
import { isCostOfTheWorkReferredBack } from '../../../src/core/targets/_lib/projectDescription';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, targetValuesOfRow, type RowCase, type ValuesCase } from './reportFixtures';

describe('which sums are the cost of a work referred back to', () => {
  const at = (text: string, figure: string): boolean => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
    return isCostOfTheWorkReferredBack(text, quantity);
  };

  it.each([
    { description: '该工程 and 投入资金, in 万元', text: '(二)全民健身馆新建工程。该工程投入资金860万元,建筑面积3200平方米。', figure: '860', expected: true },
    { description: '此项目 and 共投资, in 亿元', text: '城区供水管网改造。此项目共投资1.2亿元,涉及主管网36公里。', figure: '1.2', expected: true },
    { description: '上述工程 and 投入, a bare 万 without 元', text: '上述工程投入2300万,年底竣工。', figure: '2300', expected: true },
    { description: '本项目 and 投资约', text: '乡镇敬老院提升。本项目投资约450万元,新增床位80张。', figure: '450', expected: true },
    { description: 'counter-example: the year’s plan of investment for the work', text: '该工程年度计划投资900万元。', figure: '900', expected: false },
    { description: 'counter-example: investment to complete', text: '该项目完成投资5000万元以上。', figure: '5000', expected: false },
    { description: 'counter-example: money to put in, with no work referred back to', text: '全年投入资金3.5亿元,改造农村公路200公里。', figure: '3.5', expected: false },
  ])('$description', ({ text, figure, expected }) => {
    expect(at(text, figure)).toBe(expected);
  });
});

describe('rows whose work is described by its cost', () => {
  it.each<ValuesCase>([
    {
      description: 'a hall refitted, its cost and area given: no target',
      row: { task: '(一)便民服务中心改造工程。该工程投入资金650万元,建筑面积2100平方米,', progress: '已于8月投入使用。' },
      expected: [],
    },
    {
      description: 'roads the work 涉及 stay targets beside the cost of the work',
      row: { task: '(三)通村公路提升工程。此工程共投资5200万元,新建通村公路35公里、维修改造60公里,', progress: '现已全部完工。' },
      expected: [35, 60],
    },
    {
      description: 'households of a rebuilding stay a target beside the cost',
      row: { task: '(四)棚户区维修工程。该项目投资3100万元,对城东片区的28栋楼1650户实施维修。', progress: '目前,主体工程已完工。' },
      expected: [28, 1650],
    },
    {
      description: 'counter-example: investment the year plans for the work stays a target',
      row: { task: '该工程今年计划投资8000万元。', progress: '已完成投资6200万元。' },
      expected: [80000000],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('more words of a work referred back to and of its cost', () => {
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
