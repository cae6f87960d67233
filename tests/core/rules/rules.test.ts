import { checkGrid, RULES, type Issue, type Rule, type SheetGrid } from '../../../src/core';
import { sheet, taskRow } from './sheetBuilder';

function ruleById(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Runs one rule alone and returns `cell rule` pairs, the way a reader finds them in the sheet. */
function findings(ruleId: string, grid: SheetGrid, options: { period?: string; vocabulary?: string[] } = {}): string[] {
  const rule = ruleById(ruleId);
  const check = checkGrid(grid, { ...options, analysers: [{ name: ruleId, analyse: (context) => ({ issues: rule.check(context), targets: [] }) }] });
  return check.issues.filter((issue) => issue.rule === ruleId).map((issue) => `${issue.cell} ${issue.severity}`.trim());
}

interface RuleCase {
  readonly description: string;
  readonly rule: string;
  readonly grid: SheetGrid;
  readonly expected: string[];
  readonly options?: { period?: string; vocabulary?: string[] };
}

const cases: RuleCase[] = [
  { description: 'a sheet with 填报单位 passes', rule: 'metadata.unitMissing', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a sheet without 填报单位 fails', rule: 'metadata.unitMissing', grid: sheet({ metadata: [['填报时间：2021年10月11日']], rows: [taskRow()] }), expected: ['error'] },
  { description: 'an empty 填报单位 points at its cell', rule: 'metadata.unitMissing', grid: sheet({ metadata: [['填报单位：'], ['填报时间：2021年10月11日']], rows: [taskRow()] }), expected: ['A2 error'] },
  { description: 'a sheet with 填报时间 passes', rule: 'metadata.dateMissing', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a sheet without 填报时间 fails', rule: 'metadata.dateMissing', grid: sheet({ metadata: [['填报单位：济南市卫生健康委']], rows: [taskRow()] }), expected: ['error'] },
  { description: 'a date as an Excel serial is well formed', rule: 'metadata.dateMalformed', grid: sheet({ metadata: [['填报单位：济南市卫生健康委', '填报时间', 44480]], rows: [taskRow()] }), expected: [] },
  { description: 'a date in words is malformed', rule: 'metadata.dateMalformed', grid: sheet({ metadata: [['填报单位：济南市卫生健康委'], ['填报时间：十月上旬']], rows: [taskRow()] }), expected: ['A3 error'] },
  { description: 'a sheet without page splits passes', rule: 'row.repeatedHeader', grid: sheet({ rows: [taskRow()] }), expected: [] },
  {
    description: 'a repeated header is found',
    rule: 'row.repeatedHeader',
    grid: sheet({ rows: [taskRow(), ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'], taskRow({ serial: 41 })] }),
    expected: ['A6 warning'],
  },
  { description: 'a complete task passes', rule: 'row.continuation', grid: sheet({ rows: [taskRow(), taskRow({ serial: 41 })] }), expected: [] },
  {
    description: 'a remainder after a repeated header is found',
    rule: 'row.continuation',
    grid: sheet({ rows: [taskRow({ task: '开工建设济南黄河体育' }), ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'], ['', '中心。', '', '', '', '']] }),
    expected: ['B7 warning'],
  },
  { description: 'a task with a serial passes', rule: 'serial.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without a serial fails', rule: 'serial.empty', grid: sheet({ rows: [taskRow({ serial: null })] }), expected: ['A5 error'] },
  { description: 'the three serial forms are well formed', rule: 'serial.malformed', grid: sheet({ rows: [taskRow(), taskRow({ serial: '为民办实事第六项' }), taskRow({ serial: '省民生实事第16项' })] }), expected: [] },
  { description: 'a free-text serial is malformed', rule: 'serial.malformed', grid: sheet({ rows: [taskRow({ serial: '第四十' })] }), expected: ['A5 warning'] },
  { description: 'distinct serials pass', rule: 'serial.duplicate', grid: sheet({ rows: [taskRow(), taskRow({ serial: 41 })] }), expected: [] },
  {
    description: 'a serial used twice is flagged at the second',
    rule: 'serial.duplicate',
    grid: sheet({ rows: [taskRow({ serial: '省民生实事第16项' }), taskRow({ serial: 41 }), taskRow({ serial: '省民生实事第 16 项' })] }),
    expected: ['A7 error'],
  },
  { description: 'serials in natural order pass', rule: 'serial.outOfOrder', grid: sheet({ rows: [taskRow({ serial: 40 }), taskRow({ serial: 112 }), taskRow({ serial: '为民办实事第六项' })] }), expected: [] },
  { description: 'a serial after a larger one is a hint', rule: 'serial.outOfOrder', grid: sheet({ rows: [taskRow({ serial: 112 }), taskRow({ serial: 40 })] }), expected: ['A6 info'] },
  { description: 'a task with text passes', rule: 'task.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a row without task text fails', rule: 'task.empty', grid: sheet({ rows: [taskRow({ task: '' })] }), expected: ['B5 error'] },
  { description: 'the reporting unit among the responsible units passes', rule: 'unit.notResponsible', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without a parenthesis passes', rule: 'unit.notResponsible', grid: sheet({ rows: [taskRow({ task: '提高乡村医生待遇。' })] }), expected: [] },
  {
    description: 'a task of other units is flagged',
    rule: 'unit.notResponsible',
    grid: sheet({ rows: [taskRow({ task: '开展新兴消费扩容行动。(牵头单位：市商务局；责任单位：市文化和旅游局)' })] }),
    expected: ['B5 warning'],
  },
  { description: 'a task with a period passes', rule: 'period.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without a period fails', rule: 'period.empty', grid: sheet({ rows: [taskRow({ period: '' })] }), expected: ['C5 error'] },
  { description: 'known periods pass', rule: 'period.unknown', grid: sheet({ rows: [taskRow(), taskRow({ serial: 41, period: '1-9月' })] }), expected: [] },
  { description: 'a date serial in the period column is unknown', rule: 'period.unknown', grid: sheet({ rows: [taskRow({ period: 44469 })] }), expected: ['C5 error'] },
  { description: 'this quarter and a whole-year task pass', rule: 'period.notReportPeriod', grid: sheet({ rows: [taskRow(), taskRow({ serial: 41, period: '全年' })] }), expected: [] },
  { description: 'a row of the first half in the 三季度 sheet is flagged', rule: 'period.notReportPeriod', grid: sheet({ rows: [taskRow({ period: '一、二季度' })] }), expected: ['C5 warning'] },
  {
    description: 'the --period option wins over the title',
    rule: 'period.notReportPeriod',
    grid: sheet({ rows: [taskRow()] }),
    options: { period: '四季度' },
    expected: ['C5 warning'],
  },
  { description: 'a task with a milestone passes', rule: 'milestone.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without a milestone fails', rule: 'milestone.empty', grid: sheet({ rows: [taskRow({ milestone: null })] }), expected: ['D5 warning'] },
  { description: 'a task with progress passes', rule: 'progress.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without progress fails', rule: 'progress.empty', grid: sheet({ rows: [taskRow({ progress: '   ' })] }), expected: ['E5 error'] },
  { description: 'real progress is no placeholder', rule: 'progress.placeholder', grid: sheet({ rows: [taskRow()] }), expected: [] },
  {
    description: '无, 略, 同上 and / are placeholders',
    rule: 'progress.placeholder',
    grid: sheet({ rows: [taskRow({ progress: '无' }), taskRow({ serial: 41, progress: ' 略。' }), taskRow({ serial: 42, progress: '同上' }), taskRow({ serial: 43, progress: '／' })] }),
    expected: ['E5 error', 'E6 error', 'E7 error', 'E8 error'],
  },
  { description: 'a sentence of progress is long enough', rule: 'progress.tooShort', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: '已完成 says nothing', rule: 'progress.tooShort', grid: sheet({ rows: [taskRow({ progress: '已完成。' })] }), expected: ['E5 warning'] },
  { description: 'progress that differs from the milestone passes', rule: 'progress.sameAsMilestone', grid: sheet({ rows: [taskRow()] }), expected: [] },
  {
    description: 'progress repeating the milestone fails, whatever the punctuation',
    rule: 'progress.sameAsMilestone',
    grid: sheet({ rows: [taskRow({ milestone: '配合牵头部门做好卫生健康系统无障碍设施集中改造。', progress: '配合牵头部门做好卫生健康系统无障碍设施集中改造' })] }),
    expected: ['E5 warning'],
  },
  { description: 'dates before the report date pass', rule: 'progress.futureDate', grid: sheet({ rows: [taskRow({ progress: '9月10日，市财政局、市卫生健康委员会联合印发通知。' })] }), expected: [] },
  { description: 'a deadline after the report date passes', rule: 'progress.futureDate', grid: sheet({ rows: [taskRow({ progress: '方案已报审，确保11月30日前完成主体验收工作。' })] }), expected: [] },
  { description: 'a planned date after the report date passes', rule: 'progress.futureDate', grid: sheet({ rows: [taskRow({ progress: '已完成方案制定，拟于11月5日召开推进会议。' })] }), expected: [] },
  {
    description: 'a date after the report date is flagged',
    rule: 'progress.futureDate',
    grid: sheet({ rows: [taskRow({ progress: '10月20日已完成主体验收，并组织专家评审。' })] }),
    expected: ['E5 warning'],
  },
  {
    description: 'a date written in full-width digits after the report date is flagged',
    rule: 'progress.futureDate',
    grid: sheet({ rows: [taskRow({ progress: '截至9月底已完成主体建设，１０月２０日组织专家评审。' })] }),
    expected: ['E5 warning'],
  },
  {
    description: 'a dashed date after the report date is flagged',
    rule: 'progress.futureDate',
    grid: sheet({ rows: [taskRow({ progress: '2021-10-20已完成主体验收。' })] }),
    expected: ['E5 warning'],
  },
  { description: 'months without days pass', rule: 'progress.futureDate', grid: sheet({ rows: [taskRow({ progress: '截至9月底，预计12月底前全部完成。' })] }), expected: [] },
  { description: 'a task with a self-assessment passes', rule: 'selfAssessment.empty', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a task without a self-assessment fails', rule: 'selfAssessment.empty', grid: sheet({ rows: [taskRow({ selfAssessment: null })] }), expected: ['F5 error'] },
  { description: 'a vocabulary word needs no mapping', rule: 'selfAssessment.synonym', grid: sheet({ rows: [taskRow({ selfAssessment: '序时推进' })] }), expected: [] },
  { description: 'a near-synonym is mapped', rule: 'selfAssessment.synonym', grid: sheet({ rows: [taskRow({ selfAssessment: '已完成' })] }), expected: ['F5 warning'] },
  { description: 'a vocabulary word with stray spaces is mapped', rule: 'selfAssessment.synonym', grid: sheet({ rows: [taskRow({ selfAssessment: ' 完成 ' })] }), expected: ['F5 warning'] },
  { description: 'words of the vocabulary pass', rule: 'selfAssessment.unknown', grid: sheet({ rows: [taskRow(), taskRow({ serial: 41, selfAssessment: '滞后' })] }), expected: [] },
  { description: 'a word outside the vocabulary fails', rule: 'selfAssessment.unknown', grid: sheet({ rows: [taskRow({ selfAssessment: '良好' })] }), expected: ['F5 error'] },
  {
    description: 'a bureau vocabulary replaces the default',
    rule: 'selfAssessment.unknown',
    grid: sheet({ rows: [taskRow({ selfAssessment: '序时推进' })] }),
    options: { vocabulary: ['完成', '未完成'] },
    expected: ['F5 error'],
  },
  { description: '完成 with finished work passes', rule: 'selfAssessment.doneButOngoing', grid: sheet({ rows: [taskRow()] }), expected: [] },
  {
    description: '优待 is not 待…',
    rule: 'selfAssessment.doneButOngoing',
    grid: sheet({ rows: [taskRow({ progress: '成立督导组，实地督导了各区县、各部门优待落实情况。' })] }),
    expected: [],
  },
  {
    description: '完成 while the work is still being pushed forward',
    rule: 'selfAssessment.doneButOngoing',
    grid: sheet({ rows: [taskRow({ progress: '按照市领导批示要求，正在全力推进相关工作。' }), taskRow({ serial: 41, progress: '方案已报审，尚未批复，待审批后实施。' })] }),
    expected: ['F5 warning', 'F6 warning'],
  },
  { description: 'clean text passes', rule: 'text.whitespace', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'spaces around a number are stray', rule: 'text.whitespace', grid: sheet({ rows: [taskRow({ progress: '增加精神科医师 7 人，指导社区康复。' })] }), expected: ['E5 info'] },
  { description: 'Chinese punctuation passes', rule: 'text.punctuation', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'half-width commas in Chinese text are flagged', rule: 'text.punctuation', grid: sheet({ rows: [taskRow({ milestone: '制定选址方案,明确建设规模。' })] }), expected: ['D5 info'] },
  { description: 'values without errors pass', rule: 'cell.formulaError', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'a formula error is found in any cell', rule: 'cell.formulaError', grid: sheet({ rows: [[...taskRow(), { error: '#REF!' }]] }), expected: ['G5 error'] },
  { description: 'ordinary text passes', rule: 'cell.formulaText', grid: sheet({ rows: [taskRow()] }), expected: [] },
  { description: 'text starting with = or - is flagged', rule: 'cell.formulaText', grid: sheet({ rows: [taskRow({ progress: '-完成规划编制，并报市政府审定。', milestone: '=待定' })] }), expected: ['D5 warning', 'E5 warning'] },
  { description: 'a long cell below the limit passes', rule: 'cell.tooLong', grid: sheet({ rows: [taskRow({ progress: '推进'.repeat(1000) })] }), expected: [] },
  { description: 'a 32,767-character cell is flagged', rule: 'cell.tooLong', grid: sheet({ rows: [taskRow({ progress: '推'.repeat(32_767) })] }), expected: ['E5 warning'] },
];

describe('each rule passes a clean case and finds its problem', () => {
  it.each(cases)('$rule: $description', ({ rule, grid, expected, options }) => {
    expect(findings(rule, grid, options)).toEqual(expected);
  });

  it('covers every rule of the catalogue with a passing and a failing case', () => {
    for (const rule of RULES) {
      const own = cases.filter((candidate) => candidate.rule === rule.id);
      expect({ rule: rule.id, passing: own.some((c) => c.expected.length === 0), failing: own.some((c) => c.expected.length > 0) }).toEqual({
        rule: rule.id,
        passing: true,
        failing: true,
      });
    }
  });
});

describe('fixes', () => {
  function issuesOf(ruleId: string, grid: SheetGrid): Issue[] {
    const rule = ruleById(ruleId);
    return checkGrid(grid, { analysers: [{ name: ruleId, analyse: (context) => ({ issues: rule.check(context), targets: [] }) }] }).issues.filter(
      (issue) => issue.rule === ruleId,
    );
  }

  it.each([
    {
      description: 'an empty period is filled with the report period',
      rule: 'period.empty',
      grid: sheet({ rows: [taskRow({ period: '' })] }),
      expected: { kind: 'fix.fillPeriod', replacement: '三季度', operations: [{ op: 'writeBlock', sheet: '三季度', row: 4, column: 2, values: [['三季度']] }] },
    },
    {
      description: 'a synonym becomes the vocabulary word',
      rule: 'selfAssessment.synonym',
      grid: sheet({ rows: [taskRow({ selfAssessment: '按计划推进' })] }),
      expected: { kind: 'fix.mapSelfAssessment', replacement: '序时推进', operations: [{ op: 'writeBlock', sheet: '三季度', row: 4, column: 5, values: [['序时推进']] }] },
    },
    {
      description: 'whitespace and punctuation fixes write the same normal form',
      rule: 'text.whitespace',
      grid: sheet({ rows: [taskRow({ progress: '增加精神科医师 7 人,指导社区康复。' })] }),
      expected: {
        kind: 'fix.normalizeWhitespace',
        replacement: '增加精神科医师7人，指导社区康复。',
        operations: [{ op: 'writeBlock', sheet: '三季度', row: 4, column: 4, values: [['增加精神科医师7人，指导社区康复。']] }],
      },
    },
    {
      description: 'a repeated header is deleted',
      rule: 'row.repeatedHeader',
      grid: sheet({ rows: [taskRow(), ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价']] }),
      expected: { kind: 'fix.dropRepeatedHeader', operations: [{ op: 'deleteRows', sheet: '三季度', row: 5, count: 1 }] },
    },
    {
      description: 'a remainder is merged into its task, a split serial read back whole',
      rule: 'row.continuation',
      grid: sheet({
        rows: [
          taskRow({ serial: '省民生实事', task: '落实老年人优待' }),
          ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'],
          ['事 第 30 项', '政策。', '', '', '', ''],
        ],
      }),
      expected: {
        kind: 'fix.mergeContinuation',
        replacement: '落实老年人优待政策。',
        operations: [
          { op: 'writeBlock', sheet: '三季度', row: 4, column: 0, values: [['省民生实事第30项']] },
          { op: 'writeBlock', sheet: '三季度', row: 4, column: 1, values: [['落实老年人优待政策。']] },
          { op: 'deleteRows', sheet: '三季度', row: 6, count: 1 },
        ],
      },
    },
  ])('$description', ({ rule, grid, expected }) => {
    expect(issuesOf(rule, grid).map((issue) => issue.fix)).toEqual([expected]);
  });
});
