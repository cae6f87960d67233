import {
  checkGrid,
  checkWorkbook,
  gridFromRows,
  orderFixes,
  renderIssues,
  seed000Rows,
  type CellValue,
  type SheetAnalyser,
} from '../../../src/core';
import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { sheet, taskRow } from '../rules/sheetBuilder';

describe('checkGrid', () => {
  const check = checkGrid(gridFromRows('三季度', seed000Rows));

  it('reads the sheet, unit, period and task count of the seed', () => {
    expect({ sheet: check.sheet, unit: check.unit, period: check.period, rows: check.rows }).toEqual({
      sheet: '三季度',
      unit: '济南市卫生健康委',
      period: '三季度',
      rows: 38,
    });
  });

  it('finds the problems DOMAIN §1 names in the seed', () => {
    const found = (rule: string) => check.issues.filter((issue) => issue.rule === rule).map((issue) => issue.cell);
    expect(found('progress.sameAsMilestone')).toEqual(['E43']);
    expect(found('selfAssessment.doneButOngoing')).toContain('F5');
    expect(found('row.repeatedHeader')).toHaveLength(10);
    expect(found('row.continuation')).toHaveLength(8);
    expect(check.summary.error).toBe(0);
  });

  it('counts issues by severity and by rule', () => {
    const { byRule, ...bySeverity } = check.summary;
    expect(bySeverity.error + bySeverity.warning + bySeverity.info).toBe(check.issues.length);
    expect(Object.values(byRule).reduce((sum, count) => sum + count, 0)).toBe(check.issues.length);
  });

  it('lists issues in row order', () => {
    const rows = check.issues.map((issue) => issue.row);
    expect(rows).toEqual([...rows].sort((left, right) => left - right));
  });

  it('gives a sheet without a header one error and no report', () => {
    const result = checkGrid(gridFromRows('说明', [['请在三季度表中填写']]));
    expect(result).toMatchObject({ sheet: '说明', report: null, rows: 0, summary: { error: 1, warning: 0, info: 0 } });
    expect(result.issues.map((issue) => issue.rule)).toEqual(['header.missing']);
  });

  it('runs every analyser and collects their targets', () => {
    const target = { row: 5, cell: 'D5', source: '节点任务', text: '增加精神科医师5名', indicator: '精神科医师', value: 5, unit: '人', op: '>=' as const, deadline: '2021-09-30', reported: null, verdict: 'no-figure' as const, confidence: 1, evidence: null, pace: null, expectedPace: null, share: null, reason: { key: 'target.why.noFigure', params: { indicator: '精神科医师' } } };
    const targetsAnalyser: SheetAnalyser = { name: 'targets', analyse: () => ({ issues: [], targets: [target] }) };
    expect(checkGrid(sheet({ rows: [taskRow()] }), { analysers: [targetsAnalyser] }).targets).toEqual([target]);
  });

  it('renders messages in either language without changing the issues', () => {
    const issues = checkGrid(sheet({ rows: [taskRow({ progress: '' })] })).issues;
    expect(renderIssues(issues, 'zh-CN').find((issue) => issue.rule === 'progress.empty')?.message).toBe('进展情况为空');
    expect(renderIssues(issues, 'en').find((issue) => issue.rule === 'progress.empty')?.message).toBe('The progress is empty');
  });

  it('never throws on odd cells: numbers as serials, dates as serials, errors, huge text', () => {
    const rows: CellValue[][] = [
      taskRow({ serial: 40.5, period: 44469, progress: { error: '#DIV/0!' }, selfAssessment: true }),
      taskRow({ serial: '', task: 'x'.repeat(32_767), milestone: 12 }),
    ];
    expect(() => checkGrid(sheet({ rows }))).not.toThrow();
  });
});

describe('applying every fix and checking again', () => {
  it('leaves no fixable issue on the seed', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]) });
    const before = checkGrid(await workbook.readSheet('三季度'));
    await workbook.apply(orderFixes(before.issues).flatMap((issue) => issue.fix?.operations ?? []));
    const after = checkGrid(await workbook.readSheet('三季度'));
    expect(after.issues.filter((issue) => issue.fix !== undefined)).toEqual([]);
    expect(after.rows).toBe(38);
    expect(after.report?.rows.every((row) => row.kind === 'task' || row.kind === 'footer')).toBe(true);
  });
});

describe('checkWorkbook', () => {
  it('checks the report sheets and notes the skipped ones', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 说明: [['填表说明']], 三季度: [...seed000Rows] });
    const result = await checkWorkbook(workbook);
    expect(result.sheets.map((sheetCheck) => sheetCheck.sheet)).toEqual(['三季度']);
    expect(result.notices.map((notice) => notice.rule)).toEqual(['sheet.notReport']);
    expect(result.summary.warning).toBe(result.sheets[0]?.summary.warning);
  });

  it('checks every sheet when none is a report, so the user sees why', async () => {
    const workbook = MemoryWorkbook.fromSheets({ Sheet1: [['序号', '内容']] });
    const result = await checkWorkbook(workbook);
    expect(result.sheets.map((sheetCheck) => sheetCheck.issues.map((issue) => issue.rule))).toEqual([['header.missing']]);
    expect(result.summary.error).toBe(1);
  });

  it('checks the sheets of one workbook with one TargetReadings, each giving what it gives checked alone', async () => {
    // Two sheets of the same tasks, the second with other figures in its progress.
    const otherProgress = seed000Rows.map((row) => row.map((cell, column) => (column === 4 && typeof cell === 'string' ? cell.replace(/\d+/g, (digits) => String(Number(digits) + 1)) : cell)));
    const workbook = MemoryWorkbook.fromSheets({ 二季度: otherProgress, 三季度: [...seed000Rows] });
    const seen: unknown[] = [];
    const spy: SheetAnalyser = { name: 'spy', analyse: (context) => (seen.push(context.targetReadings), { issues: [], targets: [] }) };
    await checkWorkbook(workbook, { analysers: [spy] });
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBeDefined();
    expect(seen[1]).toBe(seen[0]);
    const together = await checkWorkbook(workbook);
    const alone = [(await checkWorkbook(workbook, { sheet: '二季度' })).sheets[0], (await checkWorkbook(workbook, { sheet: '三季度' })).sheets[0]];
    expect(together.sheets).toEqual(alone);
    expect(together.sheets[0]?.targets).not.toEqual(together.sheets[1]?.targets);
  });

  it('checks only the sheet asked for, and says when it does not exist', async () => {
    const workbook = MemoryWorkbook.fromSheets({ 二季度: [...seed000Rows], 三季度: [...seed000Rows] });
    expect((await checkWorkbook(workbook, { sheet: '三季度' })).sheets.map((sheetCheck) => sheetCheck.sheet)).toEqual(['三季度']);
    const missing = await checkWorkbook(workbook, { sheet: '四季度' });
    expect(missing.sheets).toEqual([]);
    expect(missing.notices.map((notice) => [notice.rule, notice.params])).toEqual([['sheet.notFound', { sheet: '四季度' }]]);
  });
});
