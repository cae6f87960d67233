/**
 * Opens a user's .xlsx bytes as a workbook, or says why not as a message key: the one entry point
 * for files the user chose (standalone page) or named (CLI, through `openWorkbookFile`).
 */
import { inspectXlsxBytes, type FileProblem } from './inspectXlsxBytes';
import { measureUnpackedSize } from './measureUnpackedSize';
import { normalizePackage } from './normalizePackage';
import { XlsxWorkbook } from './xlsxWorkbook';

export type OpenedWorkbook = { readonly ok: true; readonly workbook: XlsxWorkbook } | { readonly ok: false; readonly problem: FileProblem };

/**
 * @example
 * const opened = await openWorkbookBytes(file.name, await file.arrayBuffer());
 * if (!opened.ok) show(formatMessage(language, opened.problem.key, opened.problem.params));
 */
export async function openWorkbookBytes(fileName: string, bytes: Uint8Array | ArrayBuffer): Promise<OpenedWorkbook> {
  const inspection = inspectXlsxBytes(bytes, fileName);
  if (!inspection.ok) return inspection;
  // JSZip unpacks every part into memory, trusting none of the sizes but checking none either: count first.
  const view = ArrayBuffer.isView(bytes) ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : new Uint8Array(bytes);
  const measured = await measureUnpackedSize(view, fileName);
  if (!measured.ok) return measured;
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.load(measured.partsToNormalize.length === 0 ? bytes : await normalizePackage(view, measured.partsToNormalize));
  } catch {
    // ExcelJS and JSZip throw a variety of errors on damaged parts; to the user they all mean one thing.
    return { ok: false, problem: { key: 'file.corrupt', params: { file: fileName } } };
  }
  if ((await workbook.listSheets()).length === 0) {
    return { ok: false, problem: { key: 'file.empty', params: { file: fileName } } };
  }
  return { ok: true, workbook };
}
