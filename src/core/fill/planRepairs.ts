/**
 * Repairs (DOMAIN §1, "what goes wrong"): merge page-split remainders into their task, drop repeated headers,
 * normalise punctuation and white space, map 自我评价 near-synonyms to the vocabulary, fill an empty period.
 *
 * All accepted fixes are applied together to a virtual copy of the grid, so two fixes that touch one cell
 * compose (a remainder is merged into its task, then the merged text is normalised) instead of the last one
 * overwriting the first. The copy is then diffed against the grid into few operations: one writeBlock per run
 * of changed cells in a row, one deleteRows per deleted row (adapters delete after writing, bottom-up, so every
 * operation addresses the rows as the user sees them now). The edits list says what each
 * cell was and becomes, for review before anything is written.
 */
import { cellAddress, parseCellAddress, rangeAddress } from '../grid/a1';
import { displayTextOf, isCellError, type CellValue, type SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import type { WorkbookOperation, WritableValue } from '../ports';
import { COLUMN_ROLES, type ProgressReport, type TaskRow } from '../report/types';
import { normalizeCellText } from '../text/normalizeCellText';
import { isMergeFollower, ownCellText, writableValue } from '../grid/mergedCells';
import { repairKindOf, type RepairKind } from './repairKind';

export interface RepairEdit {
  /** A1 address of the cell, or of the whole row (`A12:F12`) for a deleted row. */
  readonly cell: string;
  readonly before: string;
  /** '' for a deleted row. */
  readonly after: string;
  /** The first repair that changed the cell; `kinds` lists every one in the order applied. */
  readonly kind: RepairKind;
  readonly kinds: readonly RepairKind[];
}

export interface RepairPlan {
  readonly operations: readonly WorkbookOperation[];
  readonly edits: readonly RepairEdit[];
  /** Selected issues with a fix that could not be applied (the row or cell is no longer what the issue saw). */
  readonly unapplied: readonly Issue[];
}

/** Which fixes the user accepted: all of them, those of some rules, or any choice of issues. */
export type RepairSelection = 'all' | readonly string[] | ((issue: Issue) => boolean);

/** How one cell's text is repaired; the default is the normal form the text rules check against. */
export interface TextRepairs {
  /** White space and full/half-width punctuation together (`normalizeCellText`). */
  readonly normalizeText: (text: string) => string;
}

function isSelected(issue: Issue, selection: RepairSelection): boolean {
  if (selection === 'all') return true;
  if (typeof selection === 'function') return selection(issue);
  return selection.includes(issue.rule);
}

/** A mutable copy of the grid's values with the repairs that touched each cell. */
class VirtualSheet {
  readonly values: CellValue[][];
  readonly deleted = new Map<number, RepairKind>();
  readonly touched = new Map<string, RepairKind[]>();

  constructor(private readonly grid: SheetGrid) {
    this.values = grid.values.map((row) => [...row]);
  }

  /** What the cell shows now: the sheet's own display text (dates, number formats) until a repair writes it. */
  text(row: number, column: number): string {
    if (!this.touched.has(cellAddress(row, column))) return this.grid.text[row]?.[column] ?? '';
    return displayTextOf(this.values[row]?.[column] ?? null);
  }

  set(row: number, column: number, value: CellValue, kind: RepairKind): void {
    const cells = this.values[row];
    if (!cells) return;
    while (cells.length <= column) cells.push(null);
    cells[column] = value;
    const key = cellAddress(row, column);
    const kinds = this.touched.get(key) ?? [];
    if (!kinds.includes(kind)) kinds.push(kind);
    this.touched.set(key, kinds);
  }

  delete(row: number, kind: RepairKind): void {
    if (!this.deleted.has(row)) this.deleted.set(row, kind);
  }
}

interface CellTarget {
  readonly row: number;
  readonly column: number;
}

/**
 * The edits and operations that carry out the selected fixes of `issues` on the sheet `grid`, parsed as `report`.
 *
 * @example
 * const { report } = parseReport(grid);
 * const { operations, edits } = planRepairs(grid, report, issues, 'all');
 * await workbook.apply(operations);
 */
export function planRepairs(
  grid: SheetGrid,
  report: ProgressReport,
  issues: readonly Issue[],
  selection: RepairSelection,
  textRepairs: TextRepairs = { normalizeText: normalizeCellText },
): RepairPlan {
  const sheet = new VirtualSheet(grid);
  const unapplied: Issue[] = [];
  const tasks = report.rows.filter((row): row is TaskRow => row.kind === 'task');
  const taskOfRemainder = new Map<number, TaskRow>();
  for (const task of tasks) for (const row of task.continuationRows) taskOfRemainder.set(row, task);
  const rowKind = new Map(report.rows.map((row) => [row.row, row.kind] as const));
  const roleColumns = COLUMN_ROLES.flatMap((role) => {
    const column = report.header.roles[role];
    return column === undefined ? [] : [[role, column] as const];
  });

  /** Tasks whose remainders are merged, with the cell values the accepted merge fixes write. */
  const merges = new Map<TaskRow, Map<string, WritableValue>>();
  const textCells: CellTarget[] = [];
  const replacements: { target: CellTarget; value: string; kind: RepairKind; issue: Issue }[] = [];

  for (const issue of issues) {
    if (!issue.fix || issue.sheet !== report.sheet || !isSelected(issue, selection)) continue;
    const kind = repairKindOf(issue);
    const position = parseCellAddress(issue.cell);
    const row = position?.row ?? issue.row - 1;
    switch (kind) {
      case 'mergeContinuation': {
        const task = taskOfRemainder.get(row) ?? tasks.find((candidate) => candidate.row === row);
        if (!task) {
          unapplied.push(issue);
          break;
        }
        const written = merges.get(task) ?? new Map<string, WritableValue>();
        for (const operation of issue.fix.operations) {
          if (operation.op !== 'writeBlock' || operation.sheet !== report.sheet) continue;
          operation.values.forEach((values, r) =>
            values.forEach((value, c) => written.set(cellAddress(operation.row + r, operation.column + c), value)),
          );
        }
        merges.set(task, written);
        break;
      }
      case 'dropRepeatedHeader':
        if (rowKind.get(row) === 'repeatedHeader') sheet.delete(row, kind);
        else unapplied.push(issue);
        break;
      case 'normalizeText':
        if (position) textCells.push(position);
        else unapplied.push(issue);
        break;
      case 'mapSelfAssessment':
      case 'fillPeriod': {
        const value = issue.fix.replacement ?? (kind === 'fillPeriod' ? report.title?.period?.label : undefined);
        if (position && value !== undefined) replacements.push({ target: position, value, kind, issue });
        else unapplied.push(issue);
        break;
      }
      case null:
        unapplied.push(issue);
        break;
      default:
        return kind satisfies never;
    }
  }

  // 1. Remainders first: later fixes see the task's whole text. The joined text holds every remainder of
  //    the task, so accepting one remainder's merge merges them all (else a row's text would appear twice).
  const mergedInto = new Map<number, number>();
  for (const [task, written] of merges) {
    for (const [role, column] of roleColumns) {
      const joined = task.joined[role] ?? '';
      const own = ownCellText(grid, task.row, column);
      const address = cellAddress(task.row, column);
      // The rule's value wins: it writes a joined serial back in a form that reads as the same serial.
      const value = written.get(address) ?? (joined.trim() === own.trim() ? undefined : joined);
      if (value !== undefined && !isMergeFollower(grid, task.row, column)) sheet.set(task.row, column, value, 'mergeContinuation');
    }
    for (const row of task.continuationRows) {
      sheet.delete(row, 'mergeContinuation');
      mergedInto.set(row, task.row);
    }
  }

  // 2. Text normalisation on whatever the cell holds now; a remainder's cell is now its task's cell.
  const normalised = new Set<string>();
  for (const target of textCells) {
    const row = mergedInto.get(target.row) ?? target.row;
    const key = cellAddress(row, target.column);
    if (normalised.has(key)) continue;
    normalised.add(key);
    const before = sheet.text(row, target.column);
    const after = textRepairs.normalizeText(before);
    if (after !== before) sheet.set(row, target.column, after, 'normalizeText');
  }

  // 3. Whole-cell replacements; the rules judged the joined text, so they hold after a merge too.
  for (const { target, value, kind, issue } of replacements) {
    if (sheet.deleted.has(target.row)) {
      unapplied.push(issue);
      continue;
    }
    if (sheet.text(target.row, target.column) !== value) sheet.set(target.row, target.column, value, kind);
  }

  return diff(grid, sheet, report.sheet, unapplied);
}

function sameValue(left: CellValue, right: CellValue): boolean {
  if (isCellError(left) || isCellError(right)) return isCellError(left) && isCellError(right) && left.error === right.error;
  return left === right;
}

function diff(grid: SheetGrid, sheet: VirtualSheet, name: string, unapplied: readonly Issue[]): RepairPlan {
  const operations: WorkbookOperation[] = [];
  const edits: RepairEdit[] = [];
  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 0);

  for (let row = 0; row < sheet.values.length; row += 1) {
    if (sheet.deleted.has(row)) continue;
    const changed: number[] = [];
    for (let column = 0; column < width; column += 1) {
      const before = grid.values[row]?.[column] ?? null;
      const after = sheet.values[row]?.[column] ?? null;
      if (sameValue(before, after)) continue;
      changed.push(column);
      const kinds = sheet.touched.get(cellAddress(row, column)) ?? [];
      const [kind] = kinds;
      if (kind) edits.push({ cell: cellAddress(row, column), before: grid.text[row]?.[column] ?? displayTextOf(before), after: displayTextOf(after), kind, kinds });
    }
    for (const [start, count] of runsOf(changed)) {
      const values = Array.from({ length: count }, (_, offset) => writableValue(sheet.values[row]?.[start + offset] ?? null));
      operations.push({ op: 'writeBlock', sheet: name, row, column: start, values: [values] });
    }
  }

  const deletedRows = [...sheet.deleted.keys()].sort((a, b) => a - b);
  for (const row of deletedRows) {
    const kind = sheet.deleted.get(row) ?? 'mergeContinuation';
    const texts = (grid.text[row] ?? []).map((text) => text.trim()).filter((text) => text !== '');
    edits.push({ cell: rangeAddress(row, 0, row, Math.max(width - 1, 0)), before: texts.join(' | '), after: '', kind, kinds: [kind] });
  }
  // One row per deletion: the port allows runs, but ExcelJS's spliceRows loses rows when a run of two or more
  // ends fewer rows than its length before the sheet's end (the footer after the last page-split remainder).
  for (const row of deletedRows) operations.push({ op: 'deleteRows', sheet: name, row, count: 1 });
  edits.sort((a, b) => (parseCellAddress(a.cell.split(':')[0] ?? '')?.row ?? 0) - (parseCellAddress(b.cell.split(':')[0] ?? '')?.row ?? 0));
  return { operations, edits, unapplied };
}

/** Runs of consecutive numbers in an ascending list, as [first, count]: [3, 4, 7] → [[3, 2], [7, 1]]. */
function runsOf(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const value of sorted) {
    const last = runs.at(-1);
    if (last && last[0] + last[1] === value) last[1] += 1;
    else runs.push([value, 1]);
  }
  return runs;
}
