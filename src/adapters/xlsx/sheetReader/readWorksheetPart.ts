/**
 * One worksheet part straight to a `SheetGrid`: values and displayed text as Excel shows them, merged
 * areas, number formats and the rectangle from A1 (equal to `XlsxWorkbook.readSheet`'s wherever ExcelJS
 * reads as Excel shows). Cells this reader cannot place (repeated or backward addresses) are refused
 * (`UnsupportedXlsxError`), so the caller can hand the file to ExcelJS.
 */
import type { CellValue, MergedArea, SheetGrid } from '../../../core';
import { formatCellText } from '../formatCellText';
import { dateSerialOf, decodeEscapedCharacters, isDateFormat } from './excelJsConversions';
import { serialOfIsoDate } from './serialOfIsoDate';
import type { SharedStrings } from './readSharedStrings';
import type { StyleFormats } from './readStylesPart';
import { PlainStartTag } from './plainStartTag';
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlCursor } from './xmlCursor';

export interface WorkbookContext {
  /** Null when the file has no xl/sharedStrings.xml. */
  readonly sharedStrings: SharedStrings | null;
  readonly styles: StyleFormats;
  readonly date1904: boolean;
}

export interface WorksheetPart {
  readonly grid: SheetGrid;
  /** `<sheetProtection sheet="1">`. */
  readonly protected: boolean;
}

/**
 * The cells of the row being read, by 0-based column; holes where ExcelJS has no cell (or, for values,
 * an empty one). One object for every row of a part: its arrays are kept by row when the row ends.
 */
interface StoredRow {
  values: CellValue[];
  texts: string[];
  /**
   * Set for every cell ExcelJS creates, 'General' where its style has no format; null while every
   * cell stored has a value and 'General' (then the cells are where `values` has an entry), so that
   * the many rows without formats share one array of 'General' in the grid.
   */
  formats: string[] | null;
  /** Whether any cell was stored (the arrays are made with room for the cells, so their length does not tell). */
  stored: boolean;
}


// Imported bindings compile to getters under some loaders (tsx); the hot loops compare plain constants.
const END = XML_END;
const OPEN = XML_OPEN;
const CLOSE = XML_CLOSE;
const TEXT = XML_TEXT;
const CELL_ATTRIBUTES = ['r', 's', 't'] as const;
const ROW_ATTRIBUTES = ['r', 's'] as const;

const GENERAL = 'General';
const LESS_THAN = 60;
const AMPERSAND = 38;
const CARRIAGE_RETURN = 13;
const DIGIT_ZERO = 48;
const LETTER_N = 110;
const LETTER_V = 118;
const LETTER_C = 99;
const GREATER_THAN = 62;
const SLASH = 47;
const LETTER_S = 115;

/**
 * The most room a row's arrays are made with. They are made as long as the widest row of values so far,
 * so that each is allocated once at its final size (grown from empty, each would take 17 slots and be
 * cut back later: most of the reader's garbage); the bound keeps one far-off cell from costing every row.
 */
const MAX_ROW_ROOM = 256;

/** The sheet's bounds (Excel 2007 and later). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * How many rows (or columns) past the last written cell a merged area may reach and still be kept whole:
 * far more than any drawn block, far fewer than a whole column.
 */
const MERGE_REACH_PAST_CELLS = 1000;

const RANGE_ADDRESS = /^([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)$/;

export function readWorksheetPart(xml: string, sheetName: string, part: string, context: WorkbookContext): WorksheetPart {
  const scan = new WorksheetScan(xml, new XmlCursor(xml, part), part, context);
  scan.run();
  return { grid: scan.toGrid(sheetName), protected: scan.isProtected };
}

class WorksheetScan {
  isProtected = false;
  /** Stored cells by 0-based row, only for rows with cells ExcelJS creates while loading (see `StoredRow`). */
  private readonly storedValues: (CellValue[] | undefined)[] = [];
  private readonly storedTexts: (string[] | undefined)[] = [];
  private readonly storedFormats: (string[] | null | undefined)[] = [];
  private readonly row: StoredRow = { values: [], texts: [], formats: null, stored: false };
  /** Reused for the attributes of each row and cell, so reading them allocates no array. */
  private readonly attributeValues: (string | undefined)[] = [];
  /** Row and column styles' number formats, which cells ExcelJS creates for merged areas inherit. */
  private readonly rowFormats: (string | undefined)[] = [];
  private readonly columnFormats: (string | undefined)[] = [];
  private readonly merges: MergedArea[] = [];
  private seenSheetData = false;
  /** The start tag of the row or cell being read in place (see `readPlainRowStart`, `readPlainCell`). */
  private readonly tag: PlainStartTag;
  /** The column of the last cell read in the current row (1-based; 0 before the first). */
  private previousColumn = 0;
  /** The number of columns up to the last value stored so far: the room each new row is made with. */
  private widestRow = 0;
  /** The last 0-based column of any cell written, with a value or only a style: how far merged areas may reach. */
  private lastWrittenColumn = -1;

  constructor(
    private readonly xml: string,
    private readonly cursor: XmlCursor,
    private readonly part: string,
    private readonly context: WorkbookContext,
  ) {
    this.tag = new PlainStartTag(xml);
  }

  run(): void {
    const cursor = this.cursor;
    // Like ExcelJS, the sections are recognised by name wherever they appear outside another section.
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token !== OPEN) continue;
      switch (cursor.name) {
        case 'sheetData':
          if (this.seenSheetData) throw new UnsupportedXlsxError(`two <sheetData> in ${this.part}`);
          this.seenSheetData = true;
          this.readSheetData();
          break;
        case 'mergeCells':
          this.readMergeCells();
          break;
        case 'sheetProtection':
          this.isProtected = cursor.attribute('sheet') === '1';
          cursor.skipElement();
          break;
        case 'cols':
          this.readColumns();
          break;
        default:
          break;
      }
    }
  }

  private readSheetData(): void {
    const cursor = this.cursor;
    let previousRow = 0;
    for (;;) {
      const plainRow = this.readPlainRowStart(previousRow);
      if (plainRow > 0) {
        previousRow = plainRow;
        this.readRow(plainRow);
        continue;
      }
      const token = cursor.next();
      if (token === END) return;
      if (token === CLOSE) {
        if (cursor.name === 'sheetData') return;
        continue;
      }
      if (token !== OPEN) continue;
      if (cursor.name !== 'row') {
        cursor.skipElement();
        continue;
      }
      cursor.readAttributes(ROW_ATTRIBUTES, this.attributeValues);
      const numberAttribute = this.attributeValues[0];
      // A row without `r` follows the previous one (the attribute is optional in ECMA-376).
      const rowNumber = numberAttribute === undefined ? previousRow + 1 : parseInt(numberAttribute, 10);
      // A row written again under the same number (one `<row>` per cell, as some exporters write) goes on
      // where the last one stopped, as Excel and ExcelDataReader read it. Backward rows: Excel repairs such
      // a file; they are left to the other reader.
      const continued = rowNumber === previousRow && previousRow > 0;
      if (!(rowNumber > previousRow || continued) || rowNumber > MAX_ROWS) throw new UnsupportedXlsxError(`row ${rowNumber} after row ${previousRow} in ${this.part}`);
      previousRow = rowNumber;
      const styleId = parseInt(this.attributeValues[1] ?? '', 10);
      if (styleId) this.rowFormats[rowNumber - 1] = this.context.styles.formatOf(styleId);
      this.readRow(rowNumber, continued);
    }
  }

  /**
   * When the next markup is a plain `<row>` start tag numbered after `previousRow` (text before it
   * skipped), reads it in place, as the general loop of `readSheetData` would, and returns its number;
   * else returns 0 and leaves everything to that loop.
   */
  private readPlainRowStart(previousRow: number): number {
    const cursor = this.cursor;
    const xml = this.xml;
    let at = cursor.offset;
    if (at < 0) return 0;
    // Text between rows is of no interest to the general loop either.
    if (xml.charCodeAt(at) !== LESS_THAN) {
      at = xml.indexOf('<', at);
      if (at < 0) return 0;
      cursor.skipTo(at);
    }
    const tag = this.tag;
    if (!tag.read(at, 'row')) return 0;
    const rowNumber = tag.digitsValue(tag.rStart, tag.rEnd);
    if (!(rowNumber > previousRow)) return 0;
    const styleId = tag.sStart < 0 ? 0 : tag.digitsValue(tag.sStart, tag.sEnd);
    if (styleId < 0) return 0;
    if (styleId) this.rowFormats[rowNumber - 1] = this.context.styles.formatOf(styleId);
    cursor.enterElement('row', tag.end, tag.selfClosing);
    return rowNumber;
  }

  /** Reads from just after `<row>` to its end; `continued`: after the cells of a `<row>` of the same number. */
  private readRow(rowNumber: number, continued = false): void {
    const cursor = this.cursor;
    const attributes = this.attributeValues;
    const room = Math.min(this.widestRow, MAX_ROW_ROOM);
    const row = this.row;
    const storedValues = continued ? this.storedValues[rowNumber - 1] : undefined;
    if (storedValues !== undefined) {
      row.values = storedValues;
      row.texts = this.storedTexts[rowNumber - 1] ?? new Array<string>(room);
      row.formats = this.storedFormats[rowNumber - 1] ?? null;
      row.stored = true;
    } else {
      row.values = new Array<CellValue>(room);
      row.texts = new Array<string>(room);
      row.formats = null;
      row.stored = false;
    }
    if (!continued) this.previousColumn = 0;
    for (;;) {
      const at = cursor.offset;
      if (at >= 0) {
        const end = this.readPlainCell(row, at, rowNumber);
        if (end >= 0) {
          cursor.skipTo(end);
          continue;
        }
        // Every cell before it was balanced, so `</row>` here ends the row.
        if (this.tag.startsAt(at, '</row>')) {
          cursor.leaveElement(at + 6);
          break;
        }
      }
      const token = cursor.next();
      if (token === END) break;
      if (token === CLOSE) {
        if (cursor.name === 'row') break;
        continue;
      }
      if (token !== OPEN) continue;
      if (cursor.name !== 'c') {
        cursor.skipElement();
        continue;
      }
      cursor.readAttributes(CELL_ATTRIBUTES, attributes);
      const written = attributes[0];
      // A cell without `r` follows the previous one in its row (the attribute is optional in ECMA-376).
      const column = written === undefined ? this.previousColumn + 1 : columnOfAddress(written, String(rowNumber));
      const address = written ?? `${columnLettersOf(column)}${rowNumber}`;
      // Backward cells, or an address in another row: left to the other reader. A cell written again at the
      // same address replaces the first, as in Excel (the exporters that write one `<row>` per cell do it).
      if (column < 1 || column < this.previousColumn || (column === this.previousColumn && written === undefined) || column > MAX_COLUMNS) {
        throw new UnsupportedXlsxError(`cell address "${address}" in row ${rowNumber} of ${this.part}`);
      }
      if (column === this.previousColumn) {
        // Back to a hole, as if the first had not been written.
        delete row.values[column - 1];
        delete row.texts[column - 1];
      }
      this.previousColumn = column;
      const styleAttribute = attributes[1];
      const type = attributes[2];
      const styleId = styleAttribute ? parseInt(styleAttribute, 10) : 0;
      if (type === 's') {
        const index = cursor.readSoleChildInteger('v');
        if (index >= 0) {
          const text = this.sharedString(index, address);
          this.store(row, column - 1, text, text, styleId);
          continue;
        }
      }
      const soleValue = cursor.readSoleChildText('v');
      if (soleValue !== null) this.storeValue(row, column - 1, address, soleValue, type, styleId);
      else this.readCell(row, column - 1, address, type, styleId);
    }
    if (row.stored) {
      this.storedValues[rowNumber - 1] = row.values;
      this.storedTexts[rowNumber - 1] = row.texts;
      this.storedFormats[rowNumber - 1] = row.formats;
    }
  }

  /**
   * The common cell read straight from the text: a plain `<c>` start tag (see `PlainStartTag`) with a
   * valid address after the previous cell's, and either no content (`<c r="B5" s="2"/>`) or only
   * `<v>plain text</v>` holding a shared-string index (`t="s"`) or a number (no `t`, or `t="n"`).
   * Stores the cell as the general path would and returns where its markup ends; -1 for anything
   * else, having stored nothing, so that the cursor reads the cell (and finds what is wrong with it).
   */
  private readPlainCell(row: StoredRow, at: number, rowNumber: number): number {
    const xml = this.xml;
    const tag = this.tag;
    if (!tag.read(at, 'c')) return -1;
    const column = this.columnAt(tag.rStart, tag.rEnd, rowNumber);
    if (column <= this.previousColumn) return -1;
    // Like `parseInt` on the attribute, but only for plain digits; an empty value means no style, as there.
    const styleId = tag.sStart === tag.sEnd ? 0 : tag.digitsValue(tag.sStart, tag.sEnd);
    if (styleId < 0) return -1;
    if (tag.selfClosing) {
      this.previousColumn = column;
      if (styleId) this.store(row, column - 1, null, '', styleId);
      return tag.end;
    }
    const typeLength = tag.tEnd - tag.tStart;
    const isShared = typeLength === 1 && xml.charCodeAt(tag.tStart) === LETTER_S;
    if (!isShared && tag.tStart >= 0 && !(typeLength === 1 && xml.charCodeAt(tag.tStart) === LETTER_N)) return -1;
    // `<v>text</v></c>`, the text neither empty nor holding entities or carriage returns (which the cursor decodes).
    const valueStart = tag.end + 3;
    if (xml.charCodeAt(tag.end) !== LESS_THAN || xml.charCodeAt(tag.end + 1) !== LETTER_V || xml.charCodeAt(tag.end + 2) !== GREATER_THAN) return -1;
    let valueEnd = valueStart;
    for (let code = xml.charCodeAt(valueEnd); code !== LESS_THAN; code = xml.charCodeAt(valueEnd)) {
      if (code === AMPERSAND || code === CARRIAGE_RETURN || Number.isNaN(code)) return -1;
      valueEnd += 1;
    }
    if (valueEnd === valueStart || !isCellEndAfterValue(xml, valueEnd)) return -1;
    if (isShared) {
      const strings = this.context.sharedStrings;
      const index = tag.digitsValue(valueStart, valueEnd);
      const text = index < 0 || strings === null ? undefined : strings[index];
      if (text === undefined || text === null) return -1;
      this.store(row, column - 1, text, text, styleId);
    } else {
      const digits = tag.digitsValue(valueStart, valueEnd);
      const number = digits >= 0 ? digits : parseFloat(xml.slice(valueStart, valueEnd));
      this.storeNumber(row, column - 1, this.isDateStyle(styleId) ? dateSerialOf(number, this.context.date1904) : number, styleId);
    }
    this.previousColumn = column;
    return valueEnd + 8;
  }

  /**
   * The 1-based column of the cell address written from `start` to `end`, in row `rowNumber`
   * (`C12` in row 12 → 3), or 0 when it is not one to 3 upper-case letters followed by exactly the row's
   * number (as `columnOfAddress` decides, without making the address a string). No address (-1) is 0.
   */
  private columnAt(start: number, end: number, rowNumber: number): number {
    if (start < 0) return 0;
    const xml = this.xml;
    let column = 0;
    let cursor = start;
    for (let code = xml.charCodeAt(cursor); cursor < end && code >= 65 && code <= 90; code = xml.charCodeAt(cursor)) {
      column = column * 26 + (code - 64);
      cursor += 1;
    }
    const letters = cursor - start;
    // The row's number as `String` writes it: no leading zero.
    if (letters < 1 || letters > 3 || xml.charCodeAt(cursor) === DIGIT_ZERO) return 0;
    return this.tag.digitsValue(cursor, end) === rowNumber ? column : 0;
  }

  /**
   * Reads from just after `<c>` to its end, following ExcelJS's cell xform: text of `<v>` and of
   * `<t>` outside runs collects as the value, `<f>` text as the formula, `<r>` runs as rich text.
   * Stores nothing for a cell ExcelJS does not create (no value and no style).
   */
  private readCell(row: StoredRow, c: number, address: string, type: string | undefined, styleId: number): void {
    const cursor = this.cursor;
    let stored: string | undefined;
    let formula: string | undefined;
    let shareType: string | undefined;
    let runs: string[] | undefined;
    let collecting: 'f' | 'v' | null = null;

    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token === TEXT) {
        if (collecting === 'v') stored = (stored ?? '') + cursor.text();
        else if (collecting === 'f') formula = (formula ?? '') + cursor.text();
        continue;
      }
      const name = cursor.name;
      if (token === CLOSE) {
        if (name === 'c') break;
        if (name === 'f' || name === 'v' || name === 't' || name === 'is') collecting = null;
        continue;
      }
      switch (name) {
        case 'f':
          collecting = 'f';
          shareType = cursor.attribute('t');
          break;
        case 'v':
        case 't':
          collecting = 'v';
          break;
        case 'r':
          (runs ??= []).push(readRunText(cursor));
          collecting = null;
          break;
        default:
          break;
      }
    }
    if (stored === '') stored = undefined;
    if (formula === '') formula = undefined;

    if (formula !== undefined || shareType) {
      // Excel shows a formula's cached result, whatever its type, with or without the formula's text.
      this.storeFormulaResult(row, c, address, stored, type, styleId);
      return;
    }
    // An inline string shows its runs (a `<v>` beside them, as some writers add, is ignored, as Excel does);
    // any other cell shows its value, or its runs when it has none.
    if (runs !== undefined && (type === 'inlineStr' || stored === undefined)) {
      const joined = runs.join('');
      this.store(row, c, joined, joined, styleId);
      return;
    }
    if (stored !== undefined) this.storeValue(row, c, address, stored, type, styleId);
    else if (styleId) this.store(row, c, null, '', styleId);
  }

  /**
   * A formula cell: its cached result as Excel shows it, of every type (a total of 0 and a FALSE are
   * results, not blanks); a formula never calculated shows as empty.
   */
  private storeFormulaResult(row: StoredRow, c: number, address: string, stored: string | undefined, type: string | undefined, styleId: number): void {
    if (stored === undefined) {
      if (styleId) this.store(row, c, null, '', styleId);
      return;
    }
    // `t="str"` is the type of a formula's text result; the others read as the same types of plain values.
    this.storeValue(row, c, address, stored, type === 'str' ? 'inlineStr' : type, styleId);
  }

  /** A cell that is not a formula, with its stored text (`<v>`, or `<t>` of an inline string). */
  private storeValue(row: StoredRow, c: number, address: string, stored: string, type: string | undefined, styleId: number): void {
    switch (type) {
      case 's': {
        const text = this.sharedString(parseInt(stored, 10), address);
        this.store(row, c, text, text, styleId);
        return;
      }
      case 'str': {
        const text = decodeEscapedCharacters(stored);
        this.store(row, c, text, text, styleId);
        return;
      }
      case 'inlineStr': {
        const text = decodeEscapedCharacters(stored);
        this.store(row, c, text, text, styleId);
        return;
      }
      case 'b': {
        const value = parseInt(stored, 10) !== 0;
        this.store(row, c, value, value ? 'TRUE' : 'FALSE', styleId);
        return;
      }
      case 'e':
        this.store(row, c, { error: stored }, stored, styleId);
        return;
      case 'd': {
        // An ISO 8601 date, time or both (Strict OOXML and several generators): a serial, as Excel stores it.
        const serial = serialOfIsoDate(stored, this.context.date1904);
        if (serial === null) this.store(row, c, { error: '#VALUE!' }, '#VALUE!', styleId);
        else this.storeNumber(row, c, serial, styleId);
        return;
      }
      default: {
        const number = parseFloat(stored);
        this.storeNumber(row, c, this.isDateStyle(styleId) ? dateSerialOf(number, this.context.date1904) : number, styleId);
      }
    }
  }

  private storeNumber(row: StoredRow, c: number, value: number, styleId: number): void {
    const { styles, date1904 } = this.context;
    const format = styleId && styles.hasStyle(styleId) ? styles.formatOf(styleId) : undefined;
    this.store(row, c, value, formatCellText(value, format, { date1904 }), styleId);
  }

  private store(row: StoredRow, c: number, value: CellValue, text: string, styleId: number): void {
    const styles = this.context.styles;
    if (c > this.lastWrittenColumn) this.lastWrittenColumn = c;
    if (value !== null) {
      row.values[c] = value;
      row.texts[c] = text;
      if (c >= this.widestRow) this.widestRow = c + 1;
    }
    row.stored = true;
    const format = (styleId && styles.hasStyle(styleId) ? styles.formatOf(styleId) : undefined) ?? GENERAL;
    if (row.formats === null) {
      if (format === GENERAL && value !== null) return;
      row.formats = generalFormatsOfValues(row.values);
    }
    row.formats[c] = format;
  }

  /** ExcelJS turns numbers into dates only for cells with a style whose format has date letters. */
  private isDateStyle(styleId: number): boolean {
    const styles = this.context.styles;
    return styleId > 0 && styles.hasStyle(styleId) && isDateFormat(styles.formatOf(styleId));
  }

  private sharedString(index: number, address: string): string {
    const strings = this.context.sharedStrings;
    if (strings === null) throw this.unsupported(address, 'a shared string without xl/sharedStrings.xml');
    const text = strings[index];
    if (text === undefined) throw new DamagedXlsxError(`cell ${address} of ${this.part} points at no shared string`);
    // An item with neither text nor runs (`<si/>`) is an empty cell in Excel; ExcelJS showed `[object Object]`.
    if (text === null) return '';
    return text;
  }

  private readMergeCells(): void {
    const cursor = this.cursor;
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token === CLOSE) {
        if (cursor.name === 'mergeCells') return;
        continue;
      }
      if (token !== OPEN || cursor.name !== 'mergeCell') continue;
      const written = (cursor.attribute('ref') ?? '').toUpperCase();
      // A whole column (`A:A`) or row (`3:3`), as some generators write a merge; Excel reads them as A1:A1048576.
      const ref = written
        .replace(/^([A-Z]+):([A-Z]+)$/, (_whole, first: string, last: string) => `${first}1:${last}${MAX_ROWS}`)
        .replace(/^(\d+):(\d+)$/, (_whole, first: string, last: string) => `A${first}:${columnLettersOf(MAX_COLUMNS)}${last}`)
        // A single cell (`A6`, as excelize may write) merges nothing: a one-cell area.
        .replace(/^([A-Z]{1,3}\d+)$/, '$1:$1');
      const range = RANGE_ADDRESS.exec(ref);
      if (!range) throw new UnsupportedXlsxError(`merged area "${ref}" in ${this.part}`);
      const [firstColumn, firstRow, lastColumn, lastRow] = [
        columnNumberOf(range[1] ?? '') - 1,
        Number(range[2]) - 1,
        columnNumberOf(range[3] ?? '') - 1,
        Number(range[4]) - 1,
      ];
      const area: MergedArea = {
        top: Math.min(firstRow, lastRow),
        left: Math.min(firstColumn, lastColumn),
        bottom: Math.max(firstRow, lastRow),
        right: Math.max(firstColumn, lastColumn),
      };
      if (area.top < 0 || area.left < 0 || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) throw new DamagedXlsxError(`merged area "${ref}" in ${this.part}`);
      // Overlaps are found when the areas are laid on the grid (`coveredCells`): comparing every pair was quadratic.
      this.merges.push(area);
    }
  }

  /** `<col min max style>`: column styles, applied the way ExcelJS expands them (sorted by min, no overlap). */
  private readColumns(): void {
    const cursor = this.cursor;
    const columns: { min: number; max: number; format: string | undefined }[] = [];
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token === CLOSE) {
        if (cursor.name === 'cols') break;
        continue;
      }
      if (token !== OPEN || cursor.name !== 'col') continue;
      const styleId = parseInt(cursor.attribute('style') ?? '', 10);
      columns.push({
        min: parseInt(cursor.attribute('min') || '0', 10),
        max: parseInt(cursor.attribute('max') || '0', 10),
        format: styleId ? this.context.styles.formatOf(styleId) : undefined,
      });
    }
    columns.sort((a, b) => a.min - b.min);
    let next = 1;
    for (const column of columns) {
      if (!(column.max >= next) || column.max > 16384) continue;
      for (next = Math.max(next, column.min); next <= column.max; next += 1) this.columnFormats[next - 1] = column.format;
    }
  }

  toGrid(name: string): SheetGrid {
    const storedValues = this.storedValues;
    const merges = this.mergesWithinWrittenCells();
    const { followers, created } = this.coveredCells(merges);
    let lastRow = -1;
    let lastColumn = -1;
    // Plain loops: a closure per row showed in allocation profiles.
    for (let r = 0; r < storedValues.length; r += 1) {
      const rowValues = storedValues[r];
      if (rowValues === undefined) continue;
      const rowFollowers = followers.get(r);
      for (let c = 0; c < rowValues.length; c += 1) {
        if (rowValues[c] === undefined || rowFollowers?.has(c) === true) continue;
        lastRow = r;
        if (c > lastColumn) lastColumn = c;
      }
    }
    for (const merge of merges) {
      lastRow = Math.max(lastRow, merge.bottom);
      lastColumn = Math.max(lastColumn, merge.right);
    }
    const height = lastRow + 1;
    const width = lastColumn + 1;
    // Shared by the rows whose cells are all 'General' and that no merged area reaches (the grid is read-only).
    let allGeneral: string[] | undefined;
    const values = new Array<CellValue[]>(height);
    const text = new Array<string[]>(height);
    const numberFormats = new Array<string[]>(height);
    // The stored rows become the grid's rows, completed in place: no second array per row.
    // Rows without any cell share one frozen empty row: a sheet that names row 1,048,576 and holds three
    // cells then costs a few pointers per row, not a row of arrays each (780 MB before).
    let emptyRow: { values: readonly CellValue[]; text: readonly string[]; formats: readonly string[] } | undefined;
    for (let r = 0; r < height; r += 1) {
      const rowFollowers = followers.get(r);
      const rowCreated = created.get(r);
      if (storedValues[r] === undefined && rowFollowers === undefined && rowCreated === undefined) {
        emptyRow ??= {
          values: Object.freeze(new Array<CellValue>(width).fill(null)),
          text: Object.freeze(new Array<string>(width).fill('')),
          formats: Object.freeze(new Array<string>(width).fill(GENERAL)),
        };
        values[r] = emptyRow.values as CellValue[];
        text[r] = emptyRow.text as string[];
        numberFormats[r] = emptyRow.formats as string[];
        continue;
      }
      const rowValues = storedValues[r] ?? [];
      const rowText = this.storedTexts[r] ?? [];
      // A row without stored cells has no formats yet: merged areas may still create cells in it.
      let rowFormats = storedValues[r] === undefined ? [] : (this.storedFormats[r] ?? null);
      if (rowFormats === null) {
        if (rowCreated === undefined) rowFormats = allGeneral ??= new Array<string>(width).fill(GENERAL);
        else rowFormats = generalFormatsOfValues(rowValues);
      }
      const formatsComplete = rowFormats === allGeneral;
      // Most rows are made at their final length; setting it anyway costs a call into the runtime.
      if (rowValues.length !== width) rowValues.length = width;
      if (rowText.length !== width) rowText.length = width;
      if (!formatsComplete && rowFormats.length !== width) rowFormats.length = width;
      for (let c = 0; c < width; c += 1) {
        if (rowFollowers?.has(c) === true) {
          rowValues[c] = null;
          rowText[c] = '';
        } else if (rowValues[c] === undefined) {
          rowValues[c] = null;
          rowText[c] = '';
        }
        if (!formatsComplete && rowFormats[c] === undefined) {
          rowFormats[c] = (rowCreated?.has(c) === true && (this.rowFormats[r] || this.columnFormats[c])) || 'General';
        }
      }
      values[r] = rowValues;
      text[r] = rowText;
      numberFormats[r] = rowFormats;
    }
    return { name, values, text, merges, numberFormats };
  }

  /**
   * The merged areas, those reaching far past the cells the sheet writes (a merge over a whole column,
   * `A1:A1048576`) cut back to those cells (never above or left of their own top-left): such an area then
   * costs the rows written, not a million, while an area a sheet draws among or just past its cells
   * (an empty merged block under a table) is kept whole, as Excel shows it.
   */
  private mergesWithinWrittenCells(): MergedArea[] {
    const lastWrittenRow = this.storedValues.length - 1;
    const lastWrittenColumn = this.lastWrittenColumn;
    return this.merges.map((merge) => {
      const bottom = merge.bottom - lastWrittenRow > MERGE_REACH_PAST_CELLS ? Math.max(merge.top, lastWrittenRow) : merge.bottom;
      const right = merge.right - lastWrittenColumn > MERGE_REACH_PAST_CELLS ? Math.max(merge.left, lastWrittenColumn) : merge.right;
      return bottom === merge.bottom && right === merge.right ? merge : { ...merge, bottom, right };
    });
  }

  /**
   * The cells merged areas cover: `followers`, every cell but the top-left (Excel shows the value once,
   * at the top-left), and `created`, every cell (all exist once merged; missing ones take the row or
   * column style). Overlapping areas make the part damaged (Excel repairs such a file by dropping them).
   */
  private coveredCells(merges: readonly MergedArea[]): { followers: Map<number, Set<number>>; created: Map<number, Set<number>> } {
    const followers = new Map<number, Set<number>>();
    const created = new Map<number, Set<number>>();
    for (const merge of merges) {
      for (let r = merge.top; r <= merge.bottom; r += 1) {
        let createdRow = created.get(r);
        if (!createdRow) created.set(r, (createdRow = new Set()));
        let followerRow = followers.get(r);
        for (let c = merge.left; c <= merge.right; c += 1) {
          if (createdRow.has(c)) throw new DamagedXlsxError(`overlapping merged areas in ${this.part}`);
          createdRow.add(c);
          if (r === merge.top && c === merge.left) continue;
          if (!followerRow) followers.set(r, (followerRow = new Set()));
          followerRow.add(c);
        }
      }
    }
    return { followers, created };
  }

  private unsupported(address: string, what: string): UnsupportedXlsxError {
    return new UnsupportedXlsxError(`${what} at ${address} in ${this.part}`);
  }
}

/**
 * `</v></c>` is at `at`, where the value's text stopped at a `<` (compared code by code: a loop over the
 * expected text was the hottest line of the in-place path).
 */
function isCellEndAfterValue(xml: string, at: number): boolean {
  return (
    xml.charCodeAt(at + 1) === SLASH &&
    xml.charCodeAt(at + 2) === LETTER_V &&
    xml.charCodeAt(at + 3) === GREATER_THAN &&
    xml.charCodeAt(at + 4) === LESS_THAN &&
    xml.charCodeAt(at + 5) === SLASH &&
    xml.charCodeAt(at + 6) === LETTER_C &&
    xml.charCodeAt(at + 7) === GREATER_THAN
  );
}

/** 'General' for every cell that has a value (the cells stored in a row whose formats were left out), holes elsewhere. */
function generalFormatsOfValues(values: readonly CellValue[]): string[] {
  const formats = new Array<string>(values.length);
  for (let c = 0; c < values.length; c += 1) if (values[c] !== undefined) formats[c] = GENERAL;
  return formats;
}

/** Reads from just after a cell's `<r>` to its end: the run's text, `_xHHHH_` escapes decoded. */
function readRunText(cursor: XmlCursor): string {
  let text: string | undefined;
  let inText = false;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === TEXT) {
      if (inText) text = (text ?? '') + cursor.text();
      continue;
    }
    if (token === CLOSE) {
      if (cursor.name === 'r') break;
      if (cursor.name === 't') inText = false;
      continue;
    }
    if (cursor.name === 't') {
      inText = true;
      text = '';
    } else {
      cursor.skipElement();
    }
  }
  return decodeEscapedCharacters(text ?? '');
}

/**
 * The 1-based column of a cell address in the row whose number is written `rowText` (`C12` in row 12
 * → 3, `c12` too), or 0 when the address is not an A1 address in that row.
 */
function columnOfAddress(address: string, rowText: string): number {
  const letters = address.length - rowText.length;
  if (letters < 1 || letters > 3 || !address.endsWith(rowText)) return 0;
  let number = 0;
  for (let index = 0; index < letters; index += 1) {
    let code = address.charCodeAt(index);
    // `a1`: some generators write the letters in lower case, and Excel reads them.
    if (code >= 97 && code <= 122) code -= 32;
    if (code < 65 || code > 90) return 0;
    number = number * 26 + (code - 64);
  }
  return number;
}

/** 1 → `A`, 16384 → `XFD`. */
function columnLettersOf(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** `A` → 1, `XFD` → 16384. */
function columnNumberOf(letters: string): number {
  let number = 0;
  for (let index = 0; index < letters.length; index += 1) number = number * 26 + (letters.charCodeAt(index) - 64);
  return number;
}

