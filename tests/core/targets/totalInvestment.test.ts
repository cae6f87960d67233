/**
 * A total investment (`总投资`) is the size of the projects over all their years, unless the year or a plan set for the year
 * owns the total itself (`年度总投资`, `2015年…计划总投资`) and the sentence names no year's plan beside it. Sentences of
 * published 通报 (重庆 2015, 商南 2012, 武进 2017, 海南 2018, 东丽 2020, 沁水 2021) and counter-examples written in their style.
 */
import { extractTargets } from '../../../src/core/targets';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

/** The sums read as targets: the counts of projects beside them are left to the rules of lists. */
const extracted = (text: string): number[] =>
  extractTargets(text, { year: 2015 }).filter((statement) => statement.quantity.unitClass === 'money').map((statement) => statement.value);

describe('a total investment owned by the year is the aim', () => {
  it.each([
    { description: 'the year’s total of a list', text: '2012年,商南县实施民生工程建设类项目131个,年度总投资107216万元。', expected: [1072160000] },
    { description: 'a plan’s total in a sentence of the year', text: '2015年25件重点民生实事计划总投资277亿元,', expected: [27700000000] },
    { description: 'a plan’s total this year, estimated', text: '今年全区为民办实事项目计划总投资约12亿元。', expected: [1200000000] },
    { description: 'the year’s total said with 全年', text: '全年总投资达到85亿元。', expected: [8500000000] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('a total investment that sizes the projects is no target', () => {
  it.each([
    { description: 'a bare total beside the year’s plan', text: '2018年,海南省共安排省重点项目70个,总投资6431亿元,年度计划投资624亿元。', expected: [62400000000] },
    { description: 'a plan’s total followed by the plan within the year', text: '新建项目共185个,计划总投资624.4亿元,年内计划投资246.5亿元。', expected: [24650000000] },
    { description: 'a plan’s total in a sentence of the year, followed by the year’s own plan', text: '2015年新开工项目40个,计划总投资80亿元,其中今年计划完成投资20亿元。', expected: [2000000000] },
    { description: 'a project’s planned total named by no year', text: '该项目计划总投资3200万元,资金由区财政负责。', expected: [] },
    { description: 'a bare estimated total of a project', text: '该项目总投资约250万元,资金由街道负责。', expected: [] },
    { description: 'what the year’s works need in all is their cost', text: '今年全县农村饮水工程共需投资3.6亿元,资金由县财政统筹。', expected: [] },
    { description: 'funds the works need, said with 需要投入资金', text: '全市老旧小区改造需要投入资金约12亿元。', expected: [] },
    { description: 'investment to complete, said with a verb of doing, stays the aim', text: '今年重点项目需完成投资50亿元。', expected: [5000000000] },
    { description: 'a project’s cost reckoned before the work', text: '东丽区雨污分流改造工程项目估算投资2082.48万元,区财政安排资金700万元。', expected: [] },
    { description: 'a list’s reckoned total beside the year’s plan', text: '省级6项,概算投资140.16亿元,当年计划投资19亿元。', expected: [1900000000] },
    { description: 'a reckoned total said with 匡算总投资', text: '片区改造匡算总投资约12亿元。', expected: [] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the aim of a year’s total is answered by the money done', () => {
  it.each<ValuesCase>([
    {
      description: 'the plan’s total of a year’s list, with the share of the year’s plan done',
      row: { task: '2015年25件重点民生实事计划总投资277亿元,', progress: '上半年实际完成投资156.92亿元,占全年计划投资的56.6%。' },
      expected: [27700000000],
    },
    {
      description: 'a performance table’s planned total of a project stays its size',
      row: { task: '项目计划总投资', milestone: '20万元', progress: '20万元' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row, 2015, '上半年')).toEqual(expected);
  });
});
