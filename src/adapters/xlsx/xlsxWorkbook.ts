/**
 * The ports on an .xlsx file held in memory, through ExcelJS. Runs in Node (CLI, tests) and in the
 * browser (the standalone page loads it in its own chunk); it never touches the file system itself —
 * `openWorkbookFile` does that for Node.
 */
import { Workbook as ExcelWorkbook, type Cell, type DataValidation, type Fill, type PaperSize, type Row, type Style, type Worksheet } from 'exceljs';
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress, type RangePosition } from '../../core';
import type { CellValue, DocumentTableOrigin, MergedArea, SheetGrid } from '../../core';
import {
  looksLikeFormula,
  type CellFormat,
  type PageSetup,
  type SheetInfo,
  type Workbook,
  type WorkbookOperation,
  type WritableValue,
  type WriteResult,
} from '../../core';
import { SheetNotFoundError, SheetProtectedError } from '../../core';
import {
  dataValidationsOf,
  isSheetProtected,
  makeExcelJsLoadingLinear,
  mergedAreasOf,
  removeNote,
  renderPackageParts,
  replaceDataValidations,
  type ExcelMergeRange,
  type RenderedPart,
} from './exceljsInternals';
import { serialFromDate } from './excelSerial';
import { formatCellText } from './formatCellText';
import { SharedStyles } from './sharedStyles';

export { SheetNotFoundError, SheetProtectedError };

/** Excel refuses a list validation whose comma-joined items pass 255 characters. */
const VALIDATION_LIST_LIMIT = 255;
const PAPER_SIZE_A4 = 9;
/**
 * Validations are kept this many rows below the last used row. ExcelJS holds one entry per cell, so a
 * list validation on a whole column (`F2:F1048576`, common in templates) is a million entries: saving
 * such a sheet took 8 s. No progress sheet grows by a thousand rows after it is opened here.
 */
const VALIDATION_MARGIN_ROWS = 1000;
/** Merged areas loaded are cut this many columns past the last written one (and `VALIDATION_MARGIN_ROWS` rows). */
const MERGE_MARGIN_COLUMNS = 50;

type Skipped = WriteResult['skipped'][number];

/** A cell's fill and note as ExcelJS holds them; opaque outside this module. */
export interface SavedDecoration {
  readonly sheet: string;
  readonly address: string;
  readonly fill: Fill | null;
  readonly note: Cell['note'] | null;
}

export class XlsxWorkbook implements Workbook {
  private readonly styles = new SharedStyles();
  /** Sheets copied from a Word document's tables, by name: where each came from (see `rememberDocumentTable`). */
  private readonly documentTables = new Map<string, DocumentTableOrigin>();

  private constructor(private readonly excel: ExcelWorkbook) {}

  /** A new workbook without sheets. */
  static create(): XlsxWorkbook {
    const excel = new ExcelWorkbook();
    excel.creator = '进度助手';
    return new XlsxWorkbook(excel);
  }

  /**
   * Reads .xlsx bytes. Rejects when they are not a readable workbook; callers that hold user files go
   * through `openWorkbookBytes`/`openWorkbookFile`, which check the bytes first and return problems as data.
   */
  static async load(bytes: Uint8Array | ArrayBuffer): Promise<XlsxWorkbook> {
    makeExcelJsLoadingLinear(ExcelWorkbook, VALIDATION_MARGIN_ROWS, MERGE_MARGIN_COLUMNS);
    const excel = new ExcelWorkbook();
    // ExcelJS declares a Node Buffer but hands the bytes to JSZip, which takes any Uint8Array/ArrayBuffer.
    await excel.xlsx.load(bytes as unknown as Parameters<ExcelWorkbook['xlsx']['load']>[0]);
    for (const worksheet of excel.worksheets) trimValidationsBelow(worksheet, worksheet.rowCount + VALIDATION_MARGIN_ROWS);
    return new XlsxWorkbook(excel);
  }

  /**
   * The workbook as .xlsx bytes. `uncompressed` leaves the zip entries stored, for a caller that
   * compresses faster than ExcelJS's JavaScript deflate can (`saveWorkbookFile` in Node).
   */
  async toBuffer(options: { readonly uncompressed?: boolean } = {}): Promise<Uint8Array> {
    for (const worksheet of this.excel.worksheets) compactValidations(worksheet);
    const written: unknown = await this.excel.xlsx.writeBuffer(options.uncompressed === true ? { zip: { compression: 'STORE' } } : undefined);
    // Checked by internal slot, not `instanceof`: the bytes may come from another realm (a jsdom window, a frame).
    if (ArrayBuffer.isView(written)) return new Uint8Array(written.buffer, written.byteOffset, written.byteLength);
    if (Object.prototype.toString.call(written) === '[object ArrayBuffer]') return new Uint8Array(written as ArrayBuffer);
    throw new TypeError(`ExcelJS returned an unexpected buffer type: ${Object.prototype.toString.call(written)}`);
  }

  /**
   * Renders the workbook's package parts without zipping them, each handed to `onPart` as it is made,
   * for a caller that zips faster than JSZip (`saveWorkbookFile` in Node). False when this ExcelJS
   * cannot hand them over (nothing was rendered): `toBuffer` must do.
   */
  async renderParts(onPart: (part: RenderedPart) => void): Promise<boolean> {
    for (const worksheet of this.excel.worksheets) compactValidations(worksheet);
    return renderPackageParts(this.excel, onPart);
  }

  /** Protects a sheet the way Excel's 审阅 → 保护工作表 does (tests, fixtures). */
  async protectSheet(name: string, password = ''): Promise<void> {
    await this.requireWorksheet(name).protect(password, {});
  }

  /**
   * The fill and note of cells as they are now, to put back exactly with `restoreDecorations` (file mode
   * marks flagged cells and must be able to clear only what it added).
   */
  saveDecorations(sheet: string, addresses: readonly string[]): SavedDecoration[] {
    const worksheet = this.requireWorksheet(sheet);
    return addresses.map((address) => {
      const position = parseCellAddress(address);
      if (!position) throw new Error(`not a cell address: ${address}`);
      const cell = worksheet.findCell(position.row + 1, position.column + 1);
      return {
        sheet: worksheet.name,
        address: cellAddress(position.row, position.column),
        fill: cell?.style.fill ? structuredClone(cell.style.fill) : null,
        note: cell?.note ?? null,
      };
    });
  }

  restoreDecorations(saved: readonly SavedDecoration[]): void {
    for (const decoration of saved) {
      const cell = cellAt(this.requireWorksheet(decoration.sheet), decoration.address);
      const { fill: _dropped, ...rest } = cell.style;
      cell.style = decoration.fill ? { ...rest, fill: decoration.fill } : rest;
      if (decoration.note === null) removeNote(cell);
      else cell.note = decoration.note;
    }
  }

  /**
   * Says that a sheet is a copy of a Word document's table (file mode opens a .docx as a new workbook):
   * its grid then carries the table's origin, so its issues are told at 表1 第3行 第5列 as the CLI tells
   * them, not at cells of a sheet the user never saw. Forgotten when the sheet is deleted or replaced.
   *
   * @example
   * workbook.rememberDocumentTable('表1', { table: 1, firstRow: 2 });
   * (await workbook.readSheet('表1')).documentTable // { table: 1, firstRow: 2 }
   */
  rememberDocumentTable(sheet: string, origin: DocumentTableOrigin): void {
    this.documentTables.set(this.requireWorksheet(sheet).name, origin);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.excel.worksheets.map((worksheet) => ({
      name: worksheet.name,
      visible: worksheet.state === 'visible',
      protected: isSheetProtected(worksheet),
    }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const worksheet = this.requireWorksheet(name);
    const date1904 = this.excel.properties.date1904 === true;
    const merges: MergedArea[] = mergedAreasOf(worksheet).map((merge) => ({
      top: merge.top - 1,
      left: merge.left - 1,
      bottom: merge.bottom - 1,
      right: merge.right - 1,
    }));

    // Rows as ExcelJS holds them (sparse), then made rectangular: no object per cell in between.
    const sparseValues: CellValue[][] = [];
    const sparseText: string[][] = [];
    let lastRow = -1;
    let lastColumn = -1;
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const r = rowNumber - 1;
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (isMergeFollower(cell)) return;
        const read = readCell(cell, date1904);
        if (read.value === null) return;
        const c = columnNumber - 1;
        (sparseValues[r] ??= [])[c] = read.value;
        (sparseText[r] ??= [])[c] = read.text;
        lastRow = Math.max(lastRow, r);
        lastColumn = Math.max(lastColumn, c);
      });
    });
    for (const merge of merges) {
      lastRow = Math.max(lastRow, merge.bottom);
      lastColumn = Math.max(lastColumn, merge.right);
    }

    const height = lastRow + 1;
    const width = lastColumn + 1;
    const values: CellValue[][] = [];
    const text: string[][] = [];
    const numberFormats: string[][] = [];
    // Rows ExcelJS holds nothing for share one frozen empty row: memory follows the cells, not the
    // highest address a sheet names (row 1,048,576 with three cells).
    let emptyRow: { values: readonly CellValue[]; text: readonly string[]; formats: readonly string[] } | undefined;
    for (let r = 0; r < height; r += 1) {
      const valueRow = sparseValues[r];
      const textRow = sparseText[r];
      const sheetRow = worksheet.findRow(r + 1);
      if (valueRow === undefined && sheetRow === undefined) {
        emptyRow ??= {
          values: Object.freeze(Array<CellValue>(width).fill(null)),
          text: Object.freeze(Array<string>(width).fill('')),
          formats: Object.freeze(Array<string>(width).fill('General')),
        };
        values.push(emptyRow.values as CellValue[]);
        text.push(emptyRow.text as string[]);
        numberFormats.push(emptyRow.formats as string[]);
        continue;
      }
      const rowValues = Array<CellValue>(width);
      const rowText = Array<string>(width);
      const rowFormats = Array<string>(width);
      for (let c = 0; c < width; c += 1) {
        rowValues[c] = valueRow?.[c] ?? null;
        rowText[c] = textRow?.[c] ?? '';
        rowFormats[c] = sheetRow?.findCell(c + 1)?.numFmt ?? 'General';
      }
      values.push(rowValues);
      text.push(rowText);
      numberFormats.push(rowFormats);
    }
    const documentTable = this.documentTables.get(worksheet.name);
    return documentTable === undefined ? { name: worksheet.name, values, text, merges, numberFormats } : { name: worksheet.name, values, text, merges, numberFormats, documentTable };
  }

  /** Each column's width up to the last column the sheet uses, in Excel's units; null for the default. */
  async columnWidths(name: string): Promise<(number | null)[]> {
    const worksheet = this.requireWorksheet(name);
    return columnWidthsOf(worksheet, worksheet.actualColumnCount > 0 ? worksheet.columnCount : 0);
  }

  async apply(operations: readonly WorkbookOperation[]): Promise<WriteResult> {
    // Everything that could refuse the batch is checked before the first change, so nothing lands half-way.
    this.checkBatch(operations);
    const skipped: Skipped[] = [];
    for (const operation of operations) {
      if (operation.op !== 'deleteRows') this.applyOne(operation, skipped);
    }
    const deletions = operations.filter(
      (operation): operation is Extract<WorkbookOperation, { op: 'deleteRows' }> => operation.op === 'deleteRows',
    );
    for (const deletion of [...deletions].sort((a, b) => b.row - a.row)) {
      deleteRows(this.requireWorksheet(deletion.sheet), deletion.row, deletion.count);
    }
    return { skipped };
  }

  private forgetDocumentTable(sheet: string): void {
    const worksheet = this.findWorksheet(sheet);
    if (worksheet) this.documentTables.delete(worksheet.name);
  }

  private checkBatch(operations: readonly WorkbookOperation[]): void {
    for (const operation of operations) {
      const target = this.findWorksheet(operation.sheet);
      if (target && isSheetProtected(target) && !(operation.op === 'addSheet' && operation.replace)) {
        throw new SheetProtectedError(target.name);
      }
    }
    const present = new Set(this.excel.worksheets.map((worksheet) => worksheet.name.toLowerCase()));
    for (const operation of operations) {
      const key = operation.sheet.toLowerCase();
      switch (operation.op) {
        case 'addSheet':
          checkSheetName(operation.sheet);
          if (present.has(key) && !operation.replace) throw new Error(`sheet already exists: ${operation.sheet}`);
          present.add(key);
          continue;
        case 'deleteSheet':
          present.delete(key);
          continue;
        default:
          if (!present.has(key)) throw new SheetNotFoundError(operation.sheet);
      }
      switch (operation.op) {
        case 'writeBlock':
          checkPosition(operation.row, operation.column);
          checkFiniteNumbers(operation.values, operation.sheet);
          break;
        case 'deleteRows':
          checkPosition(operation.row, 0);
          if (!Number.isInteger(operation.count) || operation.count < 0) throw new RangeError(`bad row count: ${operation.count}`);
          break;
        case 'setFormat':
        case 'mergeCells':
        case 'setValidationList':
        case 'addChart':
          requireRange(operation.range);
          break;
        case 'setNote':
          if (!parseCellAddress(operation.cell)) throw new Error(`not a cell address: ${operation.cell}`);
          break;
        case 'setColumnWidths':
        case 'freezeRows':
        case 'setPageSetup':
          break;
        default:
          operation satisfies never;
      }
    }
  }

  private applyOne(operation: WorkbookOperation, skipped: Skipped[]): void {
    switch (operation.op) {
      case 'addSheet':
        this.forgetDocumentTable(operation.sheet);
        this.addSheet(operation.sheet, operation.replace);
        return;
      case 'deleteSheet': {
        this.forgetDocumentTable(operation.sheet);
        const worksheet = this.findWorksheet(operation.sheet);
        if (worksheet) this.excel.removeWorksheet(worksheet.id);
        return;
      }
      case 'writeBlock':
        writeBlock(this.requireWorksheet(operation.sheet), operation.row, operation.column, operation.values, this.styles);
        return;
      case 'deleteRows':
        deleteRows(this.requireWorksheet(operation.sheet), operation.row, operation.count);
        return;
      case 'setFormat': {
        const worksheet = this.requireWorksheet(operation.sheet);
        const range = requireRange(operation.range);
        // Row by row, each row looked up once: a format often covers every cell of a compiled sheet.
        for (let row = range.top; row <= range.bottom; row += 1) {
          const sheetRow = worksheet.getRow(row + 1);
          for (let column = range.left; column <= range.right; column += 1) {
            formatCell(cellInRow(sheetRow, column + 1), operation.format, this.styles);
          }
        }
        return;
      }
      case 'mergeCells': {
        const worksheet = this.requireWorksheet(operation.sheet);
        const range = requireRange(operation.range);
        if (range.top === range.bottom && range.left === range.right) return;
        // Excel merges over an existing merge by replacing it; ExcelJS throws, so unmerge first.
        worksheet.unMergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);
        worksheet.mergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);
        return;
      }
      case 'setColumnWidths': {
        const worksheet = this.requireWorksheet(operation.sheet);
        operation.widths.forEach((width, index) => {
          worksheet.getColumn(index + 1).width = width;
        });
        return;
      }
      case 'freezeRows': {
        const worksheet = this.requireWorksheet(operation.sheet);
        worksheet.views =
          operation.count > 0
            ? [{ state: 'frozen', xSplit: 0, ySplit: operation.count, topLeftCell: cellAddress(operation.count, 0) }]
            : [{ state: 'normal' }];
        return;
      }
      case 'setValidationList': {
        const refusal = validationListRefusal(operation.list);
        if (refusal) {
          skipped.push({ op: operation.op, reason: refusal });
          return;
        }
        setValidationList(this.requireWorksheet(operation.sheet), requireRange(operation.range), operation.list);
        return;
      }
      case 'setNote': {
        const position = parseCellAddress(operation.cell);
        if (!position) return;
        const worksheet = this.requireWorksheet(operation.sheet);
        if (operation.text === null) {
          const cell = worksheet.findCell(position.row + 1, position.column + 1);
          if (cell) removeNote(cell);
        } else {
          worksheet.getCell(position.row + 1, position.column + 1).note = operation.text;
        }
        return;
      }
      case 'setPageSetup':
        setPageSetup(this.requireWorksheet(operation.sheet), operation.setup);
        return;
      case 'addChart':
        skipped.push({ op: operation.op, reason: 'xlsx.unsupported.charts' });
        return;
      default:
        return operation satisfies never;
    }
  }

  private addSheet(name: string, replace: boolean): void {
    const existing = this.findWorksheet(name);
    if (existing && !replace) throw new Error(`sheet already exists: ${name}`);
    if (!existing) {
      this.excel.addWorksheet(name);
      return;
    }
    // A replaced sheet keeps its place among the tabs.
    const { orderNo } = existing as unknown as { orderNo: number };
    this.excel.removeWorksheet(existing.id);
    const replacement = this.excel.addWorksheet(name);
    (replacement as unknown as { orderNo: number }).orderNo = orderNo;
  }

  private findWorksheet(name: string): Worksheet | undefined {
    const sheets = this.excel.worksheets;
    return sheets.find((sheet) => sheet.name === name) ?? sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private requireWorksheet(name: string): Worksheet {
    const worksheet = this.findWorksheet(name);
    if (!worksheet) throw new SheetNotFoundError(name);
    return worksheet;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** An ExcelJS cell, created when missing (named apart from Office.js's `getCell`, which lint checks for loads). */
function cellAt(worksheet: Worksheet, address: string): Cell {
  return worksheet.getCell(address);
}

/**
 * The cell of a row at a 1-based column, created when missing. Cells are reached through their row:
 * ExcelJS's `getCell(r, c)` spells the position out as an address and parses it back, and `row.getCell(n)`
 * spells out the address even when the cell exists, which stood out in profiles of writing whole sheets.
 */
function cellInRow(row: Row, columnNumber: number): Cell {
  return row.findCell(columnNumber) ?? row.getCell(columnNumber);
}

interface ReadCell {
  readonly value: CellValue;
  readonly text: string;
}

/** A merged cell other than the top-left one: Excel shows the merged value once, at the top-left. */
function isMergeFollower(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function readCell(cell: Cell, date1904: boolean): ReadCell {
  return readValue(cell.value, cell.numFmt, date1904);
}

function readValue(raw: unknown, numberFormat: string | undefined, date1904: boolean): ReadCell {
  if (raw === null || raw === undefined) return { value: null, text: '' };
  if (typeof raw === 'number') return { value: raw, text: formatCellText(raw, numberFormat, { date1904 }) };
  if (typeof raw === 'string') return { value: raw, text: raw };
  if (typeof raw === 'boolean') return { value: raw, text: raw ? 'TRUE' : 'FALSE' };
  if (raw instanceof Date) {
    const serial = serialFromDate(raw, date1904);
    return { value: serial, text: formatCellText(serial, numberFormat, { date1904 }) };
  }
  if (typeof raw === 'object') {
    if ('error' in raw && typeof raw.error === 'string') return { value: { error: raw.error }, text: raw.error };
    if ('richText' in raw && Array.isArray(raw.richText)) {
      const joined = flattenRichText(raw.richText);
      return { value: joined, text: joined };
    }
    if ('formula' in raw || 'sharedFormula' in raw) {
      // A formula shows its last calculated result; ExcelJS cannot recalculate.
      return readValue('result' in raw ? raw.result : null, numberFormat, date1904);
    }
    if ('hyperlink' in raw && 'text' in raw) return readValue(raw.text, numberFormat, date1904);
  }
  const fallback = String(raw);
  return { value: fallback, text: fallback };
}

function flattenRichText(runs: readonly unknown[]): string {
  return runs
    .map((run) => (typeof run === 'object' && run !== null && 'text' in run && typeof run.text === 'string' ? run.text : ''))
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Writing

function writeBlock(worksheet: Worksheet, top: number, left: number, rows: readonly (readonly WritableValue[])[], styles: SharedStyles): void {
  for (let r = 0; r < rows.length; r += 1) {
    const rowValues = rows[r] ?? [];
    const rowNumber = top + r + 1;
    // Looked up once per row; a row is created only when a value lands in it.
    let sheetRow = worksheet.findRow(rowNumber);
    for (let c = 0; c < rowValues.length; c += 1) {
      const value = rowValues[c] ?? null;
      const columnNumber = left + c + 1;
      const empty = value === null || value === '';
      const existing = sheetRow?.findCell(columnNumber);
      if (empty && !existing) continue;
      sheetRow ??= worksheet.getRow(rowNumber);
      const cell = existing ?? sheetRow.getCell(columnNumber);
      if (isMergeFollower(cell)) {
        // Writing to the hidden part of a merged area would overwrite its top-left value in ExcelJS.
        if (empty) continue;
        worksheet.unMergeCells(cell.address);
      }
      writeCell(cell, value, styles);
    }
  }
}

export const TEXT_FORMAT: Partial<Style> = { numFmt: '@' };

function writeCell(cell: Cell, value: WritableValue, styles: SharedStyles): void {
  if (typeof value === 'string' && looksLikeFormula(value)) {
    // A string cell is never a formula in the file, but the text format keeps Excel from turning it
    // into one when the user presses F2 and Enter on it.
    cell.style = styles.restyled(cell.style, TEXT_FORMAT, () => TEXT_FORMAT);
  }
  cell.value = value === '' ? null : value;
}

/** Loaded cells share style objects per style id, and so do ours: a change is a new shared object, never an edit. */
function formatCell(cell: Cell, format: CellFormat, styles: SharedStyles): void {
  cell.style = styles.restyled(cell.style, format, (style) => styleChange(style, format));
}

export function styleChange(style: Partial<Style>, format: CellFormat): Partial<Style> {
  const change: Partial<Style> = {};
  if (format.bold !== undefined || format.fontColor !== undefined || format.fontSize !== undefined) {
    change.font = {
      ...style.font,
      ...(format.bold !== undefined ? { bold: format.bold } : {}),
      ...(format.fontColor !== undefined ? { color: { argb: argbOf(format.fontColor) } } : {}),
      ...(format.fontSize !== undefined ? { size: format.fontSize } : {}),
    };
  }
  if (format.wrap !== undefined || format.horizontalAlignment !== undefined || format.verticalAlignment !== undefined) {
    change.alignment = {
      ...style.alignment,
      ...(format.wrap !== undefined ? { wrapText: format.wrap } : {}),
      ...(format.horizontalAlignment !== undefined ? { horizontal: format.horizontalAlignment } : {}),
      ...(format.verticalAlignment !== undefined
        ? { vertical: format.verticalAlignment === 'center' ? 'middle' : format.verticalAlignment }
        : {}),
    };
  }
  if (format.fill !== undefined) {
    change.fill =
      format.fill === null
        ? { type: 'pattern', pattern: 'none' }
        : { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(format.fill) } };
  }
  if (format.numberFormat !== undefined) change.numFmt = format.numberFormat;
  if (format.border !== undefined) {
    const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
    change.border = format.border ? { top: thin, left: thin, bottom: thin, right: thin } : {};
  }
  return change;
}

/** `#DDEBF7` → `FFDDEBF7` (ExcelJS wants alpha first). */
function argbOf(hex: string): string {
  const digits = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!digits) throw new RangeError(`not a #RRGGBB colour: ${hex}`);
  return `FF${digits.toUpperCase()}`;
}

/** The message key saying why a list cannot be an .xlsx list validation, or null when it can. */
function validationListRefusal(list: readonly string[]): string | null {
  if (list.some((item) => item.includes(',') || item.includes('"'))) return 'xlsx.unsupported.listSeparator';
  if (list.join(',').length > VALIDATION_LIST_LIMIT) return 'xlsx.unsupported.listTooLong';
  return null;
}

function setValidationList(worksheet: Worksheet, range: RangePosition, list: readonly string[]): void {
  const validation: DataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [`"${list.join(',')}"`],
    showErrorMessage: true,
  };
  const model = dataValidationsOf(worksheet);
  // A validation loaded as one range (a whole column) gives up the cells the new one takes, so that no two
  // validations overlap (Excel repairs such a file).
  for (const [address, existing] of Object.entries(model)) {
    const loaded = existing && address.includes(':') ? parseRangeAddress(address) : null;
    if (!existing || !loaded || !intersect(loaded, range)) continue;
    delete model[address];
    for (const rest of rangeWithout(loaded, range)) model[rangeAddress(rest.top, rest.left, rest.bottom, rest.right)] = existing;
  }
  // One entry per cell, as ExcelJS reads them; it joins equal neighbours into ranges when saving.
  forEachCell(range, (row, column) => {
    model[cellAddress(row, column)] = validation;
  });
}

function intersect(a: RangePosition, b: RangePosition): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** What is left of `range` without `hole`, as at most four rectangles (above, below, left, right). */
function rangeWithout(range: RangePosition, hole: RangePosition): RangePosition[] {
  const rests: RangePosition[] = [];
  const top = Math.max(range.top, hole.top);
  const bottom = Math.min(range.bottom, hole.bottom);
  if (range.top < hole.top) rests.push({ ...range, bottom: hole.top - 1 });
  if (range.bottom > hole.bottom) rests.push({ ...range, top: hole.bottom + 1 });
  if (range.left < hole.left) rests.push({ top, bottom, left: range.left, right: hole.left - 1 });
  if (range.right > hole.right) rests.push({ top, bottom, left: hole.right + 1, right: range.right });
  return rests;
}

export function setPageSetup(worksheet: Pick<Worksheet, 'pageSetup'>, setup: PageSetup): void {
  worksheet.pageSetup.orientation = setup.orientation;
  worksheet.pageSetup.paperSize = PAPER_SIZE_A4 as PaperSize;
  if (setup.fitToWidth) {
    worksheet.pageSetup.fitToPage = true;
    worksheet.pageSetup.fitToWidth = 1;
    worksheet.pageSetup.fitToHeight = 0;
  }
  if (setup.printTitleRows) worksheet.pageSetup.printTitlesRow = `${setup.printTitleRows.first}:${setup.printTitleRows.last}`;
}

/**
 * Deletes rows and moves everything below up, including what ExcelJS's `spliceRows` leaves behind:
 * merged areas, notes and validations. Formulas keep their text (ExcelJS does not rewrite references).
 */
function deleteRows(worksheet: Worksheet, row: number, count: number): void {
  if (count <= 0) return;
  const first = row + 1;
  const last = row + count;
  const shift = (rowNumber: number): number | null => (rowNumber < first ? rowNumber : rowNumber > last ? rowNumber - count : null);

  const merges = mergedAreasOf(worksheet);
  for (const merge of merges) worksheet.unMergeCells(merge.top, merge.left, merge.bottom, merge.right);

  const notes: { row: number; column: number; note: Cell['note'] }[] = [];
  worksheet.eachRow({ includeEmpty: false }, (sheetRow, rowNumber) => {
    sheetRow.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      if (cell.note === undefined) return;
      notes.push({ row: rowNumber, column: columnNumber, note: cell.note });
      removeNote(cell);
    });
  });

  const validations: Record<string, DataValidation> = {};
  for (const [address, validation] of Object.entries(dataValidationsOf(worksheet))) {
    const range = validation && parseRangeAddress(address);
    if (!validation || !range) continue;
    // Moved as a whole (a validation over a whole column is one range, not a million cells).
    const top = shift(range.top + 1) ?? first;
    const bottom = range.bottom + 1 < first ? range.bottom + 1 : range.bottom + 1 > last ? range.bottom + 1 - count : first - 1;
    if (bottom >= top) validations[rangeAddress(top - 1, range.left, bottom - 1, range.right)] = validation;
  }

  // One row at a time: ExcelJS's spliceRows loses rows when a block of two or more ends near the bottom.
  for (let removed = 0; removed < count; removed += 1) worksheet.spliceRows(first, 1);

  for (const { row: noteRow, column, note } of notes) {
    const moved = shift(noteRow);
    if (moved !== null) worksheet.getCell(moved, column).note = note;
  }
  replaceDataValidations(worksheet, validations);
  for (const merge of merges) {
    const moved = shiftedMerge(merge, first, last, count);
    if (moved) worksheet.mergeCells(moved.top, moved.left, moved.bottom, moved.right);
  }
}

/** A merged area after deleting rows first..last (1-based); null when nothing of it is left to merge. */
function shiftedMerge(merge: ExcelMergeRange, first: number, last: number, count: number): ExcelMergeRange | null {
  const top = merge.top < first ? merge.top : merge.top > last ? merge.top - count : first;
  const bottom = merge.bottom < first ? merge.bottom : merge.bottom > last ? merge.bottom - count : first - 1;
  if (bottom < top) return null;
  if (top === bottom && merge.left === merge.right) return null;
  return { top, left: merge.left, bottom, right: merge.right };
}

/**
 * Joins the per-cell validations ExcelJS keeps into rectangles before saving. ExcelJS's own joining
 * sorts addresses as text (F10 before F5) and then writes overlapping ranges (F10:F60 and F5:F60), which
 * Excel may repair away; here each cell lands in exactly one range.
 */
function compactValidations(worksheet: Worksheet): void {
  const groups = new Map<string, { validation: DataValidation; cells: { row: number; column: number }[]; ranges: string[] }>();
  for (const [address, validation] of Object.entries(dataValidationsOf(worksheet))) {
    if (!validation) continue;
    const key = JSON.stringify(validation);
    const group = groups.get(key) ?? { validation, cells: [], ranges: [] };
    groups.set(key, group);
    const cell = parseCellAddress(address);
    if (cell) group.cells.push(cell);
    else group.ranges.push(address);
  }
  const compacted: Record<string, DataValidation> = {};
  for (const { validation, cells, ranges } of groups.values()) {
    for (const range of ranges) compacted[range] = validation;
    for (const range of rectanglesOf(cells)) compacted[range] = validation;
  }
  replaceDataValidations(worksheet, compacted);
}

/** Cells as few rectangles: runs down each column, then equal runs of neighbouring columns side by side. */
function rectanglesOf(cells: readonly { row: number; column: number }[]): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: RangePosition[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === cell.column && last.bottom + 1 === cell.row) runs[runs.length - 1] = { ...last, bottom: cell.row };
    else if (!(last && last.left === cell.column && last.bottom >= cell.row)) runs.push({ top: cell.row, bottom: cell.row, left: cell.column, right: cell.column });
  }
  const rectangles: RangePosition[] = [];
  for (const run of runs) {
    const beside = rectangles.find((rectangle) => rectangle.right + 1 === run.left && rectangle.top === run.top && rectangle.bottom === run.bottom);
    if (beside) rectangles[rectangles.indexOf(beside)] = { ...beside, right: run.right };
    else rectangles.push(run);
  }
  return rectangles.map((rectangle) => rangeAddress(rectangle.top, rectangle.left, rectangle.bottom, rectangle.right));
}

function trimValidationsBelow(worksheet: Worksheet, lastRow: number): void {
  const model = dataValidationsOf(worksheet);
  const kept: Record<string, DataValidation> = {};
  let trimmed = false;
  for (const [address, validation] of Object.entries(model)) {
    if (!validation) continue;
    // Entries are single cells (`F123`) or ranges (loaded whole when large, or joined), keyed by their top row.
    const firstRow = Number(/^[A-Z]+(\d+)/.exec(address)?.[1] ?? '0');
    if (firstRow > lastRow) {
      trimmed = true;
      continue;
    }
    kept[address] = validation;
  }
  if (trimmed) replaceDataValidations(worksheet, kept);
}

// ---------------------------------------------------------------------------------------------
// Checks

function checkSheetName(name: string): void {
  if (name === '' || name.length > 31 || /[*?:/\\[\]]/.test(name) || /^'|'$/.test(name) || name === 'History') {
    throw new RangeError(`not a valid sheet name: ${name}`);
  }
}

/** Indexed loops: this runs once per batch over every value written, mostly before the JIT has optimised it. */
function checkFiniteNumbers(rows: readonly (readonly WritableValue[])[], sheet: string): void {
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    for (let c = 0; c < row.length; c += 1) {
      const value = row[c];
      if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`cannot write ${value} to ${sheet}`);
    }
  }
}

function checkPosition(row: number, column: number): void {
  if (!Number.isInteger(row) || row < 0 || !Number.isInteger(column) || column < 0) {
    throw new RangeError(`not a cell position: row ${row}, column ${column}`);
  }
}

function requireRange(address: string): RangePosition {
  const range = parseRangeAddress(address);
  if (!range) throw new Error(`not a range address: ${address}`);
  return range;
}

function forEachCell(range: RangePosition, visit: (row: number, column: number) => void): void {
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) visit(row, column);
  }
}

/**
 * Each column's width in Excel's units (characters of the default font), null where the sheet keeps the
 * default. Read from the columns ExcelJS already holds: `getColumn` would add definitions to the file.
 */
function columnWidthsOf(worksheet: Worksheet, width: number): (number | null)[] {
  const columns = (worksheet.columns as ({ width?: number } | undefined)[] | null | undefined) ?? [];
  const fallback = worksheet.properties.defaultColWidth;
  return Array.from({ length: width }, (_, index) => {
    const defined = columns[index]?.width;
    if (typeof defined === 'number' && defined > 0) return defined;
    return typeof fallback === 'number' && fallback > 0 ? fallback : null;
  });
}
