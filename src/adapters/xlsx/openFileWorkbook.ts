/**
 * File mode's open: a workbook Jindu can mark, repair and hand back as .xlsx, from a file in any format
 * `openSpreadsheetBytes` reads. An .xlsx opens as itself; any other format (.xls, .et, CSV, an exported
 * web page …) is read and copied into a new .xlsx workbook — values, number formats, merged areas — so
 * the check sees what the reader read and the download is always an .xlsx (the original is never changed).
 */
import { isCellError, rangeAddress, type SheetGrid, type WorkbookOperation, type WorkbookReader, type WritableValue } from '../../core';
import { openSpreadsheetBytes, type ReadProblem } from '../formats/openSpreadsheetBytes';
import { openWorkbookBytes } from './openWorkbookBytes';
import { XlsxWorkbook } from './xlsxWorkbook';

/**
 * @example
 * const opened = await openFileWorkbook('市财政局.xls', bytes);
 * if (opened.ok) session.add('市财政局.xls', opened.workbook, null);
 */
export type OpenedFileWorkbook = { readonly ok: true; readonly workbook: XlsxWorkbook } | { readonly ok: false; readonly problem: ReadProblem };

export async function openFileWorkbook(fileName: string, bytes: Uint8Array): Promise<OpenedFileWorkbook> {
  let openedAsXlsx: XlsxWorkbook | null = null;
  const opened = await openSpreadsheetBytes(fileName, bytes, async (name, xlsxBytes) => {
    const result = await openWorkbookBytes(name, xlsxBytes);
    if (result.ok) openedAsXlsx = result.workbook;
    return result;
  });
  if (!opened.ok) return { ok: false, problem: opened.problem };
  return { ok: true, workbook: openedAsXlsx ?? (await xlsxCopyOf(opened.workbook)) };
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
