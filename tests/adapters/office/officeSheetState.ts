/** What a user sees of a sheet in the simulated Excel, for tests that compare a sheet before and after. */
import { UNDO_BACKUP_PREFIX } from '../../../src/adapters/office/officeSheetBackups';
import type { SimulatedCell, SimulatedExcel, SimulatedSheet } from '../../support/simulatedExcel';
import type { CellValue } from '../../../src/core';

/** Rows of the core's cell values (a formula error as `{ error }`) as the simulated Excel is seeded with them. */
export function plainRows(rows: readonly (readonly CellValue[])[]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((value) => (value !== null && typeof value === 'object' ? value.error : value)));
}

export function requireSheet(excel: SimulatedExcel, name: string): SimulatedSheet {
  const sheet = excel.sheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** Everything a user sees of a sheet, with empty unformatted cells and Excel's default sizes left out. */
export function stateOf(excel: SimulatedExcel, name: string) {
  const sheet = requireSheet(excel, name);
  const plain = (cell: SimulatedCell | undefined) =>
    !cell || (cell.value === '' && cell.fill === null && cell.numberFormat === 'General' && Object.keys(cell.style ?? {}).length === 0)
      ? null
      : { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat, fill: cell.fill, style: { ...cell.style } };
  const rows = sheet.rows.map((row) => {
    const cells = Array.from(row, plain);
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1]?.length === 0) rows.pop();
  const columns = Math.max(8, ...sheet.columnWidths.keys());
  return {
    position: excel.sheets.indexOf(sheet),
    visibility: sheet.visibility,
    rows,
    merges: sheet.merges.map((merge) => ({ ...merge })).sort((a, b) => a.top - b.top || a.left - b.left),
    notes: [...sheet.notes].sort(),
    validations: sheet.validations.map((validation) => ({ ...validation })).sort((a, b) => a.address.localeCompare(b.address)),
    rowHeights: [...sheet.rowHeights].filter(([, height]) => height !== 15).sort((a, b) => a[0] - b[0]),
    columnWidths: Array.from({ length: columns + 1 }, (_, column) => sheet.columnWidths.get(column) ?? 48),
    frozenRows: sheet.frozenRows,
    charts: sheet.charts.map((chart) => ({ ...chart })),
    protected: sheet.protected,
  };
}

export function backupSheets(excel: SimulatedExcel): SimulatedSheet[] {
  return excel.sheets.filter((sheet) => sheet.name.startsWith(UNDO_BACKUP_PREFIX));
}
