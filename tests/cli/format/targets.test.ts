import { formatTargetSection, needsAttention } from '../../../src/cli/format/targets';
import type { TargetResult } from '../../../src/core';

const met: TargetResult = {
  row: 69, cell: 'D69', source: '节点任务', text: '增加精神科医师 5 名', indicator: '精神科医师', value: 5, unit: '名', op: '>=', deadline: '2021-09-30',
  reported: { cell: 'E69', text: '增加精神科医师 7 人', value: 7, unit: '人', asOf: '2021-09-30' }, verdict: 'met', confidence: 0.9, pace: null,
};
const behind: TargetResult = {
  ...met, cell: 'B69', source: '任务', text: '年内新增精神科医师 100 名', value: 100, deadline: '2021-12-31', verdict: 'behind', confidence: 0.9, pace: 0.75,
};
const noFigure: TargetResult = { ...met, cell: 'B46', text: '建成省级重点专科5个', indicator: '省级重点专科', unit: '个', reported: null, verdict: 'no-figure', confidence: 0 };

describe('formatTargetSection', () => {
  it.each([
    { description: 'no targets say so', targets: [], language: 'zh-CN' as const, expected: ['未发现数值目标。'] },
    { description: 'only settled targets say all are met', targets: [met], language: 'en' as const, expected: ['Numeric targets: 1 found, 0 need attention', '  All numeric targets are met or on track.'] },
    {
      description: 'a target behind shows both texts with deadline, pace and confidence',
      targets: [met, behind],
      language: 'zh-CN' as const,
      expected: [
        '数值目标：共 2 项，其中 1 项需关注',
        '  B69 [落后于序时进度] 目标: 年内新增精神科医师 100 名 (期限 2021-12-31, 序时进度 75%, 可信度 0.9)',
        '      进展: E69 增加精神科医师 7 人',
      ],
    },
    {
      description: 'a target without a figure says there is none',
      targets: [noFigure],
      language: 'en' as const,
      expected: ['Numeric targets: 1 found, 1 need attention', '  B46 [no figure in the progress] Target: 建成省级重点专科5个 (due 2021-09-30)', '      Progress: (none)'],
    },
    {
      description: 'a target written over two lines is shown on one',
      targets: [{ ...behind, text: '年内新增\n精神科医师 100 名', reported: null, verdict: 'no-figure' as const, pace: null }],
      language: 'en' as const,
      expected: ['Numeric targets: 1 found, 1 need attention', '  B69 [no figure in the progress] Target: 年内新增 精神科医师 100 名 (due 2021-12-31)', '      Progress: (none)'],
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
