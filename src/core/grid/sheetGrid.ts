/**
 * A worksheet as the core sees it: the whole used area from A1, as values plus the text the user sees,
 * plus merged areas. Adapters pad the grid so that `values[r][c]` is the cell at row r+1, column c+1.
 */

/** A formula that evaluated to an error (`#DIV/0!`, `#REF!`, …). */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

/** A merged area, 0-based and inclusive on both ends. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** Raw values: numbers stay numbers (a date typed in Excel is its serial number). */
  readonly values: readonly (readonly CellValue[])[];
  /** What Excel displays for each cell, same shape as `values`. */
  readonly text: readonly (readonly string[])[];
  readonly merges: readonly MergedArea[];
  /** Number formats where the host knows them (`@` for text, `yyyy-mm-dd` …); same shape as `values`. */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Set when the grid is a table of a document (a Word .docx), so places are told in the table's terms. */
  readonly documentTable?: DocumentTableOrigin;
}

/**
 * Where a grid read from a document's table came from. The paragraphs above the table are the grid's
 * first rows (one each, as the title and 填报单位 lines of a sheet), the table's rows follow.
 */
export interface DocumentTableOrigin extends DocumentTablePart {
  /**
   * Later tables of the document joined to this one, in order: Word often breaks a long table at a page
   * break into a table per page (the header repeated or not), and they are one report, read as one grid.
   */
  readonly continuedIn?: readonly DocumentTablePart[];
}

/** A table of a document within a grid: its number and the grid row its first row is on. */
export interface DocumentTablePart {
  /** 1-based number of the table in the document body (表1, 表2 …). */
  readonly table: number;
  /** 0-based grid row of the table's first row; the rows before the first table are the paragraphs above it. */
  readonly firstRow: number;
}

export function isCellError(value: CellValue): value is CellError {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export function rowCount(grid: SheetGrid): number {
  return grid.values.length;
}

export function columnCount(grid: SheetGrid): number {
  let widest = 0;
  for (const row of grid.values) if (row.length > widest) widest = row.length;
  return widest;
}

/** The text the user sees in a cell, '' outside the grid. */
export function cellText(grid: SheetGrid, row: number, column: number): string {
  return grid.text[row]?.[column] ?? '';
}

export function cellValue(grid: SheetGrid, row: number, column: number): CellValue {
  return grid.values[row]?.[column] ?? null;
}

/**
 * Builds a grid from plain rows of values (tests, generators, the memory adapter).
 * Text is derived the way Excel would show it for the common cases.
 *
 * @example
 * gridFromRows('三季度', [['序号', '任务'], [40, '开工建设…']])
 */
export function gridFromRows(
  name: string,
  rows: readonly (readonly CellValue[])[],
  merges: readonly MergedArea[] = [],
): SheetGrid {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const values = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  const text = values.map((row) => row.map(displayTextOf));
  return { name, values, text, merges };
}

export function displayTextOf(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.error;
}
