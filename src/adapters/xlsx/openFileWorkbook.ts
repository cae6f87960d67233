/**
 * A user's file opened in the page the way the CLI opens it. An .xlsx is read by the same sheet reader
 * (`readXlsxBytesInBrowser`), so the page and `jindu` see the same grid for the same file (formula
 * results of 0, ISO dates, parts found through relationships …, where ExcelJS reads otherwise); ExcelJS
 * stays the writer: file mode writes marks, fills and notes into the user's workbook and hands it back.
 * After a write, the workbook is read again from the bytes ExcelJS writes, as the CLI would read its output.
 * A file the sheet reader refuses (or a browser that cannot inflate it whole) is read by ExcelJS, as before.
 * Any other format `openSpreadsheetBytes` reads (.xls, .et, CSV, an exported web page …) is read by its
 * reader and copied into a new .xlsx workbook — values, number formats, merged areas — so the check sees
 * what the reader read and the download is always an .xlsx (the original is never changed).
 */
import { isCellError, rangeAddress, type SheetGrid, type SheetInfo, type WorkbookOperation, type WorkbookReader, type WritableValue, type WriteResult } from '../../core';
import { openSpreadsheetBytes, type ReadProblem } from '../formats/openSpreadsheetBytes';
import { inspectXlsxBytes, type FileProblem } from './inspectXlsxBytes';
import { measureUnpackedSize } from './measureUnpackedSize';
import { openWorkbookBytes, type OpenedWorkbook } from './openWorkbookBytes';
import { readXlsxBytesInBrowser } from './sheetReader/readXlsxBytesInBrowser';
import type { XlsxSheetReader } from './sheetReader/xlsxSheetReader';
import { XlsxWorkbook, type SavedDecoration } from './xlsxWorkbook';

/**
 * The file's sheets read by the sheet reader, or null when it does not read them (ExcelJS will).
 * `measuredUnpackedBytes`: what `measureUnpackedSize` counted, when it was (see `readXlsxBytes`).
 */
export async function readWithSheetReader(bytes: Uint8Array | ArrayBuffer, measuredUnpackedBytes = 0): Promise<XlsxSheetReader | null> {
  const view = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  try {
    return await readXlsxBytesInBrowser(view, measuredUnpackedBytes);
  } catch {
    // Refused (zip64, an inflater that cannot finish …) or damaged: ExcelJS decides, as in the CLI.
    return null;
  }
}

/**
 * A file opened only to be read (a previous report, a bureau's report to compile): ExcelJS is not needed
 * unless the sheet reader refuses the file.
 *
 * @example
 * const opened = await openWorkbookForReading(file.name, new Uint8Array(await file.arrayBuffer()));
 */
export async function openWorkbookForReading(
  fileName: string,
  bytes: Uint8Array | ArrayBuffer,
): Promise<{ readonly ok: true; readonly workbook: WorkbookReader } | { readonly ok: false; readonly problem: FileProblem }> {
  const inspection = inspectXlsxBytes(bytes, fileName);
  if (!inspection.ok) return inspection;
  const view = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  const measured = await measureUnpackedSize(view, fileName);
  if (!measured.ok) return measured;
  const reader = await readWithSheetReader(view, measured.unpackedBytes);
  if (reader === null) return openWorkbookBytes(fileName, bytes);
  if ((await reader.listSheets()).length === 0) return { ok: false, problem: { key: 'file.empty', params: { file: fileName } } };
  return { ok: true, workbook: reader };
}

/**
 * @example
 * const opened = await openFileWorkbook('市财政局.xls', bytes);
 * if (opened.ok) session.add('市财政局.xls', opened.workbook, null);
 */
export type OpenedFileWorkbook = { readonly ok: true; readonly workbook: XlsxWorkbook | ReadByReaderWorkbook } | { readonly ok: false; readonly problem: ReadProblem };

export async function openFileWorkbook(fileName: string, bytes: Uint8Array | ArrayBuffer): Promise<OpenedFileWorkbook> {
  let openedAsXlsx: XlsxWorkbook | ReadByReaderWorkbook | null = null;
  const opened = await openSpreadsheetBytes(fileName, bytes, async (name, xlsxBytes) => {
    const result = await openXlsxForFileMode(name, xlsxBytes);
    if (result.ok) openedAsXlsx = result.workbook;
    return result;
  });
  if (!opened.ok) return { ok: false, problem: opened.problem };
  return { ok: true, workbook: openedAsXlsx ?? (await xlsxCopyOf(opened.workbook)) };
}

/** An .xlsx for file mode: checked and written by ExcelJS, read by the sheet reader. */
async function openXlsxForFileMode(fileName: string, bytes: Uint8Array | ArrayBuffer): Promise<OpenedWorkbook | { readonly ok: true; readonly workbook: ReadByReaderWorkbook }> {
  // ExcelJS first: it checks the file (size, zip bomb, damage) with the messages users know, and it is the writer.
  const opened = await openWorkbookBytes(fileName, bytes);
  if (!opened.ok) return opened;
  const reader = await readWithSheetReader(bytes);
  if (reader === null) return opened;
  if ((await reader.listSheets()).length === 0) return { ok: false, problem: { key: 'file.empty', params: { file: fileName } } };
  return { ok: true, workbook: new ReadByReaderWorkbook(opened.workbook, reader) };
}

/** Reads through the sheet reader, writes through ExcelJS; reads after a write see the written bytes. */
export class ReadByReaderWorkbook {
  /** The reader of the workbook as it is now, or null once a write made it stale. */
  private current: XlsxSheetReader | null;

  constructor(
    private readonly writer: XlsxWorkbook,
    reader: XlsxSheetReader,
  ) {
    this.current = reader;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return (await this.reader()).listSheets();
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return (await this.reader()).readSheet(name);
  }

  async apply(operations: readonly WorkbookOperation[]): Promise<WriteResult> {
    this.current = null;
    return this.writer.apply(operations);
  }

  /** Column widths are formatting, which the writer holds (the sheet reader reads values). */
  columnWidths(sheet: string): Promise<(number | null)[]> {
    return this.writer.columnWidths(sheet);
  }

  saveDecorations(sheet: string, addresses: readonly string[]): SavedDecoration[] {
    return this.writer.saveDecorations(sheet, addresses);
  }

  restoreDecorations(saved: readonly SavedDecoration[]): void {
    this.current = null;
    this.writer.restoreDecorations(saved);
  }

  toBuffer(): Promise<Uint8Array> {
    return this.writer.toBuffer();
  }

  private async reader(): Promise<XlsxSheetReader> {
    if (this.current !== null) return this.current;
    const written = await this.writer.toBuffer();
    const reread = await readWithSheetReader(written);
    if (reread === null) throw new Error('the workbook ExcelJS wrote could not be read back');
    this.current = reread;
    return reread;
  }
}

/** A new .xlsx workbook holding every sheet of `reader`: values, number formats and merged areas. */
export async function xlsxCopyOf(reader: WorkbookReader): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  const operations: WorkbookOperation[] = [];
  for (const info of await reader.listSheets()) {
    const grid = await reader.readSheet(info.name);
    operations.push({ op: 'addSheet', sheet: info.name, replace: false });
    operations.push(...copyOperations(grid));
  }
  await workbook.apply(operations);
  return workbook;
}

function copyOperations(grid: SheetGrid): WorkbookOperation[] {
  const sheet = grid.name;
  const operations: WorkbookOperation[] = [];
  if (grid.values.length > 0) operations.push({ op: 'writeBlock', sheet, row: 0, column: 0, values: grid.values.map((row) => row.map((value): WritableValue => (isCellError(value) ? value.error : value))) });
  // One format per run of equal formats in a row: a column of dates is one range a row, not one per cell.
  grid.numberFormats?.forEach((formats, row) => {
    let start = 0;
    for (let column = 1; column <= formats.length; column += 1) {
      if (column < formats.length && formats[column] === formats[start]) continue;
      const format = formats[start];
      if (format !== undefined && format !== 'General' && grid.values[row]?.[start] !== undefined) {
        operations.push({ op: 'setFormat', sheet, range: rangeAddress(row, start, row, column - 1), format: { numberFormat: format } });
      }
      start = column;
    }
  });
  for (const merge of grid.merges) operations.push({ op: 'mergeCells', sheet, range: rangeAddress(merge.top, merge.left, merge.bottom, merge.right) });
  return operations;
}
