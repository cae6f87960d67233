/**
 * A user's .xlsx opened in the page the way the CLI opens it: read by the same sheet reader
 * (`readXlsxBytesInBrowser`), so the page and `jindu` see the same grid for the same file (formula
 * results of 0, ISO dates, parts found through relationships …, where ExcelJS reads otherwise). ExcelJS
 * stays the writer: file mode writes marks, fills and notes into the user's workbook and hands it back.
 * After a write, the workbook is read again from the bytes ExcelJS writes, as the CLI would read its output.
 * A file the sheet reader refuses (or a browser that cannot inflate it whole) is read by ExcelJS, as before.
 */
import type { SheetGrid, SheetInfo, WorkbookOperation, WorkbookReader, WriteResult } from '../../core';
import { inspectXlsxBytes, type FileProblem } from './inspectXlsxBytes';
import { measureUnpackedSize } from './measureUnpackedSize';
import { openWorkbookBytes, type OpenedWorkbook } from './openWorkbookBytes';
import { readXlsxBytesInBrowser } from './sheetReader/readXlsxBytesInBrowser';
import type { XlsxSheetReader } from './sheetReader/xlsxSheetReader';
import type { SavedDecoration, XlsxWorkbook } from './xlsxWorkbook';

/** The file's sheets read by the sheet reader, or null when it does not read them (ExcelJS will). */
export async function readWithSheetReader(bytes: Uint8Array | ArrayBuffer): Promise<XlsxSheetReader | null> {
  const view = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  try {
    return await readXlsxBytesInBrowser(view);
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
  const reader = await readWithSheetReader(view);
  if (reader === null) return openWorkbookBytes(fileName, bytes);
  if ((await reader.listSheets()).length === 0) return { ok: false, problem: { key: 'file.empty', params: { file: fileName } } };
  return { ok: true, workbook: reader };
}

/**
 * @example
 * const opened = await openFileWorkbook(file.name, new Uint8Array(await file.arrayBuffer()));
 * if (opened.ok) await checkWorkbook(opened.workbook);
 */
export async function openFileWorkbook(fileName: string, bytes: Uint8Array | ArrayBuffer): Promise<OpenedWorkbook | { readonly ok: true; readonly workbook: ReadByReaderWorkbook }> {
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
