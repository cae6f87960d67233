/**
 * `户` counts households and nothing else: a progress that counts households done, none of which answers a target of
 * households, has figures of its kind — a reviewer cannot tell (unclear), which is not "no figure".
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('households counted in the progress against a target of households', () => {
  const verdicts = (row: RowSpec) => analyzeTargets(reportOf([row], 2016, '1-8月')).targets.map((target) => [target.value, target.verdict]);

  it.each([
    {
      description: 'households of merged programmes, not reckoned against the year\'s count',
      row: {
        task: '永春乡计划整合美丽乡村、新农村、危房改造、安居工程等项目,今年实施1950户。',
        progress: '到目前,永春乡投入150万元启动实施建档立卡贫困户整体性危房改造项目;投入829.48万元实施712户危房改造和抗震安居工程项目。',
      },
      expected: [[1950, 'unclear']],
    },
    {
      description: 'a whole answered only by households of separate works',
      row: {
        task: '阿坝州九寨沟县2010年牧民定居行动计划涉及9个乡镇、20个村、1221户、5642人。',
        progress: '目前,已完成改棚圈355户,改房完成513户,改厕326户,改厨386户,改院坝461户。',
      },
      expected: [[1221, 'unclear']],
      notes: 'the counts of the scope (乡镇, 村) and the people are left out of the comparison',
    },
    {
      description: 'no household counted at all: no figure',
      row: { task: '今年实施危房改造1950户。', progress: '目前已投入资金829.48万元,各项工作有序推进。' },
      expected: [[1950, 'no-figure']],
    },
    {
      description: 'people counted, not households: no figure',
      row: { task: '今年实施危房改造1950户。', progress: '已组织技术培训320人次,投入资金829万元。' },
      expected: [[1950, 'no-figure']],
    },
  ])('$description', ({ row, expected }) => {
    const households = verdicts(row).filter(([value]) => expected.some(([own]) => own === value));
    expect(households).toEqual(expected);
  });
});
