/**
 * Opens a .xlsx file picked in the pane. The xlsx adapter (and ExcelJS with it) is a separate chunk,
 * loaded the first time a file is picked, so the pane's first chunk stays small.
 */
import type { OpenFile } from './paneUseCases';

export const openXlsxFile: OpenFile = async (name, bytes) => {
  const { openWorkbookBytes } = await import(/* webpackChunkName: "xlsx" */ '../adapters/xlsx');
  const opened = await openWorkbookBytes(name, bytes);
  return opened.ok ? { ok: true, workbook: opened.workbook } : { ok: false, problem: { key: opened.problem.key, params: opened.problem.params } };
};
