/**
 * The rows and columns of 汇总: every task row of every source exactly once, continuation rows merged
 * in, ordered by natural serial order with the rows of one serial together in source order.
 */
import { formatMessage, type Language } from '../messages';
import type { WritableValue } from '../ports';
import { COLUMN_ROLES, STANDARD_HEADERS, type ColumnRole } from '../report/types';
import { collectTaskRows, extraColumnsOf, type CollectedTask } from './_lib/collectTaskRows';
import { serialKey } from '../report/parseSerial';
import { compareSerialsNaturally, serialDisplay } from './_lib/serialOrder';
import { isSameUnit } from './_lib/unitNames';
import { unitOfSource } from './_lib/unitOfSource';
import type { CompiledColumn, CompiledRow, CompileSource, SourceOrigin } from './types';

export interface CompiledRows {
  readonly columns: readonly CompiledColumn[];
  readonly rows: readonly CompiledRow[];
  /** `serialKey` of each row, in the order of `rows`: made once here, used by every finding. */
  readonly serialKeys: readonly string[];
  /** Unit of each source, one name per unit across sources (`济南市商务局` and `市商务局` are one). */
  readonly sourceUnits: readonly string[];
  readonly units: readonly string[];
  readonly tasksPerSource: readonly number[];
}

/**
 * @example
 * buildCompiledRows([{ origin: { file: '商务.xlsx', sheet: '三季度' }, report }], 'zh-CN').rows[0].values
 * // [112, '拓展外资来源地…', '三季度', '…', '…', '完成', '市商务局', '商务.xlsx｜三季度｜第5行']
 */
export function buildCompiledRows(sources: readonly CompileSource[], language: Language): CompiledRows {
  const units: string[] = [];
  const sourceUnits = sources.map((source) => {
    const named = unitOfSource(source);
    const known = units.find((unit) => isSameUnit(unit, named));
    if (known !== undefined) return known;
    units.push(named);
    return named;
  });
  const columns = compiledColumns(sources, language);
  const separator = formatMessage(language, 'consolidate.rowSeparator');
  const rows: KeyedRow[] = [];
  // Source by source, so that each source's merged tasks are dropped as soon as its rows are made.
  const tasksPerSource = sources.map((source, sourceIndex) => {
    const tasks = collectTaskRows(source);
    const unit = sourceUnits[sourceIndex] ?? '';
    const originOf = originFormatter(source.origin, language);
    for (const task of tasks) {
      const row = compiledRowOf(task, sourceIndex, source, unit, columns, originOf(task.sourceRows.join(separator)));
      rows.push({ row, key: serialKey(row.serial) });
    }
    return tasks.length;
  });
  const ordered = orderBySerial(rows);
  return {
    columns,
    rows: ordered.map((keyed) => keyed.row),
    serialKeys: ordered.map((keyed) => keyed.key),
    sourceUnits,
    units,
    tasksPerSource,
  };
}

function compiledColumns(sources: readonly CompileSource[], language: Language): CompiledColumn[] {
  const columns: CompiledColumn[] = COLUMN_ROLES.map((role) => ({ kind: 'role', role, header: STANDARD_HEADERS[role] }));
  columns.push({ kind: 'unit', header: formatMessage(language, 'consolidate.header.unit') });
  columns.push({ kind: 'origin', header: formatMessage(language, 'consolidate.header.origin') });
  const seen = new Set<string>();
  for (const source of sources) {
    for (const extra of extraColumnsOf(source)) {
      if (seen.has(extra.key)) continue;
      seen.add(extra.key);
      columns.push({ kind: 'extra', header: extra.header, key: extra.key });
    }
  }
  return columns;
}

/**
 * `consolidate.origin` of one source for any list of rows: the message is formatted once per source
 * around a marker that no file or sheet name contains, and only the rows differ from task to task.
 */
function originFormatter(origin: SourceOrigin, language: Language): (rows: string) => string {
  const marked = formatMessage(language, 'consolidate.origin', { file: origin.file, sheet: origin.sheet, rows: ROWS_MARKER });
  const at = marked.indexOf(ROWS_MARKER);
  if (at < 0 || marked.indexOf(ROWS_MARKER, at + 1) >= 0) {
    return (rows) => formatMessage(language, 'consolidate.origin', { file: origin.file, sheet: origin.sheet, rows });
  }
  const before = marked.slice(0, at);
  const after = marked.slice(at + ROWS_MARKER.length);
  return (rows) => before + rows + after;
}

/** NUL cannot occur in an .xlsx sheet name or in a file name. */
const ROWS_MARKER = '\u0000rows\u0000';

function compiledRowOf(
  task: CollectedTask,
  sourceIndex: number,
  source: CompileSource,
  unit: string,
  columns: readonly CompiledColumn[],
  origin: string,
): CompiledRow {
  const roleTexts: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const cell = task.roles[role];
    if (cell !== undefined) roleTexts[role] = cell.text;
  }
  const extraTexts: Record<string, string> = {};
  for (const [key, cell] of Object.entries(task.extras)) extraTexts[key] = cell.text;
  const values: WritableValue[] = [];
  for (const column of columns) values.push(valueOf(column, task, unit, origin));
  return {
    sourceIndex,
    unit,
    origin: source.origin,
    sourceRows: task.sourceRows,
    serial: task.task.serial,
    serialText: serialDisplay(task.task.serial),
    roleTexts,
    extraTexts,
    values,
    responsibleUnits: task.task.responsibility.units,
  };
}

function valueOf(column: CompiledColumn, task: CollectedTask, unit: string, origin: string): WritableValue {
  switch (column.kind) {
    case 'role':
      return task.roles[column.role]?.value ?? null;
    case 'unit':
      return unit === '' ? null : unit;
    case 'origin':
      return origin;
    case 'extra':
      return task.extras[column.key]?.value ?? null;
    default:
      return column satisfies never;
  }
}

/**
 * Groups rows by serial (a row without one is a group of its own) and orders the groups naturally;
 * groups the natural order cannot tell apart keep the order in which they were first seen.
 */
function orderBySerial(rows: readonly KeyedRow[]): KeyedRow[] {
  const groups = new Map<string, { first: number; rows: KeyedRow[] }>();
  rows.forEach((keyed, index) => {
    const key = keyed.key || `none:${index}`;
    const group = groups.get(key);
    if (group) group.rows.push(keyed);
    else groups.set(key, { first: index, rows: [keyed] });
  });
  return [...groups.values()]
    .sort((a, b) => compareSerialsNaturally(a.rows[0]?.row.serial ?? null, b.rows[0]?.row.serial ?? null) || a.first - b.first)
    .flatMap((group) => group.rows);
}

/** A compiled row with its serial key, so the key is made once per row. */
interface KeyedRow {
  readonly row: CompiledRow;
  readonly key: string;
}
