/**
 * Pairs the task rows of two reports the way consolidation groups them (`serialKey`, `taskTextKey`),
 * per 填报单位 when both sides hold several units (a compiled 汇总, or one sheet per bureau).
 */
import { serialKey } from '../../report/parseSerial';
import { taskTextKey } from '../../text/taskTextKey';
import type { ProgressReport, TaskRow } from '../../report/types';

/** One task row of one sheet, with the keys it is paired by. */
export interface KeyedTaskRow {
  readonly report: ProgressReport;
  readonly task: TaskRow;
  /** 填报单位 of the row ('' when neither a 填报单位 column nor the sheet's metadata names one). */
  readonly unit: string;
  readonly serial: string;
  readonly taskKey: string;
}

export interface TaskRowPair {
  readonly previous: KeyedTaskRow;
  readonly current: KeyedTaskRow;
}

export interface PairedTaskRows {
  readonly pairs: readonly TaskRowPair[];
  /** Rows of the previous report with no row in the current one. */
  readonly missing: readonly KeyedTaskRow[];
  /** Rows of the current report with no row in the previous one. */
  readonly added: readonly KeyedTaskRow[];
}

const UNIT_COLUMN = /^(?:填报单位|报送单位|单位)$/;

function normalizedUnit(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

export function keyedTaskRows(report: ProgressReport): KeyedTaskRow[] {
  const unitColumn = report.header.columns.find((column) => column.role === null && UNIT_COLUMN.test(normalizedUnit(column.header)));
  const sheetUnit = normalizedUnit(report.metadata.unit?.text ?? '');
  const rows: KeyedTaskRow[] = [];
  for (const row of report.rows) {
    if (row.kind !== 'task') continue;
    const ownUnit = unitColumn ? normalizedUnit(row.extra.find((cell) => cell.column === unitColumn.column)?.text ?? '') : '';
    rows.push({
      report,
      task: row,
      unit: ownUnit === '' ? sheetUnit : ownUnit,
      serial: serialKey(row.serial),
      taskKey: taskTextKey(row.joined.task ?? ''),
    });
  }
  return rows;
}

/** Units matter only when both reports name several: a bureau's own sheets of two quarters are one unit. */
function usesUnits(previous: readonly KeyedTaskRow[], current: readonly KeyedTaskRow[]): boolean {
  const units = (rows: readonly KeyedTaskRow[]) => new Set(rows.map((row) => row.unit).filter((unit) => unit !== ''));
  return units(previous).size > 1 && units(current).size > 1;
}

type KeyOf = (row: KeyedTaskRow) => string;

/** Pairs still-unpaired rows whose key is equal (and not empty), first with first, in sheet order. */
function pairBy(previous: KeyedTaskRow[], current: KeyedTaskRow[], keyOf: KeyOf, pairs: TaskRowPair[]): void {
  const waiting = new Map<string, KeyedTaskRow[]>();
  for (const row of previous) {
    const key = keyOf(row);
    if (key === '') continue;
    const list = waiting.get(key);
    if (list) list.push(row);
    else waiting.set(key, [row]);
  }
  const pairedPrevious = new Set<KeyedTaskRow>();
  const stillCurrent: KeyedTaskRow[] = [];
  for (const row of current) {
    const match = waiting.get(keyOf(row))?.shift();
    if (match === undefined) {
      stillCurrent.push(row);
      continue;
    }
    pairs.push({ previous: match, current: row });
    pairedPrevious.add(match);
  }
  const stillPrevious = previous.filter((row) => !pairedPrevious.has(row));
  previous.splice(0, previous.length, ...stillPrevious);
  current.splice(0, current.length, ...stillCurrent);
}

/**
 * Same serial and same task first; then the same task under another serial (the plan was renumbered);
 * then the same serial with an edited task text (reported as `previous.taskChanged`). Text before serial
 * alone, so a task inserted above a renumbered one does not take its place.
 */
export function pairTaskRows(previousRows: readonly KeyedTaskRow[], currentRows: readonly KeyedTaskRow[]): PairedTaskRows {
  const byUnit = usesUnits(previousRows, currentRows);
  const unitOf = (row: KeyedTaskRow) => (byUnit ? row.unit : '');
  const previous = [...previousRows];
  const current = [...currentRows];
  const pairs: TaskRowPair[] = [];
  pairBy(previous, current, (row) => (row.serial === '' || row.taskKey === '' ? '' : `${unitOf(row)}\u0000${row.serial}\u0000${row.taskKey}`), pairs);
  pairBy(previous, current, (row) => (row.taskKey === '' ? '' : `${unitOf(row)}\u0000${row.taskKey}`), pairs);
  pairBy(previous, current, (row) => (row.serial === '' ? '' : `${unitOf(row)}\u0000${row.serial}`), pairs);
  // Report in the current sheet's order, whatever step paired them.
  const order = new Map(currentRows.map((row, index) => [row, index]));
  pairs.sort((left, right) => (order.get(left.current) ?? 0) - (order.get(right.current) ?? 0));
  return { pairs, missing: previous, added: current };
}
