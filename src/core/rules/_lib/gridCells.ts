/** Walks the cells of a grid with the column label the issues use. */
import type { CellValue, SheetGrid } from '../../grid/sheetGrid';
import type { ProgressReport } from '../../report/types';
import { ROLE_LABELS } from './taskIssue';

/** The label of a grid column: the role name, an extra column's header, or ''. */
export function columnLabels(report: ProgressReport): ReadonlyMap<number, string> {
  const labels = new Map<number, string>();
  for (const column of report.header.columns) labels.set(column.column, column.role ? ROLE_LABELS[column.role] : column.header.trim());
  return labels;
}

/** Calls `visit` for every non-empty cell, row by row. */
export function forEachFilledCell(grid: SheetGrid, visit: (value: CellValue, text: string, row: number, column: number) => void): void {
  grid.values.forEach((rowValues, row) => {
    const texts = grid.text[row];
    rowValues.forEach((value, column) => {
      if (value === null || value === '') return;
      visit(value, texts?.[column] ?? '', row, column);
    });
  });
}
