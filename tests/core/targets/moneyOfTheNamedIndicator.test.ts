/**
 * A performance table's 指标值 that is a sum of money alone is read with the indicator its task names: a planned total
 * investment, the funds a project is given or the rate of a benefit names no target; an income, a cost or a sum to
 * reach does. Rows of 中江 2022, 襄阳 2021 and 稷山 2020, and counter-examples written in the same style.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface SumCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly Record<string, unknown>[];
}

describe('a sum alone in a performance table’s 指标值 is read with its indicator’s name', () => {
  it.each<SumCase>([
    {
      description: 'a project’s planned total investment is its size, not an aim',
      row: { task: '项目计划总投资', milestone: '20万元', progress: '20万元' },
      expected: [],
    },
    {
      description: 'the yearly funds a task states, copied into the 指标值, are funds given',
      row: { task: '每年财政补助1000万元', milestone: '1000万元', progress: '1000万元' },
      expected: [],
    },
    {
      description: 'a rate per person and year named by the indicator is a standard of a benefit',
      row: { task: '指标1:配套资金每人每年', milestone: '75元', progress: '75元' },
      expected: [],
    },
    {
      description: 'an income to earn is a target',
      row: { task: '木材销售收入', milestone: '1100万元', progress: '1093万元' },
      expected: [{ value: 11000000, reported: { value: 10930000 }, verdict: 'unmet' }],
    },
    {
      description: 'a sum the task names as reached stays the task’s target',
      row: { task: '完成东津院区建设,医院东津医疗收入达到5亿元', milestone: '5亿元', progress: '6.47亿元' },
      expected: [{ value: 500000000, verdict: 'met' }],
    },
    {
      description: 'a signed bound of a cost stays a bound',
      row: { task: '项目总成本', milestone: '≤90万元', progress: '85万元' },
      expected: [{ op: '<=', value: 900000, verdict: 'met' }],
    },
  ])('$description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2022, '全年'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});
