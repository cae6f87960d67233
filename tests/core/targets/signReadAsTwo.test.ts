/**
 * A performance table copied out of a PDF often renders the sign ≥ as the digit 2 (`≥90%` stored as `290%`). Where the indicator
 * is a rate that cannot pass 100% (a satisfaction, a pass or coverage rate) and the 指标值 cell is one percent between 200% and
 * 300%, the first 2 is that sign: the cell is a floor of the rest (`290%` → ≥ 90%). Phrasings written for this test.
 */
import { signReadAsTwo } from '../../../src/core/targets/_lib/signReadAsTwo';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('which cells hold a ≥ read as 2', () => {
  it.each([
    { description: 'a satisfaction of 295%', task: '服务对象满意度', milestone: '295%', expected: 95 },
    { description: 'a pass rate of 298.5%', task: '工程验收合格率', milestone: '298.5%', expected: 98.5 },
    { description: 'a coverage rate of 280%, with a full stop', task: '政策知晓覆盖率', milestone: '280%。', expected: 80 },
    { description: 'counter-example: a satisfaction written with its sign', task: '群众满意度', milestone: '≥90%', expected: null },
    { description: 'counter-example: a growth rate can pass 200%', task: '接待游客人次增长率', milestone: '250%', expected: null },
    { description: 'counter-example: a satisfaction of 90% as written', task: '群众满意度', milestone: '90%', expected: null },
  ])('$description', ({ task, milestone, expected }) => {
    expect(signReadAsTwo(task, milestone)?.value ?? null).toBe(expected);
  });
});

describe('a floor read from a ≥ rendered as 2', () => {
  it.each<RowCase>([
    {
      description: 'a satisfaction floor met by the year\'s survey',
      row: { task: '受益群众满意度', milestone: '285%', progress: '96%' },
      period: '全年',
      expected: [{ value: 85, op: '>=', reported: { value: 96 }, verdict: 'met' }],
    },
    {
      description: 'a pass-rate floor not reached at the year\'s end',
      row: { task: '项目验收合格率', milestone: '298%', progress: '95%' },
      period: '全年',
      expected: [{ value: 98, op: '>=', reported: { value: 95 }, verdict: 'unmet' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
