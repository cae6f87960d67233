/**
 * One report Word split into several tables. A long table that crosses a page break often ends up as a
 * table per page: a user splits it (Ctrl+Shift+Enter) or pastes the pages separately, and each later
 * part starts with the header again or straight with the next rows. Read as tables of their own, the
 * report would compile as two sources with one unit's rows divided between them. A table joins the one
 * before it when nothing but empty paragraphs (the page break) stands between them, it has as many
 * columns, and it starts with a copy of that table's header or has no header at all; the joined grid
 * then goes through the core's page-split repair like a sheet printed over several pages (a repeated
 * header is skipped, a task cut at the break is one task). Places are still told in each table's terms.
 */
import { findHeaderRow, type DocumentTablePart, type HeaderRow, type MergedArea, type SheetGrid } from '../../core';
import { MAX_TABLE_CELLS, TableTooLargeError } from './gridOfDocumentTable';

/**
 * Grids of a document's tables in order (from `gridOfDocumentTable`), continuation tables joined to the
 * table they continue. Throws `TableTooLargeError` when a joined grid would pass `MAX_TABLE_CELLS`.
 *
 * @example
 * joinContinuedTables([表1, 表2]) // [表1 with 表2's rows below, documentTable.continuedIn: [{ table: 2, firstRow: 27 }]]
 */
export function joinContinuedTables(grids: readonly SheetGrid[]): SheetGrid[] {
  const joined: SheetGrid[] = [];
  for (const grid of grids) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && continues(previous, grid)) joined[joined.length - 1] = appended(previous, grid);
    else joined.push(grid);
  }
  return joined;
}

function widthOf(grid: SheetGrid): number {
  return grid.values[0]?.length ?? 0;
}

function continues(previous: SheetGrid, next: SheetGrid): boolean {
  // A title or 填报单位 line between the tables starts another report.
  if (previous.documentTable === undefined || next.documentTable === undefined || next.documentTable.firstRow > 0) return false;
  if (next.values.length === 0 || widthOf(next) !== widthOf(previous)) return false;
  const header = findHeaderRow(previous);
  if (header === null) return false;
  const ownHeader = findHeaderRow(next);
  return ownHeader === null || (ownHeader.row === 0 && namesSameColumns(ownHeader, header));
}

/**
 * Whether a header is a copy of another: every column names the same role in the same place. Stricter
 * than the core's `repeatsHeader`, which forgives a page-split copy within one sheet a column or two;
 * here a table of its own with a similar header must stay a report of its own.
 */
function namesSameColumns(copy: HeaderRow, header: HeaderRow): boolean {
  const roles = (row: HeaderRow) => JSON.stringify(Object.entries(row.roles).sort(([left], [right]) => left.localeCompare(right)));
  return roles(copy) === roles(header) && copy.columns.length === header.columns.length;
}

function appended(previous: SheetGrid, next: SheetGrid): SheetGrid {
  const offset = previous.values.length;
  if ((offset + next.values.length) * widthOf(previous) > MAX_TABLE_CELLS) throw new TableTooLargeError(MAX_TABLE_CELLS);
  const origin = previous.documentTable ?? { table: 0, firstRow: 0 };
  const part: DocumentTablePart = { table: next.documentTable?.table ?? origin.table, firstRow: offset };
  const shifted: MergedArea[] = next.merges.map((area) => ({ ...area, top: area.top + offset, bottom: area.bottom + offset }));
  return {
    ...previous,
    values: [...previous.values, ...next.values],
    text: [...previous.text, ...next.text],
    merges: [...previous.merges, ...shifted],
    documentTable: { ...origin, continuedIn: [...(origin.continuedIn ?? []), part] },
  };
}
