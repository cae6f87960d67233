import { MemoryWorkbook } from '../../support/memoryWorkbook';
import { planRepairs, type TextRepairs } from '../../../src/core/fill/planRepairs';
import { repairKindOf } from '../../../src/core/fill/repairKind';
import { cellAddress } from '../../../src/core/grid/a1';
import { gridFromRows, type CellValue, type SheetGrid } from '../../../src/core/grid/sheetGrid';
import type { Issue } from '../../../src/core/issues/issue';
import { parseReport } from '../../../src/core/report/parseReport';
import type { ProgressReport } from '../../../src/core/report/types';
import { seed000Rows } from '../../../src/core/sample/seed000';

/** A stand-in for the text rules' normaliser: enough to see that fixes compose. */
const collapseSpaces: TextRepairs = { normalizeText: (text) => text.replace(/\s+/g, '').replace(/,/g, '，') };

function parsed(rows: readonly (readonly CellValue[])[]): { grid: SheetGrid; report: ProgressReport } {
  const grid = gridFromRows('三季度', rows);
  const { report } = parseReport(grid);
  if (!report) throw new Error('test sheet must parse');
  return { grid, report };
}

function fixable(rule: string, kind: string, row: number, column: number, value = '', replacement?: string): Issue {
  return {
    rule,
    severity: 'warning',
    sheet: '三季度',
    cell: cellAddress(row, column),
    row: row + 1,
    column: '',
    value,
    fix: { kind, operations: [], ...(replacement === undefined ? {} : { replacement }) },
  };
}

/** The structural issues of a report as the rules raise them: one per remainder and per repeated header. */
function structuralIssues(report: ProgressReport): Issue[] {
  return report.rows.flatMap((row) => {
    if (row.kind === 'continuation') return [fixable('row.continuation', 'fix.mergeContinuation', row.row, 0)];
    if (row.kind === 'repeatedHeader') return [fixable('row.repeatedHeader', 'fix.dropRepeatedHeader', row.row, 0)];
    return [];
  });
}

const HEADER = ['序号', '重点工作任务', '时间', '节点任务', '进展情况', '自我评价'];

describe('planRepairs', () => {
  it('merges the page-split remainder of serial 57 into its row and deletes the repeated header and the remainder', () => {
    const { grid, report } = parsed(seed000Rows);
    const issues = structuralIssues(report).filter((issue) => issue.row === 9 || issue.row === 10);
    const plan = planRepairs(grid, report, issues, 'all', collapseSpaces);
    expect(plan.unapplied).toEqual([]);
    expect(plan.operations).toEqual([
      {
        op: 'writeBlock',
        sheet: '三季度',
        row: 7,
        column: 1,
        values: [[`${seed000Rows[7]?.[1]}${seed000Rows[9]?.[1]}`]],
      },
      { op: 'writeBlock', sheet: '三季度', row: 7, column: 3, values: [[`${seed000Rows[7]?.[3]}${seed000Rows[9]?.[3]}`, `${seed000Rows[7]?.[4]}${seed000Rows[9]?.[4]}`]] },
      { op: 'deleteRows', sheet: '三季度', row: 8, count: 1 },
      { op: 'deleteRows', sheet: '三季度', row: 9, count: 1 },
    ]);
    expect(plan.edits.map((edit) => [edit.cell, edit.kind])).toEqual([
      ['B8', 'mergeContinuation'],
      ['D8', 'mergeContinuation'],
      ['E8', 'mergeContinuation'],
      ['A9:F9', 'dropRepeatedHeader'],
      ['A10:F10', 'mergeContinuation'],
    ]);
    expect(plan.edits[1]?.after).toBe('加强政策宣传解读，提高知晓率。');
  });

  it('composes a merge and a normalisation of one cell instead of letting one overwrite the other', () => {
    const { grid, report } = parsed([HEADER, [1, '健全扶持政', '三季度', '节点。', '进展', '完成'], [null, '策, 加大 奖补。', null, null, null, null]]);
    const issues = [
      fixable('row.continuation', 'fix.mergeContinuation', 2, 0),
      fixable('text.punctuation', 'fix.normalizePunctuation', 2, 1, '策, 加大 奖补。'),
    ];
    const plan = planRepairs(grid, report, issues, 'all', collapseSpaces);
    expect(plan.edits).toEqual([
      { cell: 'B2', before: '健全扶持政', after: '健全扶持政策，加大奖补。', kind: 'mergeContinuation', kinds: ['mergeContinuation', 'normalizeText'] },
      { cell: 'A3:F3', before: '策, 加大 奖补。', after: '', kind: 'mergeContinuation', kinds: ['mergeContinuation'] },
    ]);
  });

  const rows = [
    HEADER,
    [1, '任务一。', '', '节点。', '进展。', '已完成'],
    [2, '任务 二。', '三季度', '节点。', '进展。', '完成'],
    HEADER,
    [3, '任务三。', '三季度', '节点。', '进展。', '完成'],
  ];
  const issues = [
    fixable('period.empty', 'fix.fillPeriod', 1, 2, ''),
    fixable('selfAssessment.synonym', 'fix.mapSelfAssessment', 1, 5, '已完成', '完成'),
    fixable('text.whitespace', 'fix.normalizeWhitespace', 2, 1, '任务 二。'),
    fixable('row.repeatedHeader', 'fix.dropRepeatedHeader', 3, 0),
    { ...fixable('serial.order', 'none', 4, 0), fix: undefined },
  ];
  const titled: CellValue[][] = [['2021年重点工作任务三季度进展情况'], ...rows];
  const shifted = (issue: Issue): Issue => {
    const row = issue.row;
    return { ...issue, row: row + 1, cell: issue.cell.replace(/\d+$/, String(row + 1)) };
  };

  it.each([
    { description: 'carries out every fix when all are accepted', selection: 'all' as const, expected: ['C3', 'F3', 'B4', 'A5:F5'] },
    { description: 'carries out only the fixes of the chosen rules', selection: ['selfAssessment.synonym', 'row.repeatedHeader'], expected: ['F3', 'A5:F5'] },
    { description: 'carries out the fixes a predicate picks, as the pane does per issue', selection: (issue: Issue) => issue.cell === 'B4', expected: ['B4'] },
    { description: 'does nothing when no fix is accepted', selection: [], expected: [] },
  ])('$description', ({ selection, expected }) => {
    const { grid, report } = parsed(titled);
    const plan = planRepairs(grid, report, issues.map(shifted), selection, collapseSpaces);
    expect(plan.edits.map((edit) => edit.cell)).toEqual(expected);
  });

  it('fills an empty period with the report’s period and maps a 自我评价 synonym to the vocabulary', () => {
    const { grid, report } = parsed(titled);
    const plan = planRepairs(grid, report, issues.map(shifted), 'all', collapseSpaces);
    expect(plan.edits.slice(0, 3).map((edit) => [edit.cell, edit.before, edit.after, edit.kind])).toEqual([
      ['C3', '', '三季度', 'fillPeriod'],
      ['F3', '已完成', '完成', 'mapSelfAssessment'],
      ['B4', '任务 二。', '任务二。', 'normalizeText'],
    ]);
    // C3 and F3 are not neighbours: two blocks, never a rewrite of the cells between them
    expect(plan.operations.filter((operation) => operation.op === 'writeBlock' && operation.row === 2)).toHaveLength(2);
  });

  it('leaves a replacement unapplied when the merge removed the row the rule judged', () => {
    const { grid, report } = parsed([HEADER, [1, '健全扶持政', '三季度', '节点。', '进展。', '完成'], HEADER, [null, '策。', null, null, null, null]]);
    const plan = planRepairs(
      grid,
      report,
      [
        fixable('row.continuation', 'fix.mergeContinuation', 3, 0),
        fixable('row.repeatedHeader', 'fix.dropRepeatedHeader', 2, 0),
        fixable('period.empty', 'fix.fillPeriod', 3, 2, '', '三季度'),
      ],
      'all',
      collapseSpaces,
    );
    expect(plan.unapplied.map((issue) => issue.rule)).toEqual(['period.empty']);
    expect(plan.operations).toEqual([
      { op: 'writeBlock', sheet: '三季度', row: 1, column: 1, values: [['健全扶持政策。']] },
      { op: 'deleteRows', sheet: '三季度', row: 2, count: 1 },
      { op: 'deleteRows', sheet: '三季度', row: 3, count: 1 },
    ]);
  });

  it('leaves an issue whose row is no longer what it saw unapplied, and ignores issues of other sheets', () => {
    const { grid, report } = parsed(rows);
    const plan = planRepairs(
      grid,
      report,
      [fixable('row.repeatedHeader', 'fix.dropRepeatedHeader', 1, 0), { ...fixable('row.repeatedHeader', 'fix.dropRepeatedHeader', 3, 0), sheet: '四季度' }],
      'all',
      collapseSpaces,
    );
    expect(plan.operations).toEqual([]);
    expect(plan.unapplied.map((issue) => issue.cell)).toEqual(['A2']);
  });

  it('leaves seed 000 without remainders or repeated headers once its structural fixes are applied', async () => {
    const { grid, report } = parsed(seed000Rows);
    const plan = planRepairs(grid, report, structuralIssues(report), 'all', collapseSpaces);
    const workbook = MemoryWorkbook.fromSheets({ 三季度: seed000Rows.map((row) => [...row]) });
    await workbook.apply(plan.operations);
    const repaired = parseReport(await workbook.readSheet('三季度')).report;
    const kinds = repaired?.rows.map((row) => row.kind) ?? [];
    expect(kinds.filter((kind) => kind === 'continuation' || kind === 'repeatedHeader')).toEqual([]);
    expect(kinds.filter((kind) => kind === 'task')).toHaveLength(report.rows.filter((row) => row.kind === 'task').length);
    const serial57 = repaired?.rows.find((row) => row.kind === 'task' && row.serial?.text === '57');
    expect(serial57?.kind === 'task' && serial57.cells.task?.text).toMatch(/扶持政策,加大新药研发奖补力度/);
  });
});

describe('repairKindOf', () => {
  it.each([
    { kind: 'fix.mergeContinuation', expected: 'mergeContinuation' },
    { kind: 'fix.dropRepeatedHeader', expected: 'dropRepeatedHeader' },
    { kind: 'fix.normalizePunctuation', expected: 'normalizeText' },
    { kind: 'fix.normalizeWhitespace', expected: 'normalizeText' },
    { kind: 'fix.mapSelfAssessment', expected: 'mapSelfAssessment' },
    { kind: 'fix.fillPeriod', expected: 'fillPeriod' },
    { kind: 'fix.somethingElse', expected: null },
  ])('reads the fix kind $kind as $expected', ({ kind, expected }) => {
    expect(repairKindOf(fixable('any', kind, 0, 0))).toBe(expected);
  });
});
