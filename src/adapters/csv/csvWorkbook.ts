/**
 * A CSV file as a workbook of one sheet, read the way Excel opens it: each line a row, each field a cell,
 * plain numbers as numbers (shown as written), everything else as text. The title and 填报单位 lines
 * above the header are rows like any other, so the core reads them as the metadata rows of a sheet.
 */
import { gridFromRows, type CellValue, type SheetGrid } from '../../core';
import type { SheetInfo, WorkbookReader } from '../../core';
import { decodeText, type TextEncodingName } from './decodeText';
import { chooseSeparator, parseDelimited, type Separator } from './parseDelimited';

/** A number as Excel reads it from CSV and shows it again unchanged: no leading zeros, no exponent. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
/** Characters Excel does not allow in a sheet name, and its length limit. */
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

export class CsvWorkbook implements WorkbookReader {
  private constructor(
    private readonly grid: SheetGrid,
    readonly encoding: TextEncodingName,
    readonly separator: Separator,
  ) {}

  /**
   * Throws `FieldTooLongError` for a field longer than a cell can be.
   *
   * @example
   * const workbook = CsvWorkbook.read('市教育局.csv', bytes); // one sheet named 市教育局
   */
  static read(fileName: string, bytes: Uint8Array): CsvWorkbook {
    const decoded = decodeText(bytes);
    const separator = chooseSeparator(decoded.text);
    const rows = parseDelimited(decoded.text, separator);
    const grid = gridFromRows(sheetNameOf(fileName), rows.map((row) => row.map(cellValueOf)));
    // Numbers keep the text they were written with (`3.50` stays `3.50`), as Excel shows a CSV it opened.
    const text = grid.values.map((row, r) => row.map((value, c) => (value === null ? '' : (rows[r]?.[c] ?? ''))));
    return new CsvWorkbook({ ...grid, text }, decoded.encoding, separator);
  }

  /** Whether no cell holds anything (an empty file, or only separators and blank lines). */
  isBlank(): boolean {
    return this.grid.values.every((row) => row.every((value) => value === null));
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return [{ name: this.grid.name, visible: true, protected: false }];
  }

  async readSheet(name: string): Promise<SheetGrid> {
    if (name !== this.grid.name) throw new Error(`no sheet named ${name}`);
    return this.grid;
  }
}

/** A field or a table cell as Excel reads typed text: plain numbers as numbers, everything else as text. */
export function cellValueOf(field: string): CellValue {
  if (field === '') return null;
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/** The sheet name Excel gives a CSV it opens: the file's name without folder and extension. */
export function sheetNameOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const stem = base.replace(/\.[^.]*$/, '');
  const cleaned = stem.replace(SHEET_NAME_FORBIDDEN, '_').slice(0, SHEET_NAME_MAX).trim();
  return cleaned === '' ? 'Sheet1' : cleaned;
}
