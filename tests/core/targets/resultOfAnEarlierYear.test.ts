/**
 * A progress figure dated by its clause to a year before the report's is that year's result, the ground of this year's aim: it
 * answers no aim of the report's year, unless the task names that year itself. Sentences written for this test; the
 * counter-examples carry the figure to date, or are the task's own year.
 */
import { isResultOfAnEarlierYear, yearsNamedIn } from '../../../src/core/targets/_lib/resultOfAnEarlierYear';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function startOf(text: string, figure: string): number {
  return text.indexOf(figure);
}

describe('a figure of an earlier year', () => {
  it.each([
    { description: 'last year, opening the sentence after a lead-in', text: '据了解,2020年,全市新建农村公路860公里。', figure: '860', expected: true },
    { description: 'two years before, opening a clause with its subject', text: '会议通报,2019年全县完成造林面积3.2万亩。', figure: '3.2', expected: true },
    { description: 'a year’s whole, 年度', text: '2020年度全区共发放补贴资金1200万元。', figure: '1200', expected: true },
    { description: 'counter-example: a running total since that year', text: '2019年以来,全市累计新建农村公路860公里。', figure: '860', expected: false },
    { description: 'counter-example: the stock at that year’s end', text: '2020年底,全市养老床位达1.2万张。', figure: '1.2', expected: false },
    { description: 'counter-example: a comparison with that year', text: '今年全市新建公路比2020年多860公里。', figure: '860', expected: false },
    { description: 'counter-example: the report’s own year', text: '2021年,全市新建农村公路860公里。', figure: '860', expected: false },
    { description: 'counter-example: a year the task names itself', text: '2020年,全市新建农村公路860公里。', figure: '860', expected: false, taskYears: [2020] },
  ])('$description', ({ text, figure, expected, taskYears }) => {
    expect(isResultOfAnEarlierYear(text, 0, startOf(text, figure), 2021, new Set(taskYears ?? [2021]))).toBe(expected);
  });

  it('reads the years a task names', () => {
    expect([...yearsNamedIn('2021—2023年,每年新建学校5所;2021年新建3所')].sort()).toEqual([2021, 2023]);
    expect(yearsNamedIn('新建学校5所').size).toBe(0);
  });
});

describe('rows whose progress tells last year’s result', () => {
  it.each<RowCase>([
    {
      description: 'a plan announced for the year, with only last year’s roads in the progress',
      row: { task: '2021年,全市将建成农村公路1000公里。', progress: '据悉,2020年,全市建成农村公路920公里。' },
      expected: [{ value: 1000, reported: null, verdict: 'no-figure' }],
    },
    {
      description: 'an investment aim, with the year before’s investment told in the lead',
      row: { task: '力争完成城建投资30亿元。', progress: '会上发布,2020年全市城建完成投资28亿元。' },
      expected: [{ value: 3000000000, reported: null, verdict: 'no-figure' }],
    },
    {
      description: 'counter-example: this year’s figure after last year’s answers the aim',
      row: { task: '2021年,全市将建成农村公路1000公里。', progress: '2020年,全市建成农村公路920公里。今年以来,已建成农村公路640公里。' },
      expected: [{ value: 1000, reported: { value: 640 } }],
    },
    {
      description: 'counter-example: a task of the earlier year itself is answered by that year’s result',
      row: { task: '2020年新建农村公路900公里。', progress: '2020年,全市建成农村公路920公里。' },
      expected: [{ value: 900, reported: { value: 920 }, verdict: 'met' }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
