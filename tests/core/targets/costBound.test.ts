/**
 * A performance table's cost indicator is a bound: the 指标值 cell's sum without a sign is what the cost must not exceed
 * (README: a 成本指标 without a sign bounds the cost), a sum per person and day included. Rows of published 绩效自评表
 * (大英 2020, 遂宁 2021) and counter-examples written for this test, where the task names no cost, a cost to cut, or the
 * cell writes its own sign.
 */
import { costBoundOf } from '../../../src/core/targets/_lib/costBound';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a cost indicator bounds the cost', () => {
  it.each<RowCase>([
    {
      description: 'a 成本指标 of a sum is a ceiling',
      row: { task: '成本指标', milestone: '15万元。', progress: '项目实际支出10.5万元。' },
      period: '全年',
      expected: [{ value: 150000, op: '<=' }],
      notes: '大英 2020 (its progress reads 按合同10.5万元)',
    },
    {
      description: 'a training cost per person and day is a ceiling, not the standard of a benefit',
      row: { task: '指标1.培训成本', milestone: '400元/人、天', progress: '180元/人、天' },
      period: '全年',
      expected: [{ value: 400, op: '<=' }],
      notes: '遂宁 2021',
    },
    {
      description: 'a sum with its own sign keeps its bound',
      row: { task: '项目总成本', milestone: '≤90万元', progress: '90' },
      period: '全年',
      expected: [{ value: 900000, op: '<=' }],
      notes: 'counter-example in the style of 汤溪 2022',
    },
    {
      description: 'an income to reach stays a floor',
      row: { task: '木材销售收入', milestone: '1100万元', progress: '1250万元' },
      period: '全年',
      expected: [{ value: 11000000, op: '>=' }],
      notes: 'counter-example',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });

  it.each([
    { task: '成本指标', milestone: '15万元。', expected: 150000 },
    { task: '演出设备成本', milestone: '2万元', expected: 20000 },
    { task: '降低村民出行和农产品运输成本', milestone: '15万元', expected: null },
    { task: '成本指标', milestone: '新建改扩建17家社区卫生服务中心', expected: null },
    { task: '项目总成本', milestone: '≤90万元', expected: null },
    { task: '每人每月补助', milestone: '600元', expected: null },
  ])('costBoundOf($task, $milestone) is $expected', ({ task, milestone, expected }) => {
    expect(costBoundOf(task, milestone)?.value ?? null).toBe(expected);
  });
});
