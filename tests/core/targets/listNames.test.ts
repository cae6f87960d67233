/**
 * The names a year's list goes by: its count is a target only where the progress measures the list by it. Sentences of
 * real reports, and counter-examples written for this test where the progress counts the items done.
 */
import { listSizeOf } from '../../../src/core/targets/_lib/listMeasuredByCount';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('lists by their other names, measured or not by their count', () => {
  it.each<ValuesCase>([
    {
      description: 'a province’s 民心工程 whose progress counts none done',
      row: { task: '我省20项民心工程', progress: '建设取得重要进展。其中,农村危房改造工程已提前完成任务,有10项民心工程建设超过序时进度。' },
      expected: [],
    },
    {
      description: '民心工程 counted done measure the list',
      row: { task: '我省20项民心工程', progress: '已完成12项,其余正在加快推进。' },
      expected: [20],
    },
    {
      description: '重点工程 (another name of 重点项目) whose progress gives only money and counts other things',
      row: {
        task: '截至6月底,全省共确定省市两级重点工程1313项,其中省级重点工程248项,市级重点工程1065项。',
        progress: '1至6月份,省市重点工程建设项目完成投资1469.6亿元,完成率为62.3%,比去年同期高出15个百分点。11个市的完成率均超过50%。',
      },
      expected: [],
    },
    {
      description: '重点工程 measured by their starts stay a target',
      row: { task: '全市确定重点工程120项', progress: '已开工98项,开工率81.7%。' },
      expected: [120],
    },
    {
      description: 'a list with its place and year between count and name, named again by the progress',
      row: {
        task: '今年2月2日,市第十五届人民代表大会第六次会议全体代表投票表决确定了32件保定市2021年民生实事。',
        progress: '近一年来,市政府组织相关部门紧盯目标,加大力度,强力推进32件民生实事。',
      },
      expected: [],
    },
    {
      description: 'the same list with its items handled (办结) counted',
      row: { task: '今年保定市确立的32件2021年民生实事', progress: '已办结20件,其余12件正在全力推进。' },
      expected: [32],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('listSizeOf', () => {
  const nounOf = (text: string, figure: string): string | null => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text === figure);
    if (!quantity) throw new Error(`no ${figure} in ${text}`);
    return listSizeOf(text, quantity)?.noun ?? null;
  };

  it.each([
    { text: '确定了32件保定市2021年民生实事', figure: '32件', expected: '实事' },
    { text: '我省20项民心工程', figure: '20项', expected: '民心工程' },
    { text: '全省共确定省市两级重点工程1313项', figure: '1313项', expected: '重点工程' },
    { text: '新建学校12所', figure: '12所', expected: null },
    { text: '实施12项2021年改造工程', figure: '12项', expected: null },
  ])('$text: $expected', ({ text, figure, expected }) => {
    expect(nounOf(text, figure)).toBe(expected);
  });
});
