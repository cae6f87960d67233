/**
 * A workbook read from a file in another format (CSV, a Word table …) as the operations that write it
 * into a new .xlsx workbook: file mode works on .xlsx workbooks, so a bureau's CSV or Word document is
 * opened the way Excel opens it, as a workbook whose sheets the pane checks, repairs and downloads as
 * .xlsx. The file the user opened is never written.
 */
import { isCellError, rangeAddress, type CellValue, type WorkbookOperation, type WorkbookReader, type WritableValue } from '../../core';

/**
 * @example
 * const workbook = XlsxWorkbook.create();
 * await workbook.apply(await copyWorkbookOperations(docxWorkbook)); // sheet 表1, its merged cells merged
 */
export async function copyWorkbookOperations(reader: WorkbookReader): Promise<WorkbookOperation[]> {
  const operations: WorkbookOperation[] = [];
  for (const sheet of await reader.listSheets()) {
    if (!sheet.visible) continue;
    const grid = await reader.readSheet(sheet.name);
    operations.push({ op: 'addSheet', sheet: grid.name, replace: false });
    // Strings are written as text, never as formulas, whatever they start with (the port's promise).
    if (grid.values.length > 0) operations.push({ op: 'writeBlock', sheet: grid.name, row: 0, column: 0, values: grid.values.map((row) => row.map(writableValueOf)) });
    for (const area of grid.merges) operations.push({ op: 'mergeCells', sheet: grid.name, range: rangeAddress(area.top, area.left, area.bottom, area.right) });
  }
  return operations;
}

/** A formula error read from the file keeps the text the user saw. */
function writableValueOf(value: CellValue): WritableValue {
  return isCellError(value) ? value.error : value;
}
