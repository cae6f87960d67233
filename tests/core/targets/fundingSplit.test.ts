/**
 * A notice gives an item's money and then where it comes from: the parts after 其中 named by their source split the sum,
 * they are no aims of their own; the reporting government's own share (本级) and a part named by its use stay targets.
 * Sentences of published notices (宿松 2022; 远安 2009, its 总投资 written as 投资 so the sum is a target), and
 * counter-examples written for this test.
 */
import { isPartOfFundingSplit } from '../../../src/core/targets/_lib/fundingSplit';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a sum split by its sources', () => {
  it.each<ValuesCase>([
    {
      description: 'the sources of a plan’s money are no targets; the county’s own share stays one',
      row: {
        task: '经测算,全县16项民生实事计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿、乡镇及其他5.75亿;',
        progress: '县本级配套资金3.3亿元已及时足额保障到位,占计划的100%;累计拨付资金10.69亿元。',
      },
      expected: [1562000000, 330000000],
    },
    {
      description: 'money sought from above and the county’s special fund split a project’s investment',
      row: { task: '改造农村中小学旱厕6所,投资149万元,其中向上争取农村初中校舍改造专项资金82万元,县级财政专项资金67万元。', progress: '6所学校旱厕改造已全部竣工。' },
      expected: [6, 1490000],
    },
    {
      description: 'a part named by its use is an aim of that use',
      row: { task: '全年计划投入资金2亿元,其中1.5亿元用于农村公路建设。', progress: '累计投入资金1.6亿元。' },
      expected: [200000000, 150000000],
    },
    {
      description: 'a split that names each level by its one character (州, 县) is a split by payers all the same',
      row: {
        task: '计划投资204361.35万元,其中:中央31510.64万元,省级37610.8万元,州8492.71万元,县8492.7万元,农户自筹118254.5万元。',
        progress: '已到位资金198490.58万元,其中:中央23007万元,省级37225.33万元,州9000万元,县13000万元。',
      },
      expected: [2043613500],
    },
    {
      description: 'a part named by a place of the county (县城) is the money of that place, and stays a target',
      row: { task: '全年计划投资2亿元,其中县城1.2亿元。', progress: '累计完成投资1.3亿元,其中县城0.9亿元。' },
      expected: [200000000, 120000000],
    },
    {
      description: 'money to seek from above, with no sum split before it, stays a target',
      row: { task: '争取中央补助资金5000万元。', progress: '已争取中央补助资金3000万元。' },
      expected: [50000000],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });

  it.each([
    { text: '计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿', figure: '6.57亿元', expected: true },
    { text: '计划投入15.62亿元,其中中央及省市以上6.57亿元、县本级3.3亿', figure: '3.3亿', expected: false },
    { text: '总投资4493.8万元,其中社会投入2495.8万元', figure: '2495.8万元', expected: true },
    { text: '完成投资2亿元。其中省级项目1.2亿元', figure: '1.2亿元', expected: false },
    { text: '完成投资100亿元,其中省重点项目60亿元', figure: '60亿元', expected: false },
    { text: '新建道路12公里,其中市级道路8公里', figure: '8公里', expected: false },
    { text: '计划投资204361.35万元,其中:中央31510.64万元,省级37610.8万元,州8492.71万元,县8492.7万元', figure: '8492.71万元', expected: true },
    { text: '计划投资204361.35万元,其中:中央31510.64万元,省级37610.8万元,州8492.71万元,县8492.7万元', figure: '8492.7万元', expected: true },
    { text: '总投资3.2亿元,其中盟2000万元,旗1200万元', figure: '1200万元', expected: true },
    { text: '计划投资2亿元,其中县城1.2亿元', figure: '1.2亿元', expected: false },
    { text: '计划投资2亿元,其中市区项目1.5亿元', figure: '1.5亿元', expected: false },
    { text: '计划投资2亿元,其中县本级8000万元', figure: '8000万元', expected: false },
  ])('isPartOfFundingSplit($text, $figure) is $expected', ({ text, figure, expected }) => {
    expect(isPartOfFundingSplit(text, text.indexOf(figure))).toBe(expected);
  });
});
