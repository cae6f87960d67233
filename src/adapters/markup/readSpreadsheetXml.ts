/**
 * Excel 2003 XML (SpreadsheetML), which report systems export under `.xls`: every `<Worksheet>` a sheet,
 * `<Row>`/`<Cell>` placed by `ss:Index` where they skip ahead, `ss:MergeAcross`/`ss:MergeDown` as merged
 * areas, `<Data ss:Type>` as Number, DateTime, Boolean, Error or String, and numbers shown through their
 * style's `<NumberFormat ss:Format>` (Excel's named formats as a zh-CN Excel renders them). Read with
 * the .xlsx reader's XML scanner, which refuses document type declarations (no entity expansion).
 */
import type { CellValue } from '../../core';
import { SparseSheet } from '../formats/sparseSheet';
import { GridWorkbook, type ReadGridSheet } from '../formats/gridWorkbook';
import { formatCellText } from '../xlsx/formatCellText';
import { numberFormatCode } from './namedNumberFormats';
import { isDateFormat, dateSerialOf } from '../xlsx/sheetReader/excelJsConversions';
import { serialOfIsoDate } from '../xlsx/sheetReader/serialOfIsoDate';
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlCursor } from '../xlsx/sheetReader/xmlCursor';
import { DamagedFileError } from '../xls/damagedFileError';

/** Excel 2007's sheet bounds: an index past them is damage. */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

interface StyleEntry {
  readonly parent: string | undefined;
  readonly format: string | undefined;
}

/** The element's name without its namespace prefix (`ss:Row` and `Row` alike). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An `ss:` attribute, written with or without its prefix. */
function ssAttribute(cursor: XmlCursor, name: string): string | undefined {
  return cursor.attribute(`ss:${name}`) ?? cursor.attribute(name);
}

function positiveIndex(text: string | undefined, limit: number): number | undefined {
  if (text === undefined) return undefined;
  const index = Number(text);
  if (!Number.isInteger(index) || index < 1 || index > limit) throw new DamagedFileError(`index ${text}`);
  return index;
}

/**
 * Throws `DamagedFileError` (or the scanner's damage error) for a document that is not well formed.
 *
 * @example
 * const workbook = readSpreadsheetXml(decodeMarkup(bytes));
 */
export function readSpreadsheetXml(xml: string): GridWorkbook {
  const cursor = new XmlCursor(xml, 'SpreadsheetML');
  const styles = new Map<string, StyleEntry>();
  const sheets: ReadGridSheet[] = [];
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token !== XML_OPEN) continue;
    const name = localName(cursor.name);
    if (name === 'Style') readStyle(cursor, styles);
    else if (name === 'Worksheet') sheets.push(readWorksheet(cursor, styles, sheets.length));
  }
  return new GridWorkbook(sheets);
}

function readStyle(cursor: XmlCursor, styles: Map<string, StyleEntry>): void {
  const id = ssAttribute(cursor, 'ID') ?? '';
  const parent = ssAttribute(cursor, 'Parent');
  const depth = cursor.name;
  let format: string | undefined;
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token === XML_CLOSE && cursor.name === depth) break;
    if (token === XML_OPEN && localName(cursor.name) === 'NumberFormat') {
      const code = ssAttribute(cursor, 'Format');
      format = code === undefined ? undefined : numberFormatCode(code);
    }
  }
  styles.set(id, { parent, format });
}

/** A style's number format, inherited through `ss:Parent` (a loop of parents ends where it repeats). */
function formatOfStyle(styles: ReadonlyMap<string, StyleEntry>, id: string | undefined): string | undefined {
  const seen = new Set<string>();
  for (let current = id; current !== undefined && !seen.has(current); current = styles.get(current)?.parent) {
    seen.add(current);
    const format = styles.get(current)?.format;
    if (format !== undefined) return format === 'General' ? undefined : format;
  }
  return undefined;
}

function readWorksheet(cursor: XmlCursor, styles: ReadonlyMap<string, StyleEntry>, position: number): ReadGridSheet {
  const sheetName = ssAttribute(cursor, 'Name') ?? `Sheet${position + 1}`;
  const isProtected = ssAttribute(cursor, 'Protected') === '1';
  const elementName = cursor.name;
  const sheet = new SparseSheet();
  /** For each column, the last row a merged area from above covers: later cells skip those places. */
  const coveredUntil: number[] = [];
  let visible = true;
  let row = -1;
  let column = -1;
  let inVisible = false;
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token === XML_CLOSE) {
      if (cursor.name === elementName) break;
      if (localName(cursor.name) === 'Visible') inVisible = false;
      continue;
    }
    if (token === XML_TEXT) {
      if (inVisible && /Hidden/i.test(cursor.text())) visible = false;
      continue;
    }
    const name = localName(cursor.name);
    if (name === 'Visible') inVisible = true;
    else if (name === 'Row') {
      row = (positiveIndex(ssAttribute(cursor, 'Index'), MAX_ROWS) ?? row + 2) - 1;
      column = -1;
    } else if (name === 'Cell') {
      if (row < 0) row = 0;
      const index = positiveIndex(ssAttribute(cursor, 'Index'), MAX_COLUMNS);
      column = index === undefined ? column + 1 : index - 1;
      // A cell without an index takes the next place no merged area from above covers.
      if (index === undefined) while ((coveredUntil[column] ?? -1) >= row) column += 1;
      if (column >= MAX_COLUMNS) throw new DamagedFileError(`a cell past column ${MAX_COLUMNS}`);
      const across = Number(ssAttribute(cursor, 'MergeAcross') ?? 0);
      const down = Number(ssAttribute(cursor, 'MergeDown') ?? 0);
      const format = formatOfStyle(styles, ssAttribute(cursor, 'StyleID'));
      readCell(cursor, sheet, row, column, format);
      if (across > 0 || down > 0) {
        const right = Math.min(column + Math.max(0, Math.floor(across)), MAX_COLUMNS - 1);
        const bottom = Math.min(row + Math.max(0, Math.floor(down)), MAX_ROWS - 1);
        sheet.addMerge({ top: row, left: column, bottom, right });
        for (let c = column; c <= right; c += 1) coveredUntil[c] = Math.max(coveredUntil[c] ?? -1, bottom);
        column = right;
      }
    }
  }
  return { info: { name: sheetName, visible, protected: isProtected }, grid: sheet.toGrid(sheetName) };
}

/** A `<Cell>`'s `<Data>`: its type and text (rich text's runs joined), stored with its shown text. */
function readCell(cursor: XmlCursor, sheet: SparseSheet, row: number, column: number, format: string | undefined): void {
  const elementName = cursor.name;
  let type: string | undefined;
  let text: string | null = null;
  let dataDepth = 0;
  for (let token = cursor.next(); token !== XML_END; token = cursor.next()) {
    if (token === XML_CLOSE) {
      if (cursor.name === elementName) break;
      if (localName(cursor.name) === 'Data') dataDepth = 0;
      continue;
    }
    if (token === XML_OPEN) {
      const name = localName(cursor.name);
      if (name === 'Data' && dataDepth === 0) {
        type = ssAttribute(cursor, 'Type');
        text = '';
        dataDepth = 1;
      } else if (dataDepth === 0) {
        cursor.skipElement();
      }
      continue;
    }
    if (dataDepth > 0) text = (text ?? '') + cursor.text();
  }
  if (text === null) {
    if (format !== undefined) sheet.setFormat(row, column, format);
    return;
  }
  // A date without a format of its own shows as Excel shows a typed date.
  const shownWith = type === 'DateTime' && format === undefined ? 'yyyy/m/d' : format;
  const stored = cellOf(type, text, shownWith);
  sheet.set(row, column, stored.value, stored.text, shownWith);
}

function cellOf(type: string | undefined, text: string, format: string | undefined): { value: CellValue; text: string } {
  switch (type) {
    case 'Number': {
      const number = Number(text.trim());
      if (text.trim() === '' || !Number.isFinite(number)) return { value: { error: '#VALUE!' }, text: '#VALUE!' };
      const value = isDateFormat(format) ? dateSerialOf(number, false) : number;
      return { value, text: formatCellText(value, format, { date1904: false }) };
    }
    case 'DateTime': {
      const serial = serialOfIsoDate(text, false);
      if (serial === null) return { value: { error: '#VALUE!' }, text: '#VALUE!' };
      return { value: serial, text: formatCellText(serial, format, { date1904: false }) };
    }
    case 'Boolean': {
      const value = text.trim() === '1' || /^true$/i.test(text.trim());
      return { value, text: value ? 'TRUE' : 'FALSE' };
    }
    case 'Error':
      return { value: { error: text.trim() }, text: text.trim() };
    default:
      return { value: text === '' ? null : text, text };
  }
}
