/**
 * One worksheet part (xl/worksheets/sheetN.xml) straight to a `SheetGrid`, equal to what
 * `XlsxWorkbook.readSheet` gives for it after ExcelJS loaded the file: the same values and displayed
 * text, merged areas, number formats and rectangle from A1. Cells ExcelJS would read in a way this
 * reader does not mirror are refused (`UnsupportedXlsxError`), so the caller can hand the file to ExcelJS.
 */
import type { CellValue, MergedArea, SheetGrid } from '../../../core/grid/sheetGrid';
import { formatCellText } from '../formatCellText';
import { dateSerialOf, decodeEscapedCharacters, decodeXmlEntitiesAgain, isDateFormat } from './excelJsConversions';
import type { SharedStrings } from './readSharedStrings';
import type { StyleFormats } from './readStylesPart';
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

/** The cells of one row, by 0-based column; holes where ExcelJS has no cell (or, for values, an empty one). */
interface StoredRow {
  readonly values: CellValue[];
  readonly texts: string[];
  /** Set for every cell ExcelJS creates, 'General' where its style has no format. */
  readonly formats: string[];
}

/** A formula's cached result before ExcelJS's conversions. */
type StoredResult = number | string | boolean | { readonly error: string } | undefined;

// Imported bindings compile to getters under some loaders (tsx); the hot loops compare plain constants.
const END = XML_END;
const OPEN = XML_OPEN;
const CLOSE = XML_CLOSE;
const TEXT = XML_TEXT;
const CELL_ATTRIBUTES = ['r', 's', 't'] as const;
const ROW_ATTRIBUTES = ['r', 's'] as const;

const RANGE_ADDRESS = /^([A-Z]{1,3})([0-9]+):([A-Z]{1,3})([0-9]+)$/;

export function readWorksheetPart(xml: string, sheetName: string, part: string, context: WorkbookContext): WorksheetPart {
  const scan = new WorksheetScan(new XmlCursor(xml, part), part, context);
  scan.run();
  return { grid: scan.toGrid(sheetName), protected: scan.isProtected };
}

class WorksheetScan {
  isProtected = false;
  /** Stored cells by 0-based row: only cells ExcelJS creates while loading. */
  private readonly rows: (StoredRow | undefined)[] = [];
  /** Reused for the attributes of each row and cell, so reading them allocates no array. */
  private readonly attributeValues: (string | undefined)[] = [];
  /** Row and column styles' number formats, which cells ExcelJS creates for merged areas inherit. */
  private readonly rowFormats: (string | undefined)[] = [];
  private readonly columnFormats: (string | undefined)[] = [];
  private readonly merges: MergedArea[] = [];
  private readonly hyperlinked = new Set<string>();
  /**
   * Formula cells whose stored result (0, FALSE, not a number) ExcelJS drops, unless the cell is also a
   * hyperlink: then it keeps it. Hyperlinks come after the cells in the part, so the two meet at the end.
   */
  private readonly droppedFormulaResults: string[] = [];
  /** Shared-formula groups whose master cell has been read (`<f t="shared" ref=… si=…>`). */
  private readonly sharedFormulaMasters = new Set<string | undefined>();
  private seenSheetData = false;

  constructor(
    private readonly cursor: XmlCursor,
    private readonly part: string,
    private readonly context: WorkbookContext,
  ) {}

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
        case 'hyperlinks':
          this.readHyperlinks();
          break;
        default:
          break;
      }
    }
    const kept = this.droppedFormulaResults.find((address) => this.hyperlinked.has(address));
    if (kept !== undefined) throw this.unsupported(kept, 'a hyperlinked formula');
  }

  private readSheetData(): void {
    const cursor = this.cursor;
    let previousRow = 0;
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
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
      const rowNumber = parseInt(this.attributeValues[0] ?? '', 10);
      // ExcelJS keeps the last of repeated rows and fails on unnumbered ones; such files are left to it.
      if (!(rowNumber > previousRow)) throw new UnsupportedXlsxError(`row ${rowNumber} after row ${previousRow} in ${this.part}`);
      previousRow = rowNumber;
      const styleId = parseInt(this.attributeValues[1] ?? '', 10);
      if (styleId) this.rowFormats[rowNumber - 1] = this.context.styles.formatOf(styleId);
      this.readRow(rowNumber);
    }
  }

  /** Reads from just after `<row>` to its end. */
  private readRow(rowNumber: number): void {
    const cursor = this.cursor;
    const attributes = this.attributeValues;
    const rowText = String(rowNumber);
    const row: StoredRow = { values: [], texts: [], formats: [] };
    let previousColumn = 0;
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
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
      const address = attributes[0] ?? '';
      const column = columnOfAddress(address, rowText);
      // ExcelJS places a cell by its column only, guesses unaddressed ones and keeps the last of repeated ones.
      if (column <= previousColumn) throw new UnsupportedXlsxError(`cell address "${address}" in row ${rowNumber} of ${this.part}`);
      previousColumn = column;
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
    if (row.formats.length > 0) this.rows[rowNumber - 1] = row;
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
    let shareId: string | undefined;
    let shareRef: string | undefined;
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
          shareId = cursor.attribute('si');
          shareRef = cursor.attribute('ref');
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
      if (runs !== undefined) throw this.unsupported(address, 'rich text in a formula cell');
      if (shareType === 'shared' && shareRef) this.sharedFormulaMasters.add(shareId);
      const readsAsFormula = formula !== undefined || (shareType === 'shared' && !shareRef && this.sharedFormulaMasters.has(shareId));
      // Without a formula text ExcelJS shows the cell as `[object Object]`; hyperlinks replace the result's filtering.
      if (!readsAsFormula) throw this.unsupported(address, 'a formula without text');
      if (!this.storeFormulaResult(row, c, stored, type, styleId)) this.droppedFormulaResults.push(address);
      return;
    }
    if (runs !== undefined) {
      if (type !== 'inlineStr' || stored !== undefined) throw this.unsupported(address, 'rich text mixed with a value');
      const joined = runs.join('');
      this.store(row, c, joined, joined, styleId);
      return;
    }
    if (stored !== undefined) this.storeValue(row, c, address, stored, type, styleId);
    else if (styleId) this.store(row, c, null, '', styleId);
  }

  /** A formula cell: its cached result, as ExcelJS hands it out; false when a stored result was dropped. */
  private storeFormulaResult(row: StoredRow, c: number, stored: string | undefined, type: string | undefined, styleId: number): boolean {
    let result: StoredResult;
    if (stored !== undefined) {
      if (type === 'str') result = decodeXmlEntitiesAgain(stored);
      else if (type === 'b') result = parseInt(stored, 10) !== 0;
      else if (type === 'e') result = { error: stored };
      else result = parseFloat(stored);
    }
    if (result !== undefined && this.isDateStyle(styleId)) {
      this.storeNumber(row, c, dateSerialOf(typeof result === 'object' ? NaN : result, this.context.date1904), styleId);
      return true;
    }
    // ExcelJS hands out only a truthy result: 0, FALSE and a non-number read as an empty cell.
    if (!result) this.store(row, c, null, '', styleId);
    else if (typeof result === 'number') this.storeNumber(row, c, result, styleId);
    else if (typeof result === 'string') this.store(row, c, result, result, styleId);
    else if (typeof result === 'boolean') this.store(row, c, result, 'TRUE', styleId);
    else this.store(row, c, { error: result.error }, result.error, styleId);
    return result === undefined || Boolean(result);
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
        const text = decodeXmlEntitiesAgain(stored);
        this.store(row, c, text, text, styleId);
        return;
      }
      case 'inlineStr':
        this.store(row, c, stored, stored, styleId);
        return;
      case 'b': {
        const value = parseInt(stored, 10) !== 0;
        this.store(row, c, value, value ? 'TRUE' : 'FALSE', styleId);
        return;
      }
      case 'e':
        this.store(row, c, { error: stored }, stored, styleId);
        return;
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
    if (value !== null) {
      row.values[c] = value;
      row.texts[c] = text;
    }
    row.formats[c] = (styleId && styles.hasStyle(styleId) ? styles.formatOf(styleId) : undefined) ?? 'General';
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
    if (text === null) throw this.unsupported(address, 'an empty shared-string item');
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
      const ref = cursor.attribute('ref') ?? '';
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
      if (area.top < 0) throw new DamagedXlsxError(`merged area "${ref}" in ${this.part}`);
      // ExcelJS refuses to load overlapping merged areas.
      if (this.merges.some((other) => overlaps(other, area))) throw new DamagedXlsxError(`overlapping merged areas in ${this.part}`);
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

  private readHyperlinks(): void {
    const cursor = this.cursor;
    for (let token = cursor.next(); token !== END; token = cursor.next()) {
      if (token === CLOSE) {
        if (cursor.name === 'hyperlinks') return;
        continue;
      }
      if (token !== OPEN || cursor.name !== 'hyperlink') continue;
      const ref = cursor.attribute('ref');
      // Only links to a relationship count as hyperlinks for ExcelJS's cells.
      if (ref !== undefined && cursor.attribute('r:id')) this.hyperlinked.add(ref);
    }
  }

  toGrid(name: string): SheetGrid {
    const rows = this.rows;
    const followers = this.mergeFollowers();
    let lastRow = -1;
    let lastColumn = -1;
    rows.forEach((row, r) => {
      const rowFollowers = followers.get(r);
      row?.values.forEach((_value, c) => {
        if (rowFollowers?.has(c)) return;
        if (r > lastRow) lastRow = r;
        if (c > lastColumn) lastColumn = c;
      });
    });
    for (const merge of this.merges) {
      lastRow = Math.max(lastRow, merge.bottom);
      lastColumn = Math.max(lastColumn, merge.right);
    }
    const created = this.cellsCreatedByMerges();
    const height = lastRow + 1;
    const width = lastColumn + 1;
    const values: CellValue[][] = [];
    const text: string[][] = [];
    const numberFormats: string[][] = [];
    // The stored rows become the grid's rows, completed in place: no second array per row.
    for (let r = 0; r < height; r += 1) {
      const row = rows[r] ?? { values: [], texts: [], formats: [] };
      const rowFollowers = followers.get(r);
      const rowCreated = created.get(r);
      const rowValues = row.values;
      const rowText = row.texts;
      const rowFormats = row.formats;
      rowValues.length = width;
      rowText.length = width;
      rowFormats.length = width;
      for (let c = 0; c < width; c += 1) {
        if (rowFollowers?.has(c) === true) {
          rowValues[c] = null;
          rowText[c] = '';
        } else if (rowValues[c] === undefined) {
          rowValues[c] = null;
          rowText[c] = '';
        }
        if (rowFormats[c] === undefined) {
          rowFormats[c] = (rowCreated?.has(c) === true && (this.rowFormats[r] || this.columnFormats[c])) || 'General';
        }
      }
      values.push(rowValues);
      text.push(rowText);
      numberFormats.push(rowFormats);
    }
    return { name, values, text, merges: this.merges, numberFormats };
  }

  /** Cells inside merged areas other than their top-left: Excel shows the value once, at the top-left. */
  private mergeFollowers(): Map<number, Set<number>> {
    const followers = new Map<number, Set<number>>();
    for (const merge of this.merges) {
      for (let r = merge.top; r <= merge.bottom; r += 1) {
        let row = followers.get(r);
        for (let c = merge.left; c <= merge.right; c += 1) {
          if (r === merge.top && c === merge.left) continue;
          if (!row) followers.set(r, (row = new Set()));
          row.add(c);
        }
      }
    }
    return followers;
  }

  /** Every cell of a merged area exists once ExcelJS has merged it; the missing ones it creates with row or column styles. */
  private cellsCreatedByMerges(): Map<number, Set<number>> {
    const created = new Map<number, Set<number>>();
    for (const merge of this.merges) {
      for (let r = merge.top; r <= merge.bottom; r += 1) {
        let row = created.get(r);
        for (let c = merge.left; c <= merge.right; c += 1) {
          if (!row) created.set(r, (row = new Set()));
          row.add(c);
        }
      }
    }
    return created;
  }

  private unsupported(address: string, what: string): UnsupportedXlsxError {
    return new UnsupportedXlsxError(`${what} at ${address} in ${this.part}`);
  }
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
 * → 3), or 0 when the address is not an upper-case A1 address in that row.
 */
function columnOfAddress(address: string, rowText: string): number {
  const letters = address.length - rowText.length;
  if (letters < 1 || letters > 3 || !address.endsWith(rowText)) return 0;
  let number = 0;
  for (let index = 0; index < letters; index += 1) {
    const code = address.charCodeAt(index);
    if (code < 65 || code > 90) return 0;
    number = number * 26 + (code - 64);
  }
  return number;
}

/** `A` → 1, `XFD` → 16384. */
function columnNumberOf(letters: string): number {
  let number = 0;
  for (let index = 0; index < letters.length; index += 1) number = number * 26 + (letters.charCodeAt(index) - 64);
  return number;
}

function overlaps(a: MergedArea, b: MergedArea): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
