/**
 * A source's task rows as whole tasks: page-split remainder rows (continuations) are merged into the
 * task they continue before anything is compared or written, so a task is one row in 汇总. Role texts
 * are the report model's `joined` texts; extra columns are joined here the same way.
 */
import { cellText, displayTextOf, type CellValue, type SheetGrid } from '../../grid/sheetGrid';
import type { WritableValue } from '../../ports';
import type { ColumnRole, ContinuationRow, ReportCell, ReportRow, TaskRow } from '../../report/types';
import { COLUMN_ROLES } from '../../report/types';
import type { CompileSource } from '../types';

/** One cell of a merged task: its text and, when it can be kept as it was, its value. */
export interface MergedCell {
  readonly text: string;
  /** What to write: the number itself when the cell was a plain number and nothing was appended, else the text. */
  readonly value: WritableValue;
}

export interface CollectedTask {
  readonly task: TaskRow;
  /** 1-based source rows: the task row, then its continuation rows. */
  readonly sourceRows: readonly number[];
  readonly roles: Readonly<Partial<Record<ColumnRole, MergedCell>>>;
  /** By normalised header key. */
  readonly extras: Readonly<Record<string, MergedCell>>;
}

export interface ExtraColumnOfSource {
  readonly key: string;
  readonly header: string;
  readonly column: number;
}

/** The comparison form of an extra column's header: `备 注` and `备注` are one column. */
export function headerKey(header: string): string {
  return header.normalize('NFKC').replace(/\s+/g, '');
}

export function extraColumnsOf(source: CompileSource): ExtraColumnOfSource[] {
  return source.report.header.columns
    .filter((column) => column.role === null && headerKey(column.header) !== '')
    .map((column) => ({ key: headerKey(column.header), header: column.header.replace(/\s+/g, ' ').trim(), column: column.column }));
}

export function collectTaskRows(source: CompileSource): CollectedTask[] {
  const continuations = new Map<number, ContinuationRow>();
  for (const row of source.report.rows) if (row.kind === 'continuation') continuations.set(row.row, row);
  const extraColumns = extraColumnsOf(source);
  const presentRoles = COLUMN_ROLES.filter((role) => source.report.header.roles[role] !== undefined);
  const grid = source.grid;
  const tasks: CollectedTask[] = [];
  for (const row of source.report.rows) {
    if (!isTaskRow(row)) continue;
    const parts =
      row.continuationRows.length === 0
        ? NO_PARTS
        : row.continuationRows.map((rowIndex) => continuations.get(rowIndex)).filter((part): part is ContinuationRow => part !== undefined);
    const roles: Partial<Record<ColumnRole, MergedCell>> = {};
    for (const role of presentRoles) roles[role] = joinedCell(row.cells[role], row.joined[role] ?? '');
    const extras: Record<string, MergedCell> = {};
    for (const extra of extraColumns) {
      const own = row.extra.find((cell) => cell.column === extra.column);
      // The report model keeps extra cells of the task row only; a remainder row's extra cells are read from the sheet.
      const appended = grid ? parts.map((part) => ownCellText(grid, part.row, extra.column)) : [];
      const merged = mergeCell(own, appended);
      const previous = extras[extra.key];
      extras[extra.key] = previous ? joinSameHeaderCells(previous, merged) : merged;
    }
    const sourceRows = [row.row + 1];
    for (const part of parts) sourceRows.push(part.row + 1);
    tasks.push({ task: row, sourceRows, roles, extras });
  }
  return tasks;
}

/** Two columns of one sheet with one header (`备注` twice): both texts kept, one per line. */
function joinSameHeaderCells(first: MergedCell, second: MergedCell): MergedCell {
  if (second.text === '') return first;
  if (first.text === '') return second;
  const text = `${first.text}\n${second.text}`;
  return { text, value: text };
}

const NO_PARTS: readonly ContinuationRow[] = [];

function isTaskRow(row: ReportRow): row is TaskRow {
  return row.kind === 'task';
}

/** The report model's joined text (remainders appended); a plain number nothing was appended to stays a number. */
function joinedCell(cell: ReportCell | undefined, joined: string): MergedCell {
  if (cell !== undefined && isPlainNumber(cell.value, cell.text) && cell.text.trim() === joined) {
    return { text: joined, value: cell.value };
  }
  return { text: joined, value: joined === '' ? null : joined };
}

/** A cell's own text; '' for a cell covered by a merged area (its text belongs to the area's first row). */
function ownCellText(grid: SheetGrid, row: number, column: number): string {
  const covered = grid.merges.some(
    (merge) => row >= merge.top && row <= merge.bottom && column >= merge.left && column <= merge.right && (row !== merge.top || column !== merge.left),
  );
  return covered ? '' : cellText(grid, row, column);
}

function mergeCell(cell: ReportCell | undefined, appendedTexts: readonly string[]): MergedCell {
  const appended = appendedTexts.map((text) => text.trim()).join('');
  const text = (cell?.text ?? '').trim() + appended;
  if (appended === '' && cell !== undefined && isPlainNumber(cell.value, cell.text)) return { text, value: cell.value };
  return { text, value: text === '' ? null : text };
}

/** A plain number is written as the number (the serial column stays numeric) only when it shows as it is. */
function isPlainNumber(value: CellValue, text: string): value is number {
  return typeof value === 'number' && displayTextOf(value) === text;
}
