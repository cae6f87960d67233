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
import { sourceFileText } from './sourceFileText';
import type { CompiledColumn, CompiledRow, CompileSource, SourceOrigin } from './types';
import { displayTextOf } from '../grid/sheetGrid';
import type { Serial } from '../report/types';

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
  private readonly rows: CompactCompiledRow[] = [];
  private readonly tasksPerSource: number[] = [];
  private readonly separator: string;
  private readonly pool = new TextPool();
  private readonly serials = new SerialPool();

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
    const of: RowSource = { index: sourceIndex, unit, origin: source.origin, roles: COLUMN_ROLES.filter((role) => source.report.header.roles[role] !== undefined) };
    const documentTable = source.grid?.documentTable;
    const originOf = originFormatter(source.origin, this.language, documentTable);
    for (const task of tasks) {
      // A Word table's rows are told as the document shows them: rows of the table, not of the grid read from it.
      const origin = documentTable === undefined ? originOf(task.sourceRows.join(this.separator)) : this.tableOrigin(source.origin, documentTable, task.sourceRows, originOf);
      this.rows.push(compiledRowOf(task, of, this.columns, origin, this.pool, this.serials));
    }
    this.tasksPerSource.push(tasks.length);
    return unit;
  }

  finish(): CompiledRows {
    const width = this.columns.length;
    const ordered = orderBySerial(this.rows);
    for (const row of ordered) row.widen(width);
    return {
      columns: [...this.columns],
      rows: ordered,
      serialKeys: ordered.map((row) => row.serialKey),
      sourceUnits: [...this.sourceUnits],
      units: [...this.units],
      tasksPerSource: [...this.tasksPerSource],
    };
  }

  /** 来源 of rows of a Word table; a task that runs on into the next table (a page break) names both tables. */
  private tableOrigin(origin: SourceOrigin, documentTable: DocumentTableOrigin, gridRows: readonly number[], inFirstTable: (rows: string) => string): string {
    const groups = tableRowsOf(gridRows, documentTable);
    const [only] = groups;
    if (groups.length === 1 && only !== undefined && only.table === documentTable.table) return inFirstTable(only.rows.join(this.separator));
    const parts = groups.map((group) => formatMessage(this.language, 'consolidate.origin.tablePart', { table: group.table, rows: group.rows.join(this.separator) }));
    return formatMessage(this.language, 'consolidate.origin.documentTables', { file: sourceFileText(origin, this.language), parts: parts.join(formatMessage(this.language, 'consolidate.origin.tablePartSeparator')) });
  }

  private unitNameOf(source: CompileSource): string {
    const named = unitOfSource(source);
    const known = this.units.find((unit) => isSameUnit(unit, named));
    if (known !== undefined) return known;
    this.units.push(named);
    return named;
  }
}

/** What the rows of one source share: held once per source, not once per row. */
interface RowSource {
  readonly index: number;
  readonly unit: string;
  readonly origin: SourceOrigin;
  /** The roles the source's header has: a role it lacks has no text, one it has an empty text at least. */
  readonly roles: readonly ColumnRole[];
}

/**
 * A compiled row held compactly, since a province's million rows are all held until 汇总 is written: the
 * values array is the only per-row array; the role texts are read from it (kept apart only where a
 * text differs from its value's display), and unit, origin and the source rows come from what the
 * source's rows share. `toJSON` gives the plain `CompiledRow`.
 */
class CompactCompiledRow implements CompiledRow {
  constructor(
    private readonly source: RowSource,
    private valueArray: WritableValue[],
    readonly serial: Serial | null,
    /** `serialKey(serial)`, shared by every row of the serial. */
    readonly serialKey: string,
    readonly serialText: string,
    /** The first source row alone when the task has no continuation rows (most do not). */
    private readonly rowsOfSource: number | readonly number[],
    /** Role texts that are not their value's display text (a number kept beside its text, say); null when none. */
    private readonly textsApart: Readonly<Partial<Record<ColumnRole, string>>> | null,
    readonly extraTexts: Readonly<Record<string, string>>,
    readonly responsibleUnits: readonly string[],
  ) {}

  get sourceIndex(): number {
    return this.source.index;
  }

  get unit(): string {
    return this.source.unit;
  }

  get origin(): SourceOrigin {
    return this.source.origin;
  }

  get sourceRows(): readonly number[] {
    return typeof this.rowsOfSource === 'number' ? [this.rowsOfSource] : this.rowsOfSource;
  }

  get values(): readonly WritableValue[] {
    return this.valueArray;
  }

  get roleTexts(): Readonly<Partial<Record<ColumnRole, string>>> {
    const texts: Partial<Record<ColumnRole, string>> = {};
    for (const role of this.source.roles) texts[role] = this.roleText(role);
    return texts;
  }

  /** One role's text without making the whole `roleTexts` object; undefined when the source lacks the column. */
  roleText(role: ColumnRole): string | undefined {
    if (!this.source.roles.includes(role)) return undefined;
    return this.textsApart?.[role] ?? textOfValue(this.valueArray[COLUMN_ROLES.indexOf(role)] ?? null);
  }

  /** A row made before some extra column existed: null there, as for any source without that column. */
  widen(width: number): void {
    if (this.valueArray.length >= width) return;
    const values = [...this.valueArray];
    while (values.length < width) values.push(null);
    this.valueArray = values;
  }

  toJSON(): CompiledRow {
    const { sourceIndex, unit, origin, sourceRows, serial, serialText, roleTexts, extraTexts, values, responsibleUnits } = this;
    return { sourceIndex, unit, origin, sourceRows, serial, serialText, roleTexts, extraTexts, values, responsibleUnits };
  }
}

/** `row.roleTexts[role]`, read without making an object per row where the row is held compactly. */
export function roleTextOf(row: CompiledRow, role: ColumnRole): string | undefined {
  return row instanceof CompactCompiledRow ? row.roleText(role) : row.roleTexts[role];
}

/** The text a value is written as: what the role text is unless it was kept apart. */
function textOfValue(value: WritableValue): string {
  return value === null ? '' : displayTextOf(value);
}

/**
 * `consolidate.origin` of one source for any list of rows: the message is formatted once per source
 * around a marker that no file or sheet name contains, and only the rows differ from task to task.
 */
function originFormatter(origin: SourceOrigin, language: Language, documentTable: DocumentTableOrigin | undefined): (rows: string) => string {
  // A table of a Word document names its format, so the lead office knows what to open to find the row.
  const key = documentTable === undefined ? 'consolidate.origin' : 'consolidate.origin.documentTable';
  const params = { file: sourceFileText(origin, language), sheet: origin.sheet, table: documentTable?.table ?? '' };
  const marked = formatMessage(language, key, { ...params, rows: ROWS_MARKER });
  const at = marked.indexOf(ROWS_MARKER);
  if (at < 0 || marked.indexOf(ROWS_MARKER, at + 1) >= 0) {
    return (rows) => formatMessage(language, key, { ...params, rows });
  }
  const before = marked.slice(0, at);
  const after = marked.slice(at + ROWS_MARKER.length);
  // One flat string per row: a concatenation would keep three pieces (and two more objects) per row.
  return (rows) => [before, rows, after].join('');
}

/** NUL cannot occur in an .xlsx sheet name or in a file name. */
const ROWS_MARKER = '\u0000rows\u0000';

function compiledRowOf(
  task: CollectedTask,
  source: RowSource,
  columns: readonly CompiledColumn[],
  origin: string,
  pool: TextPool,
  serials: SerialPool,
): CompactCompiledRow {
  // `map` sizes the array exactly: a million rows are held until 汇总 is written.
  const values = columns.map((column): WritableValue => {
    const value = valueOf(column, task, source.unit, origin);
    return typeof value === 'string' ? pool.share(value) : value;
  });
  let textsApart: Partial<Record<ColumnRole, string>> | null = null;
  for (const role of source.roles) {
    const text = task.roles[role]?.text ?? '';
    if (text === textOfValue(values[COLUMN_ROLES.indexOf(role)] ?? null)) continue;
    textsApart ??= {};
    textsApart[role] = pool.share(text);
  }
  let extraTexts: Record<string, string> = NO_EXTRA_TEXTS;
  for (const [key, cell] of Object.entries(task.extras)) {
    if (extraTexts === NO_EXTRA_TEXTS) extraTexts = {};
    extraTexts[key] = cell.text;
  }
  const serial = serials.share(task.task.serial);
  const rows = task.sourceRows.length === 1 ? (task.sourceRows[0] ?? 0) : task.sourceRows;
  return new CompactCompiledRow(
    source,
    values,
    serial.serial,
    serial.key,
    serial.display,
    rows,
    textsApart,
    extraTexts,
    pool.shareList(task.task.responsibility.units),
  );
}

const NO_EXTRA_TEXTS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * Short texts that rows repeat (时间, 自我评价, serials, unit names) held once: each file read brings its own
 * copies, and a million rows would otherwise keep a million copies of 三季度. Long texts are left alone,
 * and the pool stops growing past a bound, so texts that never repeat cost it nothing more.
 */
class TextPool {
  private readonly texts = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  share(text: string): string {
    if (text.length > SHORT_TEXT) return text;
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < POOL_LIMIT) this.texts.set(text, text);
    return text;
  }

  /** A list of short texts (the responsible units) held once for every row that names the same ones. */
  shareList(texts: readonly string[]): readonly string[] {
    if (texts.length === 0) return NO_TEXTS;
    const key = texts.join('\u0000');
    const known = this.lists.get(key);
    if (known !== undefined) return known;
    const list = texts.map((text) => this.share(text));
    if (this.lists.size < POOL_LIMIT) this.lists.set(key, list);
    return list;
  }
}

const NO_TEXTS: readonly string[] = Object.freeze([]);

/**
 * A serial, its key and its display form held once for all rows that write it the same way: two bureaus
 * reporting one task hold one of each. A serial written differently (full-width digits) keeps its own.
 */
class SerialPool {
  private readonly serials = new Map<string, SharedSerial>();

  share(serial: Serial | null): SharedSerial {
    if (serial === null) return NO_SERIAL;
    const key = serialKey(serial);
    const known = this.serials.get(key);
    if (known !== undefined && known.serial?.form === serial.form && known.serial.text === serial.text) return known;
    const shared = { serial, key, display: serialDisplay(serial) };
    if (known === undefined) this.serials.set(key, shared);
    return shared;
  }
}

interface SharedSerial {
  readonly serial: Serial | null;
  readonly key: string;
  readonly display: string;
}

const NO_SERIAL: SharedSerial = { serial: null, key: '', display: '' };

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
function orderBySerial(rows: readonly CompactCompiledRow[]): CompactCompiledRow[] {
  const groups = new Map<string, { first: number; rows: CompactCompiledRow[] }>();
  const unnumbered: { first: number; rows: CompactCompiledRow[] }[] = [];
  rows.forEach((row, index) => {
    if (row.serialKey === '') {
      unnumbered.push({ first: index, rows: [row] });
      return;
    }
    const group = groups.get(row.serialKey);
    if (group) group.rows.push(row);
    else groups.set(row.serialKey, { first: index, rows: [row] });
  });
  const ordered = [...groups.values(), ...unnumbered].sort((a, b) => compareSerialsNaturally(a.rows[0]?.serial ?? null, b.rows[0]?.serial ?? null) || a.first - b.first);
  groups.clear();
  const result: CompactCompiledRow[] = [];
  for (const group of ordered) for (const row of group.rows) result.push(row);
  return result;
}
