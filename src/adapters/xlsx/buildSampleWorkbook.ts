/**
 * The built-in sample: seed 000 (a real 三季度 progress sheet with its page-split rows and repeated headers)
 * and seed 001 (the plan it came from), laid out as a bureau would receive them, so a newcomer sees every
 * feature work at once. Built from the xlsx chunk, which the page fetches only when the sample is asked for.
 */
import { columnLetters, isCellError, SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET, seed000Rows, type CellValue, type WorkbookOperation, type WritableValue } from '../../core';
import type { XlsxWorkbook } from './index';
import type { XlsxAdapter } from './loadXlsxAdapter';

export const SAMPLE_REPORT_SHEET = '三季度';

export async function buildSampleWorkbook(xlsx: XlsxAdapter): Promise<XlsxWorkbook> {
  const workbook = xlsx.XlsxWorkbook.create();
  await workbook.apply([
    ...sheetOperations(SAMPLE_REPORT_SHEET, seed000Rows, { headerRow: 3, widths: [6, 48, 8, 30, 48, 10] }),
    ...sheetOperations(SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS, { headerRow: 1, widths: [6, 48, 10, 48] }),
  ]);
  return workbook;
}

interface Layout {
  /** 0-based row of the column headers. */
  readonly headerRow: number;
  readonly widths: readonly number[];
}

function sheetOperations(sheet: string, rows: readonly (readonly CellValue[])[], layout: Layout): WorkbookOperation[] {
  const width = layout.widths.length;
  const values: WritableValue[][] = rows.map((row) => Array.from({ length: width }, (_, column) => writable(row[column])));
  const last = columnLetters(width - 1);
  return [
    { op: 'addSheet', sheet, replace: false },
    { op: 'writeBlock', sheet, row: 0, column: 0, values },
    { op: 'mergeCells', sheet, range: `A1:${last}1` },
    { op: 'setFormat', sheet, range: `A1:${last}1`, format: { bold: true, fontSize: 14, horizontalAlignment: 'center' } },
    { op: 'setFormat', sheet, range: `A${layout.headerRow + 1}:${last}${layout.headerRow + 1}`, format: { bold: true, fill: '#DDEBF7', border: true } },
    { op: 'setFormat', sheet, range: `A${layout.headerRow + 2}:${last}${rows.length}`, format: { wrap: true, verticalAlignment: 'top', border: true } },
    { op: 'setColumnWidths', sheet, widths: layout.widths },
    { op: 'freezeRows', sheet, count: layout.headerRow + 1 },
    {
      op: 'setPageSetup',
      sheet,
      setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: layout.headerRow + 1, last: layout.headerRow + 1 }, fitToWidth: true },
    },
  ];
}

function writable(value: CellValue | undefined): WritableValue {
  if (value === undefined) return null;
  return isCellError(value) ? value.error : value;
}
