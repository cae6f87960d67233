import { formatTargetSection, needsAttention } from '../../../src/cli/format/targets';
import { reasonOf, type TargetResult } from '../../../src/core';

const met: TargetResult = {
  row: 69, cell: 'D69', source: '节点任务', text: '增加精神科医师 5 名', indicator: '精神科医师', value: 5, unit: '名', op: '>=', deadline: '2021-09-30',
  reported: { cell: 'E69', text: '增加精神科医师 7 人', value: 7, unit: '人', asOf: '2021-09-30' }, verdict: 'met', confidence: 0.9, evidence: 'indicator', pace: null,
  expectedPace: 1, share: 140, reason: { key: 'target.why.met', params: { figure: '增加精神科医师 7 人', target: '增加精神科医师 5 名' } },
};
const behind: TargetResult = {
  ...met, cell: 'B69', source: '任务', text: '年内新增精神科医师 100 名', value: 100, deadline: '2021-12-31', verdict: 'behind', confidence: 0.9, pace: 0.75, expectedPace: 0.75, share: 7,
  reason: reasonOf({ verdict: 'behind', measure: 'amount', op: '>=', target: '年内新增精神科医师 100 名', indicator: '精神科医师', figure: '增加精神科医师 7 人', share: 7, expectedPace: 0.75, deadline: '2021-12-31', asOf: '2021-09-30', confidence: 0.9 }),
};
const noFigure: TargetResult = {
  ...met, cell: 'B46', text: '建成省级重点专科5个', indicator: '省级重点专科', unit: '个', reported: null, verdict: 'no-figure', confidence: 0, evidence: null, share: null,
  reason: { key: 'target.why.noFigure', params: { indicator: '省级重点专科' } },
};

describe('formatTargetSection', () => {
  it.each([
    { description: 'no targets say so', targets: [], language: 'zh-CN' as const, expected: ['未发现数值目标。'] },
    {
      description: 'a met target is listed on its line too, with the figure that meets it',
      targets: [met],
      language: 'en' as const,
      expected: ['Numeric targets: 1 found, 0 need attention', '  D69 [met] 增加精神科医师 5 名 → E69 增加精神科医师 7 人: the target (增加精神科医师 5 名) is reached'],
    },
    {
      description: 'a target behind says its share and the expected pace',
      targets: [met, behind],
      language: 'zh-CN' as const,
      expected: [
        '数值目标：共 2 项，其中 1 项需关注',
        '  D69 [已达成] 增加精神科医师 5 名 → E69 增加精神科医师 7 人，已达到目标（增加精神科医师 5 名）',
        '  B69 [落后于序时进度] 年内新增精神科医师 100 名 → E69 增加精神科医师 7 人，为目标的7%，低于序时进度75%',
      ],
    },
    {
      description: 'a target without a figure says nothing measures it',
      targets: [noFigure],
      language: 'en' as const,
      expected: ['Numeric targets: 1 found, 1 need attention', '  B46 [no figure in the progress] 建成省级重点专科5个 → Nothing in the progress measures "省级重点专科"'],
    },
    {
      description: 'a target written over two lines is shown on one',
      targets: [{ ...noFigure, text: '年内新增\n精神科医师 100 名' }],
      language: 'zh-CN' as const,
      expected: ['数值目标：共 1 项，其中 1 项需关注', '  B46 [进展中无对应数字] 年内新增 精神科医师 100 名 → 进展情况中没有衡量“省级重点专科”的数字'],
    },
  ])('$description', ({ targets, language, expected }) => {
    expect(formatTargetSection(targets, language)).toEqual(expected);
  });

  it.each([
    { verdict: 'met', expected: false },
    { verdict: 'on-track', expected: false },
    { verdict: 'behind', expected: true },
    { verdict: 'unmet', expected: true },
    { verdict: 'no-figure', expected: true },
    { verdict: 'unclear', expected: true },
  ] as const)('counts $verdict as needing attention: $expected', ({ verdict, expected }) => {
    expect(needsAttention({ ...met, verdict })).toBe(expected);
  });
});
