/**
 * An Excel 97-2003 workbook (.xls, BIFF8 in a compound file; WPS saves .et this way too) read into the
 * grids the core reads, the way a zh-CN Excel shows them: shared strings (over CONTINUE records), RK,
 * MULRK, NUMBER, LABEL, LABELSST, BOOLERR, formulas' cached results (STRING records for text), numbers
 * and dates rendered by their number formats with the same formatter as .xlsx, merged areas, every
 * sheet by its (Chinese) name, the 1904 date system. Read only: outputs stay .xlsx.
 * Pure (no Node, no DOM) and in its own chunk in the page, loaded when a file needs it.
 */
import type { CellValue, SheetGrid } from '../../core';
import { GridWorkbook, type ReadGridSheet } from '../formats/gridWorkbook';
import { SparseSheet } from '../formats/sparseSheet';
import { formatCellText } from '../xlsx/formatCellText';
import { BUILT_IN_NUMBER_FORMATS, dateSerialOf, isDateFormat, ZH_CN_BUILT_IN_NUMBER_FORMATS } from '../xlsx/sheetReader/excelJsConversions';
import { BiffRecordReader, ContinuedBytes, numberOfRk, readUnicodeString, RECORD, type BiffRecord } from './biffRecords';
import { readCompoundFile } from './compoundFile';
import { DamagedFileError, RefusedFileError } from './damagedFileError';

const BIFF8 = 0x0600;
const GLOBALS_SUBSTREAM = 0x0005;
const WORKSHEET_SUBSTREAM = 0x0010;
/** BOUNDSHEET8 `dt`: a worksheet (or dialog sheet); charts and macro sheets hold no cells to read. */
const WORKSHEET_TYPE = 0;
/** BIFF8 sheets: 65,536 rows of 256 columns. */
const MAX_ROWS = 65_536;
const MAX_COLUMNS = 256;
const BOOLERR_ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
};

interface SheetEntry {
  readonly name: string;
  readonly visible: boolean;
  readonly offset: number;
}

interface Globals {
  readonly sheets: readonly SheetEntry[];
  readonly strings: readonly string[];
  /** Number format code of each XF (cell style) by index; undefined for General. */
  readonly xfFormats: readonly (string | undefined)[];
  readonly date1904: boolean;
}

export class XlsWorkbook extends GridWorkbook {
  /**
   * Reads every sheet at once, so damage shows when the file is opened, never half-way through a check.
   * Throws `DamagedFileError` for a file that contradicts itself and `RefusedFileError` for one it will
   * not read (encrypted, Excel 95).
   *
   * @example
   * const workbook = XlsWorkbook.read(bytesOf('市财政局.xls'));
   * const grid = await workbook.readSheet('三季度');
   */
  static read(bytes: Uint8Array): XlsWorkbook {
    const container = readCompoundFile(bytes);
    const stream = container.stream('Workbook') ?? container.stream('Book');
    if (stream === null) throw new DamagedFileError('no Workbook stream');
    const globals = readGlobals(stream);
    const sheets: ReadGridSheet[] = [];
    for (const entry of globals.sheets) {
      const grid = readWorksheet(stream, entry, globals);
      if (grid === null) continue;
      sheets.push({ info: { name: entry.name, visible: entry.visible, protected: grid.protected }, grid: grid.grid });
    }
    return new XlsWorkbook(sheets);
  }
}

/** The first BOF tells the version: BIFF8, or an older Excel this reader does not read. */
function checkBof(record: BiffRecord | null, expected: number): void {
  if (record === null || record.type !== RECORD.BOF || record.body.length < 4) throw new DamagedFileError('no BOF record');
  const version = record.body[0]! | (record.body[1]! << 8);
  const kind = record.body[2]! | (record.body[3]! << 8);
  if (version !== BIFF8) throw new RefusedFileError('format.oldBiff');
  if (kind !== expected) throw new DamagedFileError(`substream kind 0x${kind.toString(16)} where 0x${expected.toString(16)} was expected`);
}

function readGlobals(stream: Uint8Array): Globals {
  const records = new BiffRecordReader(stream);
  checkBof(records.next(), GLOBALS_SUBSTREAM);
  const sheets: SheetEntry[] = [];
  let strings: string[] = [];
  const formatCodes = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let date1904 = false;
  for (let record = records.next(); record !== null && record.type !== RECORD.EOF; record = records.next()) {
    const body = record.body;
    switch (record.type) {
      case RECORD.FILEPASS:
        throw new RefusedFileError('file.encrypted');
      case RECORD.DATEMODE:
        date1904 = u16(body, 0) === 1;
        break;
      case RECORD.BOUNDSHEET8: {
        const name = readUnicodeString(new ContinuedBytes([body.subarray(6)]), 1, false);
        const hidden = body[4]! & 0x03;
        if (body[5] === WORKSHEET_TYPE) sheets.push({ name, visible: hidden === 0, offset: u32(body, 0) });
        break;
      }
      case RECORD.FORMAT:
        formatCodes.set(u16(body, 0), readUnicodeString(new ContinuedBytes([body.subarray(2)]), 2, false));
        break;
      case RECORD.XF:
        xfFormatIds.push(u16(body, 2));
        break;
      case RECORD.SST:
        strings = readSharedStrings([body, ...records.continuations()]);
        break;
      default:
        break;
    }
  }
  const xfFormats = xfFormatIds.map((id) => (id === 0 ? undefined : (formatCodes.get(id) ?? BUILT_IN_NUMBER_FORMATS[id] ?? ZH_CN_BUILT_IN_NUMBER_FORMATS[id])));
  return { sheets, strings, xfFormats, date1904 };
}

/** The SST: a count, then the strings, read over its CONTINUE records. */
function readSharedStrings(bodies: readonly Uint8Array[]): string[] {
  const bytes = new ContinuedBytes(bodies);
  bytes.skip(4);
  const unique = bytes.u32();
  const strings: string[] = [];
  // The count is only trusted as far as there are bytes: a lying count ends with the record, not in a loop.
  while (strings.length < unique && !bytes.atEnd) strings.push(readUnicodeString(bytes, 2, true));
  return strings;
}

function readWorksheet(stream: Uint8Array, entry: SheetEntry, globals: Globals): { grid: SheetGrid; protected: boolean } | null {
  const records = new BiffRecordReader(stream, entry.offset);
  const bof = records.next();
  if (bof !== null && bof.type === RECORD.BOF && bof.body.length >= 4 && u16(bof.body, 2) !== WORKSHEET_SUBSTREAM) return null;
  checkBof(bof, WORKSHEET_SUBSTREAM);
  const sheet = new SparseSheet();
  const { strings, xfFormats, date1904 } = globals;
  let isProtected = false;
  /** A FORMULA whose text result follows in a STRING record. */
  let pendingFormula: { row: number; column: number; xf: number } | null = null;

  const formatOf = (xf: number): string | undefined => xfFormats[xf];
  const storeNumber = (row: number, column: number, xf: number, number: number): void => {
    checkCell(row, column);
    const format = formatOf(xf);
    // As the .xlsx reader: a dated number keeps the serial a Date round trip gives (to the millisecond).
    const value = isDateFormat(format) ? dateSerialOf(number, date1904) : number;
    sheet.set(row, column, value, formatCellText(value, format, { date1904 }), format);
  };
  const storeValue = (row: number, column: number, xf: number, value: CellValue, text: string): void => {
    checkCell(row, column);
    sheet.set(row, column, value, text, formatOf(xf));
  };

  for (let record = records.next(); record !== null && record.type !== RECORD.EOF; record = records.next()) {
    const body = record.body;
    if (record.type === RECORD.CONTINUE) continue;
    if (pendingFormula !== null && record.type !== RECORD.STRING) pendingFormula = null;
    switch (record.type) {
      case RECORD.BOF:
        // An embedded substream (a chart on the sheet): skipped to its own EOF.
        skipSubstream(records);
        break;
      case RECORD.LABELSST: {
        requireLength(body, 10, record);
        const index = u32(body, 6);
        const text = strings[index];
        if (text === undefined) throw new DamagedFileError(`shared string ${index} of ${strings.length}`);
        storeValue(u16(body, 0), u16(body, 2), u16(body, 4), text, text);
        break;
      }
      case RECORD.LABEL:
      case RECORD.RSTRING: {
        requireLength(body, 9, record);
        const text = readUnicodeString(new ContinuedBytes([body.subarray(6), ...records.continuations()]), 2, false);
        storeValue(u16(body, 0), u16(body, 2), u16(body, 4), text, text);
        break;
      }
      case RECORD.NUMBER:
        requireLength(body, 14, record);
        storeNumber(u16(body, 0), u16(body, 2), u16(body, 4), f64(body, 6));
        break;
      case RECORD.RK:
        requireLength(body, 10, record);
        storeNumber(u16(body, 0), u16(body, 2), u16(body, 4), numberOfRk(u32(body, 6)));
        break;
      case RECORD.MULRK: {
        requireLength(body, 6, record);
        const row = u16(body, 0);
        const first = u16(body, 2);
        const count = (body.length - 6) / 6;
        if (!Number.isInteger(count) || u16(body, body.length - 2) !== first + count - 1) throw new DamagedFileError(`MULRK at ${record.offset} of ${body.length} bytes`);
        for (let index = 0; index < count; index += 1) storeNumber(row, first + index, u16(body, 4 + index * 6), numberOfRk(u32(body, 6 + index * 6)));
        break;
      }
      case RECORD.BLANK:
        requireLength(body, 6, record);
        checkCell(u16(body, 0), u16(body, 2));
        sheet.setFormat(u16(body, 0), u16(body, 2), formatOf(u16(body, 4)) ?? 'General');
        break;
      case RECORD.MULBLANK: {
        requireLength(body, 6, record);
        const row = u16(body, 0);
        const first = u16(body, 2);
        const count = (body.length - 6) / 2;
        for (let index = 0; index < count; index += 1) {
          checkCell(row, first + index);
          sheet.setFormat(row, first + index, formatOf(u16(body, 4 + index * 2)) ?? 'General');
        }
        break;
      }
      case RECORD.BOOLERR: {
        requireLength(body, 8, record);
        const isError = body[7] === 1;
        const code = body[6]!;
        if (isError) {
          const error = BOOLERR_ERRORS[code] ?? '#N/A';
          storeValue(u16(body, 0), u16(body, 2), u16(body, 4), { error }, error);
        } else {
          storeValue(u16(body, 0), u16(body, 2), u16(body, 4), code !== 0, code !== 0 ? 'TRUE' : 'FALSE');
        }
        break;
      }
      case RECORD.FORMULA: {
        requireLength(body, 20, record);
        const row = u16(body, 0);
        const column = u16(body, 2);
        const xf = u16(body, 4);
        if (u16(body, 12) !== 0xffff) {
          storeNumber(row, column, xf, f64(body, 6));
          break;
        }
        // Not a number: the result's kind is in the first byte (MS-XLS 2.5.133 FormulaValue).
        switch (body[6]) {
          case 0:
            pendingFormula = { row, column, xf };
            break;
          case 1:
            storeValue(row, column, xf, body[8] !== 0, body[8] !== 0 ? 'TRUE' : 'FALSE');
            break;
          case 2: {
            const error = BOOLERR_ERRORS[body[8]!] ?? '#N/A';
            storeValue(row, column, xf, { error }, error);
            break;
          }
          default:
            // An empty text result shows nothing, as a blank cell does.
            break;
        }
        break;
      }
      case RECORD.STRING: {
        if (pendingFormula === null) break;
        const text = readUnicodeString(new ContinuedBytes([body, ...records.continuations()]), 2, false);
        storeValue(pendingFormula.row, pendingFormula.column, pendingFormula.xf, text, text);
        pendingFormula = null;
        break;
      }
      case RECORD.MERGEDCELLS: {
        requireLength(body, 2, record);
        const count = u16(body, 0);
        if (2 + count * 8 > body.length) throw new DamagedFileError(`MERGEDCELLS at ${record.offset} lists ${count} areas in ${body.length} bytes`);
        for (let index = 0; index < count; index += 1) {
          const at = 2 + index * 8;
          const area = { top: u16(body, at), bottom: u16(body, at + 2), left: u16(body, at + 4), right: u16(body, at + 6) };
          if (area.bottom < area.top || area.right < area.left || area.right >= MAX_COLUMNS) throw new DamagedFileError(`merged area at ${record.offset}`);
          sheet.addMerge(area);
        }
        break;
      }
      case RECORD.PROTECT:
        isProtected = body.length >= 2 && u16(body, 0) === 1;
        break;
      default:
        break;
    }
  }
  return { grid: sheet.toGrid(entry.name), protected: isProtected };
}

/** Reads past an embedded substream's records to its EOF (nested ones too). */
function skipSubstream(records: BiffRecordReader): void {
  let depth = 1;
  for (let record = records.next(); record !== null; record = records.next()) {
    if (record.type === RECORD.BOF) depth += 1;
    else if (record.type === RECORD.EOF && --depth === 0) return;
  }
}

function checkCell(row: number, column: number): void {
  if (row >= MAX_ROWS || column >= MAX_COLUMNS) throw new DamagedFileError(`a cell at row ${row}, column ${column}`);
}

function requireLength(body: Uint8Array, length: number, record: BiffRecord): void {
  if (body.length < length) throw new DamagedFileError(`record 0x${record.type.toString(16)} at ${record.offset} has ${body.length} of ${length} bytes`);
}

function u16(body: Uint8Array, at: number): number {
  if (at + 2 > body.length) throw new DamagedFileError('a value runs past its record');
  return body[at]! | (body[at + 1]! << 8);
}

function u32(body: Uint8Array, at: number): number {
  return (u16(body, at) | (u16(body, at + 2) << 16)) >>> 0;
}

function f64(body: Uint8Array, at: number): number {
  return new DataView(body.buffer, body.byteOffset + at, 8).getFloat64(0, true);
}
