/**
 * A sum not to exceed is answered by the one sum of its kind in the progress, whatever words fix the cost there (a contract,
 * a settlement, a price agreed): the cost as it stands has no word of a result. Two sums, or a floor, are not tied by place.
 * Phrasings written for this test.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a ceiling of money answered by the cost as it stands', () => {
  it.each<RowCase>([
    {
      description: 'a cost indicator answered by the contract sum',
      row: { task: '成本指标', milestone: '20万元', progress: '合同金额16.8万元。' },
      period: '全年',
      expected: [{ value: 200000, op: '<=', reported: { value: 168000 }, verdict: 'met' }],
    },
    {
      description: 'a total cost with its sign answered by the settled sum',
      row: { task: '项目总成本', milestone: '≤90万元', progress: '经审计结算金额93万元。' },
      period: '全年',
      expected: [{ value: 900000, op: '<=', reported: { value: 930000 }, verdict: 'unmet' }],
    },
    {
      description: 'a ceiling in a task answered by the price agreed',
      row: { task: '设备采购费用控制在300万元以内。', progress: '按中标价280万元签订采购合同。' },
      period: '全年',
      expected: [{ value: 3000000, op: '<=', reported: { value: 2800000 }, verdict: 'met' }],
    },
    {
      description: 'counter-example: two sums of the progress are not tied by place',
      row: { task: '成本指标', milestone: '20万元', progress: '合同金额16.8万元,预算资金25万元。' },
      period: '全年',
      expected: [{ value: 200000, op: '<=', reported: null }],
    },
    {
      description: 'counter-example: a floor of money is not answered by a sum without a word of a result',
      row: { task: '木材销售收入', milestone: '1100万元', progress: '按合同1250万元。' },
      period: '全年',
      expected: [{ value: 11000000, op: '>=', reported: null }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
