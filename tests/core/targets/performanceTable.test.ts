/**
 * A performance table (绩效自评表) in the six columns: the task is the 三级指标, the milestone its 年度指标值 written as a
 * bound (`≥2000`, `≤4`), the progress the 实际完成值 as a bare number. The sign is the comparator. Rows of 金寨 2023's
 * table, and counter-examples written in the same style.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

interface BoundCase {
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly Record<string, unknown>[];
}

describe('a performance table’s bounds', () => {
  it.each<BoundCase>([
    {
      description: 'a floor written ≥, met by the bare actual',
      row: { task: '指标3:完成农村户用卫生厕所改造数量', milestone: '≥2000', progress: '3061' },
      expected: [{ text: '≥2000', op: '>=', value: 2000, reported: { value: 3061 }, verdict: 'met' }],
    },
    {
      description: 'a ceiling written ≤, met at the bound',
      row: { task: '指标1:开展精品示范村建设数量', milestone: '≤4', progress: '4' },
      expected: [{ text: '≤4', op: '<=', value: 4, reported: { value: 4 }, verdict: 'met' }],
    },
    {
      description: 'a ceiling written ≤, exceeded',
      row: { task: '指标2:项目建设成本超支率', milestone: '≤4', progress: '6' },
      expected: [{ op: '<=', value: 4, reported: { value: 6 }, verdict: 'unmet' }],
    },
    {
      description: 'a floor written ≥ with a percent',
      row: { task: '指标2:户用卫生厕所改造验收通过率', milestone: '≥95%', progress: '100%' },
      expected: [{ op: '>=', value: 95, reported: { value: 100 }, verdict: 'met' }],
    },
    {
      description: 'a time bound is no quantity',
      row: { task: '指标1:完成美丽宜居自然村庄验收时间', milestone: '9月前', progress: '7月' },
      expected: [],
    },
    {
      description: 'a floor of sets of field trials, counted in 组',
      row: { task: '二、化肥减量增效田间试验', milestone: '≧15组', progress: '15组' },
      expected: [{ op: '>=', value: 15, reported: { value: 15 }, verdict: 'met' }],
    },
    {
      description: 'no incident to happen, counted in 起, met by none',
      row: { task: '因粮食市场波动引起的粮食安全事件发生数', milestone: '0起', progress: '0起' },
      expected: [{ value: 0, reported: { value: 0 }, verdict: 'met' }],
    },
    {
      description: 'a ceiling of minutes is a bound of the indicator',
      row: { task: '指标3:应急救援到达现场时间', milestone: '≤30分钟', progress: '25分钟' },
      expected: [{ op: '<=', value: 30 }],
    },
    {
      description: 'a period of hours in the milestone’s words is no bound',
      row: { task: '指标4:热线服务', milestone: '实行24小时值守', progress: '全年无休' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2023, '全年'));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});
