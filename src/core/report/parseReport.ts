/** Parses a sheet grid into a progress report (DOMAIN §1): title, metadata, header, every row classified. */
import { cellAddress } from '../grid/a1';
import { isCellError, type CellValue, type MergedArea, type SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import { findHeaderRow, repeatsHeader } from './findHeaderRow';
import { parsePeriod } from './parsePeriod';
import { parseResponsibility } from './parseResponsibility';
import { parseSerial } from './parseSerial';
import { readMetadata, readTitle, startsWithMetadataLabel } from './readMetadata';
import { reportIssue } from './reportIssue';
import {
  COLUMN_ROLES,
  STANDARD_HEADERS,
  type ColumnRole,
  type HeaderRow,
  type ParseResult,
  type ReportCell,
  type ReportRow,
  type RowCells,
  type Serial,
  type TaskRow,
} from './types';

/** Roles a progress sheet must have; a sheet without one of them gets `header.columnMissing`. */
export const REQUIRED_ROLES: readonly ColumnRole[] = COLUMN_ROLES;

/**
 * Parses a grid into a report. Never throws on user data: a sheet without a header gives
 * `report: null` and a `header.missing` issue.
 *
 * @example
 * const { report } = parseReport(gridFromRows('三季度', seed000Rows));
 * report?.rows.filter((row) => row.kind === 'task').length // 38
 */
export function parseReport(grid: SheetGrid): ParseResult {
  const header = findHeaderRow(grid);
  if (header === null) {
    return { report: null, issues: [reportIssue({ rule: 'header.missing', severity: 'error', sheet: grid.name })] };
  }
  const issues: Issue[] = [];
  for (const role of REQUIRED_ROLES) {
    if (header.roles[role] === undefined) {
      issues.push(
        reportIssue({
          rule: 'header.columnMissing',
          severity: 'error',
          sheet: grid.name,
          cell: cellAddress(header.row, 0),
          column: STANDARD_HEADERS[role],
          params: { column: STANDARD_HEADERS[role] },
        }),
      );
    }
  }
  const rows = classifyRows(grid, header);
  const metadataRows: number[] = [];
  for (let row = 0; row < header.row; row += 1) metadataRows.push(row);
  for (const row of rows) if (row.kind === 'footer') metadataRows.push(row.row);
  return {
    report: {
      sheet: grid.name,
      title: readTitle(grid, header.row),
      metadata: readMetadata(grid, metadataRows),
      header,
      rows,
    },
    issues,
  };
}

/** Cells covered by a merged area read as the area's top-left cell, as Excel shows them. */
class MergedCells {
  private readonly topLeft = new Map<number, readonly [number, number]>();

  constructor(
    merges: readonly MergedArea[],
    private readonly width: number,
    height: number,
  ) {
    for (const merge of merges) {
      for (let row = merge.top; row <= Math.min(merge.bottom, height - 1); row += 1) {
        for (let column = merge.left; column <= Math.min(merge.right, width - 1); column += 1) {
          if (row !== merge.top || column !== merge.left) this.topLeft.set(row * width + column, [merge.top, merge.left]);
        }
      }
    }
  }

  /** The top-left cell of the merged area covering (row, column), or null when the cell is its own. */
  ownerOf(row: number, column: number): readonly [number, number] | null {
    return this.topLeft.get(row * this.width + column) ?? null;
  }

  isCovered(row: number, column: number): boolean {
    return this.topLeft.has(row * this.width + column);
  }
}

const SECTION_HEADING = /^(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+(?:部分|章|节|类|项))|(?:民生实事|重点工作|重点任务|工作任务|实事项目)[:：]?$/;
const FOOTER_LABEL = /^\s*(?:审核人|审核|负责人|分管领导|单位负责人|制表人|制表|填表人|注|备注|说明)\s*[:：]/;
/** A text that ends a sentence; a cell cut mid-sentence by a page break does not. */
const SENTENCE_END = /[。！？；.!?;）)”"]\s*$/;
const LONGEST_HEADING = 40;

interface MutableTask {
  row: number;
  cells: RowCells;
  extra: ReportCell[];
  continuationRows: number[];
  joined: Partial<Record<ColumnRole, string>>;
  /** Where the last text of each role ends (the task or its latest remainder), to tell a cut sentence. */
  lastTexts: Partial<Record<ColumnRole, string>>;
  /** The serial cell's own text and any serial fragments in remainders. */
  serialFragments: string[];
}

function classifyRows(grid: SheetGrid, header: HeaderRow): ReportRow[] {
  const width = grid.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const merged = new MergedCells(grid.merges, width, grid.values.length);
  const roleColumns = COLUMN_ROLES.flatMap((role) => {
    const column = header.roles[role];
    return column === undefined ? [] : [[role, column] as const];
  });
  const extraColumns = header.columns.filter((column) => column.role === null);

  const cellAt = (row: number, column: number): ReportCell => {
    // Most cells are their own: no pair is made for them.
    const owner = merged.ownerOf(row, column);
    const sourceRow = owner === null ? row : owner[0];
    const sourceColumn = owner === null ? column : owner[1];
    const value: CellValue = grid.values[sourceRow]?.[sourceColumn] ?? null;
    return {
      address: cellAddress(sourceRow, sourceColumn),
      row: sourceRow,
      column: sourceColumn,
      value,
      text: grid.text[sourceRow]?.[sourceColumn] ?? '',
    };
  };
  const roleCells = (row: number): RowCells => {
    const cells: Partial<Record<ColumnRole, ReportCell>> = {};
    for (const [role, column] of roleColumns) cells[role] = cellAt(row, column);
    return cells;
  };

  // Tasks stay pending until their remainders are known: the serial and the parenthesis may sit in a remainder.
  const rows: (ReportRow | { readonly kind: 'pendingTask'; readonly task: MutableTask })[] = [];
  let currentTask: MutableTask | null = null;
  let previousKind: ReportRow['kind'] | null = null;
  let seenFooter = false;
  const roleCache = new Map<string, ColumnRole | null>();
  // Where the current row's own cells are read: one object for the whole sheet, its row moved along.
  const own: OwnCells = { grid, header, merged, row: header.row };

  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const filled = filledColumns(grid, row, width);
    let classified: ReportRow | { readonly kind: 'pendingTask'; readonly task: MutableTask };
    if (filled.length === 0) {
      classified = { kind: 'blank', row };
    } else if (repeatsHeader(grid, row, header, roleCache)) {
      classified = { kind: 'repeatedHeader', row };
    } else if (isFooterRow(grid, row, filled, seenFooter)) {
      classified = { kind: 'footer', row, text: filled.map((column) => grid.text[row]?.[column] ?? '').join(' ').trim() };
      seenFooter = true;
    } else {
      const cells = roleCells(row);
      own.row = row;
      const afterPageBreak = previousKind === 'repeatedHeader';
      if (currentTask !== null && isContinuation(currentTask, own, cells, afterPageBreak)) {
        const task = currentTask;
        task.continuationRows.push(row);
        for (const [role] of roleColumns) {
          const remainder = ownText(own, role);
          if (remainder === '') continue;
          task.joined[role] = `${task.joined[role] ?? ''}${remainder}`;
          task.lastTexts[role] = remainder;
          if (role === 'serial') task.serialFragments.push(remainder);
        }
        classified = { kind: 'continuation', row, taskRow: task.row, cells };
      } else if (isSectionHeading(grid, row, filled, header, merged)) {
        classified = { kind: 'sectionHeading', row, text: (grid.text[row]?.[filled[0] ?? 0] ?? '').trim() };
        currentTask = null;
      } else {
        const joined: Partial<Record<ColumnRole, string>> = {};
        for (const [role] of roleColumns) joined[role] = cellTextOf(cells, role);
        currentTask = {
          row,
          cells,
          extra: extraColumns.map((column) => cellAt(row, column.column)),
          continuationRows: [],
          joined,
          lastTexts: { ...joined },
          serialFragments: [cellTextOf(cells, 'serial')],
        };
        classified = { kind: 'pendingTask', task: currentTask };
      }
    }
    rows.push(classified);
    if (classified.kind !== 'blank') previousKind = classified.kind === 'pendingTask' ? 'task' : classified.kind;
  }
  return rows.map((row) => (row.kind === 'pendingTask' ? completeTask(row.task) : row));
}

/** The trimmed text of a role's cell (a merged cell reads as its top-left). A formula error has no text to read; the cell.formulaError rule reports it. */
function cellTextOf(cells: RowCells, role: ColumnRole): string {
  const cell = cells[role];
  return cell === undefined || isCellError(cell.value) ? '' : cell.text.trim();
}

/** Where a row's own cells are read: module functions rather than closures made afresh for every row. */
interface OwnCells {
  readonly grid: SheetGrid;
  readonly header: HeaderRow;
  readonly merged: MergedCells;
  /** Moved along as the sheet is read. */
  row: number;
}

/** The trimmed text the row itself holds in a role's column: empty under a merge or a formula error. */
function ownText(own: OwnCells, role: ColumnRole): string {
  const { grid, header, merged, row } = own;
  const column = header.roles[role];
  if (column === undefined || merged.isCovered(row, column) || isCellError(grid.values[row]?.[column] ?? null)) return '';
  return (grid.text[row]?.[column] ?? '').trim();
}

function completeTask(task: MutableTask): TaskRow {
  const ownSerial = parseSerial(task.cells.serial?.value ?? null);
  const joinedSerial = task.continuationRows.length > 0 ? joinSerialFragments(task.serialFragments) : ownSerial;
  const serial: Serial | null = ownSerial?.form === 'other' && joinedSerial && joinedSerial.form !== 'other' ? joinedSerial : ownSerial;
  return {
    kind: 'task',
    row: task.row,
    cells: task.cells,
    extra: task.extra,
    serial,
    responsibility: parseResponsibility(task.joined.task ?? ''),
    period: parsePeriod(task.joined.period ?? ''),
    continuationRows: task.continuationRows,
    joined: task.joined,
  };
}

/**
 * A serial split by a page break (`省民` + `生 实 事 第 16 项`). PDF copies sometimes repeat the
 * character at the cut (`省民生实事` + `事 第 30 项`), so an overlap is dropped when only that reads.
 */
function joinSerialFragments(fragments: readonly string[]): Serial | null {
  const joined = fragments.join('');
  const plain = parseSerial(joined);
  if (plain === null || plain.form !== 'other' || fragments.length !== 2) return plain;
  const [head = '', tail = ''] = fragments.map((fragment) => fragment.replace(/\s+/g, ''));
  for (let overlap = 1; overlap <= Math.min(head.length, tail.length); overlap += 1) {
    if (head.slice(-overlap) !== tail.slice(0, overlap)) continue;
    const candidate = parseSerial(head + tail.slice(overlap));
    if (candidate !== null && candidate.form !== 'other') return { ...candidate, text: joined };
  }
  return plain;
}

function filledColumns(grid: SheetGrid, row: number, width: number): number[] {
  const filled: number[] = [];
  const texts = grid.text[row];
  if (!texts) return filled;
  for (let column = 0; column < width; column += 1) {
    const text = texts[column];
    if (text !== undefined && text.trim() !== '') filled.push(column);
  }
  return filled;
}

/** Roles whose text a page break may cut mid-sentence. */
const CUT_ROLES: readonly ColumnRole[] = ['task', 'milestone', 'progress'];

/**
 * A page-split remainder: no period or self-assessment of its own, no serial of its own (or only a
 * fragment such as `生 实 事 第 16 项`), and either right after a repeated header or continuing a
 * sentence the task left unfinished.
 */
function isContinuation(
  task: MutableTask,
  own: OwnCells,
  cells: RowCells,
  afterPageBreak: boolean,
): boolean {
  if (ownText(own, 'period') !== '' || ownText(own, 'selfAssessment') !== '') return false;
  const serialText = ownText(own, 'serial');
  if (serialText !== '') {
    const serial = parseSerial(serialText);
    const taskSerial = parseSerial(task.joined.serial ?? '');
    const isFragment = serial?.form === 'other' && (taskSerial === null || taskSerial.form === 'other');
    if (!isFragment) return false;
  }
  if (afterPageBreak) return true;
  // Without a page break, only a row that finishes a cut sentence of the task is its remainder.
  return CUT_ROLES.some((role) => {
    const last = task.lastTexts[role] ?? '';
    return ownText(own, role) !== '' && last !== '' && !SENTENCE_END.test(last) && cellTextOf(cells, role) !== '';
  });
}

function isFooterRow(grid: SheetGrid, row: number, filled: readonly number[], seenFooter: boolean): boolean {
  const first = grid.text[row]?.[filled[0] ?? 0] ?? '';
  if (filled.length > 3) return false;
  if (startsWithMetadataLabel(first) || FOOTER_LABEL.test(first)) return true;
  return seenFooter && filled.length <= 2;
}

function isSectionHeading(
  grid: SheetGrid,
  row: number,
  filled: readonly number[],
  header: HeaderRow,
  merged: MergedCells,
): boolean {
  if (filled.length !== 1) return false;
  const column = filled[0] ?? 0;
  const text = (grid.text[row]?.[column] ?? '').trim();
  if (text.length > LONGEST_HEADING) return false;
  const spansRow = grid.merges.some((merge) => merge.top === row && merge.left <= column && merge.right - merge.left >= 2);
  const roleOfColumn = header.columns.find((candidate) => candidate.column === column)?.role ?? null;
  if (roleOfColumn === 'period' || roleOfColumn === 'selfAssessment') return false;
  return spansRow || merged.isCovered(row, column + 1) || SECTION_HEADING.test(text);
}
