/**
 * Numbers of a task or milestone that a reviewer does not read as targets, each rule with phrasings written for this
 * test (not taken from the targets corpus) and the counter-examples that must stay targets.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface Case {
  readonly description: string;
  readonly row: RowSpec;
  /** The values of the targets found, in order. */
  readonly expected: readonly number[];
}

function valuesOf(row: RowSpec): number[] {
  return analyzeTargets(reportOf([row], 2021, '三季度')).targets.map((target) => target.value);
}

describe('the parts (其中) of a list that is no target', () => {
  it.each<Case>([
    {
      description: 'the kinds of projects of a list whose investment is the aim',
      row: { task: '全区今年安排重点项目86个，总投资320亿元，年度计划投资95亿元。其中新开工项目40个、续建项目46个。', progress: '1-9月完成投资70亿元。' },
      expected: [9500000000],
    },
    {
      description: 'the share of a list’s money that goes to one kind of project',
      row: { task: '省重点项目共计300个，其中数字经济项目投资占比达30%以上。', progress: '完成投资500亿元，占年度计划的60%。' },
      expected: [],
    },
    {
      description: 'the parts of a whole that is a target stay targets',
      row: { task: '实施易地扶贫搬迁1.2万人，其中贫困人口8000人。', progress: '已搬迁1万人，其中贫困人口7000人。' },
      expected: [12000, 8000],
    },
    {
      description: 'a part the progress answers with a count stays a target',
      row: { task: '重点项目共86个，年度计划投资95亿元，其中新开工项目40个。', progress: '新开工35个，完成投资70亿元。' },
      expected: [9500000000, 40],
    },
    {
      description: 'a figure after the parenthesis 其中 opened is no part',
      row: { task: '全县重点项目共50项(其中20项为省重点项目),年度计划投资30亿元', progress: '完成投资24亿元。' },
      expected: [3000000000],
    },
  ])('$description', ({ row, expected }) => {
    expect(valuesOf(row)).toEqual(expected);
  });
});

describe('the list of projects an amount is spent on, in traditional characters', () => {
  it.each<Case>([
    {
      description: 'a count of 項目 where only money is reported is the list’s size',
      row: { task: '120個省列重點項目', progress: '累計完成投資310億元，年度計劃投資完成率68%。' },
      expected: [],
    },
    {
      description: 'a count of 項目 the progress answers with a count stays a target',
      row: { task: '120個省列重點項目', progress: '已開工建設96個。' },
      expected: [120],
    },
  ])('$description', ({ row, expected }) => {
    expect(valuesOf(row)).toEqual(expected);
  });
});
