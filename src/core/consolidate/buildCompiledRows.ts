/**
 * The rows and columns of 汇总: every task row of every source exactly once, continuation rows merged
 * in, ordered by natural serial order with the rows of one serial together in source order.
 */
import type { DocumentTableOrigin } from '../grid/sheetGrid';
import { tableRowsOf } from '../issues/documentPlace';
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
 * The rows of 汇总 built one source at a time: a source's report, grid and merged tasks are needed only
 * while it is added, so a caller that reads one file at a time holds no more than the compiled rows.
 * Columns of extra headers are added as sources bring them; a row made before a column existed has no
 * value there, exactly as a source without that column (null), so the result is the same in any case.
 *
 * @example
 * const builder = new CompiledRowsBuilder('zh-CN');
 * builder.add({ origin: { file: '商务.xlsx', sheet: '三季度' }, report });
 * builder.finish().rows[0].values
 * // [112, '拓展外资来源地…', '三季度', '…', '…', '完成', '市商务局', '商务.xlsx｜三季度｜第5行']
 */
export class CompiledRowsBuilder {
  private readonly units: string[] = [];
  private readonly sourceUnits: string[] = [];
  private readonly columns: CompiledColumn[];
  private readonly extraKeys = new Set<string>();
  private readonly rows: KeyedRow[] = [];
  private readonly tasksPerSource: number[] = [];
  private readonly separator: string;
  private readonly pool = new TextPool();

  constructor(private readonly language: Language) {
    this.columns = COLUMN_ROLES.map((role): CompiledColumn => ({ kind: 'role', role, header: STANDARD_HEADERS[role] }));
    this.columns.push({ kind: 'unit', header: formatMessage(language, 'consolidate.header.unit') });
    this.columns.push({ kind: 'origin', header: formatMessage(language, 'consolidate.header.origin') });
    this.separator = formatMessage(language, 'consolidate.rowSeparator');
  }

  /** The source's rows compiled; returns the unit the source was counted under. */
  add(source: CompileSource): string {
    const sourceIndex = this.sourceUnits.length;
    const unit = this.unitNameOf(source);
    this.sourceUnits.push(unit);
    for (const extra of extraColumnsOf(source)) {
      if (this.extraKeys.has(extra.key)) continue;
      this.extraKeys.add(extra.key);
      this.columns.push({ kind: 'extra', header: extra.header, key: extra.key });
    }
    const tasks = collectTaskRows(source);
    const documentTable = source.grid?.documentTable;
    const originOf = originFormatter(source.origin, this.language, documentTable);
    for (const task of tasks) {
      // A Word table's rows are told as the document shows them: rows of the table, not of the grid read from it.
      const rows = documentTable === undefined ? task.sourceRows : tableRowsOf(task.sourceRows, documentTable);
      const row = compiledRowOf(task, sourceIndex, source, unit, this.columns, originOf(rows.join(this.separator)), this.pool);
      this.rows.push({ row, key: serialKey(row.serial) });
    }
    this.tasksPerSource.push(tasks.length);
    return unit;
  }

  finish(): CompiledRows {
    const width = this.columns.length;
    const ordered = orderBySerial(this.rows);
    return {
      columns: [...this.columns],
      rows: ordered.map((keyed) => (keyed.row.values.length < width ? widened(keyed.row, width) : keyed.row)),
      serialKeys: ordered.map((keyed) => keyed.key),
      sourceUnits: [...this.sourceUnits],
      units: [...this.units],
      tasksPerSource: [...this.tasksPerSource],
    };
  }

  private unitNameOf(source: CompileSource): string {
    const named = unitOfSource(source);
    const known = this.units.find((unit) => isSameUnit(unit, named));
    if (known !== undefined) return known;
    this.units.push(named);
    return named;
  }
}

/** A row made before some extra column existed: null there, as for any source without that column. */
function widened(row: CompiledRow, width: number): CompiledRow {
  const values = [...row.values];
  while (values.length < width) values.push(null);
  return { ...row, values };
}

/**
 * `consolidate.origin` of one source for any list of rows: the message is formatted once per source
 * around a marker that no file or sheet name contains, and only the rows differ from task to task.
 */
function originFormatter(origin: SourceOrigin, language: Language, documentTable: DocumentTableOrigin | undefined): (rows: string) => string {
  // A table of a Word document names its format, so the lead office knows what to open to find the row.
  const key = documentTable === undefined ? 'consolidate.origin' : 'consolidate.origin.documentTable';
  const params = { file: origin.file, sheet: origin.sheet, table: documentTable?.table ?? '' };
  const marked = formatMessage(language, key, { ...params, rows: ROWS_MARKER });
  const at = marked.indexOf(ROWS_MARKER);
  if (at < 0 || marked.indexOf(ROWS_MARKER, at + 1) >= 0) {
    return (rows) => formatMessage(language, key, { ...params, rows });
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
  pool: TextPool,
): CompiledRow {
  const roleTexts: Partial<Record<ColumnRole, string>> = {};
  for (const role of COLUMN_ROLES) {
    const cell = task.roles[role];
    if (cell !== undefined) roleTexts[role] = pool.share(cell.text);
  }
  let extraTexts: Record<string, string> = NO_EXTRA_TEXTS;
  for (const [key, cell] of Object.entries(task.extras)) {
    if (extraTexts === NO_EXTRA_TEXTS) extraTexts = {};
    extraTexts[key] = cell.text;
  }
  // `map` sizes the array exactly: a million rows are held until 汇总 is written.
  const values = columns.map((column): WritableValue => {
    const value = valueOf(column, task, unit, origin);
    return typeof value === 'string' ? pool.share(value) : value;
  });
  return {
    sourceIndex,
    unit,
    origin: source.origin,
    sourceRows: task.sourceRows,
    serial: task.task.serial,
    serialText: pool.share(serialDisplay(task.task.serial)),
    roleTexts,
    extraTexts,
    values,
    responsibleUnits: task.task.responsibility.units.map((named) => pool.share(named)),
  };
}

const NO_EXTRA_TEXTS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Short texts that rows repeat (时间, 自我评价, serials, unit names) held once: each file read brings its own
 * copies, and a million rows would otherwise keep a million copies of 三季度. Long texts are left alone,
 * and the pool stops growing past a bound, so texts that never repeat cost it nothing more.
 */
class TextPool {
  private readonly texts = new Map<string, string>();

  share(text: string): string {
    if (text.length > SHORT_TEXT) return text;
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < POOL_LIMIT) this.texts.set(text, text);
    return text;
  }
}

const SHORT_TEXT = 24;
const POOL_LIMIT = 100_000;

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
