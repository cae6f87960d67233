/** Cell helpers the repairs and generators share: merged areas as Excel shows them, and values as they are written. */
import { isCellError, type CellValue, type SheetGrid } from './sheetGrid';
import type { WritableValue } from '../ports';

/** A cell inside a merged area other than its top-left cell: Excel shows the area's value, it has none of its own. */
export function isMergeFollower(grid: SheetGrid, row: number, column: number): boolean {
  return grid.merges.some(
    (area) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right && (row !== area.top || column !== area.left),
  );
}

/** The text a cell holds itself ('' for a merge follower). */
export function ownCellText(grid: SheetGrid, row: number, column: number): string {
  return isMergeFollower(grid, row, column) ? '' : (grid.text[row]?.[column] ?? '');
}

/** A read value as it is written back: a formula error keeps the text the user saw. */
export function writableValue(value: CellValue): WritableValue {
  return isCellError(value) ? value.error : value;
}
