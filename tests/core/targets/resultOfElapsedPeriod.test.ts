/**
 * A task cell that opens on the months already run and says what they brought states results, not aims. Sentences of
 * real news reports, and counter-examples written for this test: a list named after the same opening, a plan, a
 * milestone.
 */
import { isResultOfElapsedPeriod } from '../../../src/core/targets/_lib/resultOfElapsedPeriod';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type RowSpec, type ValuesCase } from './reportFixtures';

const valuesOf = (row: RowSpec): number[] => targetValuesOfRow(row, 2022, '1-9月');

describe('results of the months already run, in a task cell', () => {
  it.each<ValuesCase>([
    {
      description: 'a ministry’s figures of the first nine months',
      row: {
        task: '住房和城乡建设部日前发布消息称,前9月,全国新开工改造城镇老旧小区5.16万个、848万户,按小区数计开工率为100.9%、按户数计开工率为101.1%,超过年度开工计划任务。',
        progress: '',
      },
      expected: [],
    },
    {
      description: 'the first four months’ starts, with the plan of the year after a semicolon kept',
      row: {
        task: '1~4月份,全区新开工亿元以上工业项目数达249项,比1~3月份新增163项;本年计划投资1007.05亿元。',
        progress: '1~4月份累计完成投资256.05亿元,占本年计划投资的25.4%。',
      },
      expected: [100705000000],
    },
    {
      description: 'results of past years (近三年来)',
      row: { task: '近三年来,镇安县民生工程建设累计投入达到11.26亿元,一批批群众最关心的问题得到有效解决。', progress: '' },
      expected: [],
    },
    {
      description: 'the first two months written 今年前两个月',
      row: { task: '今年前两个月,全县实施千万元以上项目86项,', progress: '完成投资12亿元,其中新开工项目9项。' },
      expected: [],
    },
    {
      description: 'results of years wholly past, in a later year’s report',
      row: { task: '数据显示,2018年至2020年,全省新开工改造老旧小区分别为1200个、1500个和1800个,', progress: '' },
      expected: [],
    },
    {
      description: 'a span of years that reaches the report’s year stays a plan',
      row: { task: '2020年至2022年,全省新开工改造老旧小区5000个。', progress: '已开工3200个。' },
      expected: [5000],
    },
    {
      description: 'a plan of the first two months stays a target',
      row: { task: '今年前两个月,全县计划开工项目20项。', progress: '已开工18项。' },
      expected: [20],
    },
    {
      description: 'a list of projects named after the same opening stays a target',
      row: { task: '1-9月份,316个州重点建设项目', progress: '已开工298个,完成投资312亿元。' },
      expected: [316],
    },
    {
      description: 'a plan of the months run stays a target',
      row: { task: '1至9月,计划新开工项目50个', progress: '已新开工42个。' },
      expected: [50],
    },
    {
      description: 'a milestone opening on the months run is the period’s step',
      row: { task: '全年完成投资100亿元', milestone: '1-9月,完成投资75亿元', progress: '1-9月完成投资80亿元。' },
      expected: [10000000000, 7500000000],
    },
  ])('$description', ({ row, expected }) => {
    expect(valuesOf(row)).toEqual(expected);
  });
});

describe('isResultOfElapsedPeriod', () => {
  const at = (text: string, figure: string): boolean => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text === figure);
    if (!quantity) throw new Error(`no ${figure} in ${text}`);
    return isResultOfElapsedPeriod(text, quantity, 0);
  };

  it.each([
    { text: '目前,全国累计开展5G创新应用400余项', figure: '400余项', expected: true },
    { text: '前三季度,全市新增城镇就业3.2万人', figure: '3.2万人', expected: true },
    { text: '今年以来,力争新增城镇就业3.2万人', figure: '3.2万人', expected: false },
    { text: '上半年完成老旧小区改造50个', figure: '50个', expected: false },
    { text: '1-8月,全县“大好高”项目共计92项', figure: '92项', expected: false },
  ])('$text: $expected', ({ text, figure, expected }) => {
    expect(at(text, figure)).toBe(expected);
  });
});
