/**
 * The rows and columns of 汇总: every task row of every source exactly once, continuation rows merged
 * in, ordered by natural serial order with the rows of one serial together in source order.
 */
import { formatMessage, type Language } from '../messages';
import type { WritableValue } from '../ports';
import { COLUMN_ROLES, STANDARD_HEADERS, type ColumnRole } from '../report/types';
import { collectTaskRows, extraColumnsOf, type CollectedTask } from './_lib/collectTaskRows';
import { compareSerialsNaturally, serialDisplay, serialKey } from './_lib/serialKey';
import { isSameUnit } from './_lib/unitNames';
import { unitOfSource } from './_lib/unitOfSource';
import type { CompiledColumn, CompiledRow, CompileSource } from './types';

export interface CompiledRows {
  readonly columns: readonly CompiledColumn[];
  readonly rows: readonly CompiledRow[];
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
  const collected = sources.map((source) => collectTaskRows(source));
  const rows: CompiledRow[] = [];
  collected.forEach((tasks, sourceIndex) => {
    const source = sources[sourceIndex];
    const unit = sourceUnits[sourceIndex] ?? '';
    if (source === undefined) return;
    for (const task of tasks) rows.push(compiledRowOf(task, sourceIndex, source, unit, columns, language));
  });
  return {
    columns,
    rows: orderBySerial(rows),
    sourceUnits,
    units,
    tasksPerSource: collected.map((tasks) => tasks.length),
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

function compiledRowOf(
  task: CollectedTask,
  sourceIndex: number,
  source: CompileSource,
  unit: string,
  columns: readonly CompiledColumn[],
  language: Language,
): CompiledRow {
  const roleTexts: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const cell = task.roles[role];
    if (cell !== undefined) roleTexts[role] = cell.text;
  }
  const extraTexts: Record<string, string> = {};
  for (const [key, cell] of Object.entries(task.extras)) extraTexts[key] = cell.text;
  const origin = formatMessage(language, 'consolidate.origin', {
    file: source.origin.file,
    sheet: source.origin.sheet,
    rows: task.sourceRows.join(formatMessage(language, 'consolidate.rowSeparator')),
  });
  const values = columns.map((column): WritableValue => {
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
  });
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

/**
 * Groups rows by serial (a row without one is a group of its own) and orders the groups naturally;
 * groups the natural order cannot tell apart keep the order in which they were first seen.
 */
function orderBySerial(rows: readonly CompiledRow[]): CompiledRow[] {
  const groups = new Map<string, { first: number; rows: CompiledRow[] }>();
  rows.forEach((row, index) => {
    const key = serialKey(row.serial) || `none:${index}`;
    const group = groups.get(key);
    if (group) group.rows.push(row);
    else groups.set(key, { first: index, rows: [row] });
  });
  return [...groups.values()]
    .sort((a, b) => compareSerialsNaturally(a.rows[0]?.serial ?? null, b.rows[0]?.serial ?? null) || a.first - b.first)
    .flatMap((group) => group.rows);
}
