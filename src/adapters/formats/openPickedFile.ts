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
  const { openSpreadsheetBytes } = await import(/* webpackChunkName: "readers" */ './openSpreadsheetBytes');
  const opened = await openSpreadsheetBytes(name, bytes, async (fileName, xlsxBytes) => {
    const { openWorkbookBytes } = await loadXlsxAdapter();
    const workbook = await openWorkbookBytes(fileName, xlsxBytes);
    return workbook.ok ? { ok: true, workbook: workbook.workbook } : { ok: false, problem: workbook.problem };
  });
  return opened.ok ? { ok: true, workbook: opened.workbook } : { ok: false, problem: opened.problem };
};
