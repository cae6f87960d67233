/**
 * A file the user picked in the pane (a bureau's report to compile, the previous report), opened for
 * reading in whatever format it is (.xlsx, .csv, a Word table …; see `openSpreadsheetBytes`). The readers
 * and the xlsx adapter are loaded on first use, so the pane's first chunk does not grow.
 */
import type { OpenFile } from '../../app/paneUseCases';
import { loadXlsxAdapter } from '../xlsx/loadXlsxAdapter';

/**
 * @example
 * const opened = await openPickedFile('市教育局.docx', bytes); // { ok: true, workbook } with sheet 表1
 */
export const openPickedFile: OpenFile = async (name, bytes) => {
  const { openSpreadsheetBytes, sourceFormatOf } = await import(/* webpackChunkName: "readers" */ './openSpreadsheetBytes');
  const opened = await openSpreadsheetBytes(name, bytes, async (fileName, xlsxBytes) => {
    // The sheet reader the CLI reads with (ExcelJS only where it refuses a file), so both see the same grid.
    const { openWorkbookForReading } = await loadXlsxAdapter();
    return openWorkbookForReading(fileName, xlsxBytes);
  });
  if (!opened.ok) return { ok: false, problem: opened.problem };
  const format = sourceFormatOf(opened.format);
  return format === undefined ? { ok: true, workbook: opened.workbook } : { ok: true, workbook: opened.workbook, format };
};
