/**
 * A Word table as the grid of a sheet: the paragraphs above it as the first rows (the title and 填报单位
 * lines, which the core reads as a sheet's metadata rows), then the table on the grid Word lays it out
 * on, spanned and merged cells (`w:gridSpan`, `w:vMerge`, the older `w:hMerge`) as merged areas. The core's header finding, page-split repair
 * and rules then apply unchanged; `documentTable` lets them tell places in the table's own terms.
 */
import type { CellValue, MergedArea, SheetGrid } from '../../core';
import { gridFromRows } from '../../core';
import { cellValueOf } from '../csv/csvWorkbook';
import type { DocumentTable } from './readDocumentTables';

/**
 * Paragraphs above a table kept as rows: the title and 填报单位 lines sit right above it, and the header
 * must stay within the rows the core searches (a long preamble of notes would push it out).
 */
export const MAX_PARAGRAPHS_ABOVE = 8;
/** Columns of one table: Word itself allows 63; a span beyond this is damage or an attack. */
export const MAX_TABLE_COLUMNS = 256;
/** Cells of one grid (some 60,000 rows of a report): the size a table's spans could otherwise inflate to. */
export const MAX_TABLE_CELLS = 4_000_000;

export class TableTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`a Word table of more than ${limit} cells`);
    this.name = 'TableTooLargeError';
  }
}

interface OpenArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Throws `TableTooLargeError` for a table whose grid would pass `MAX_TABLE_CELLS`.
 *
 * @example
 * gridOfDocumentTable(tables[0], 1) // { name: '表1', values: [['填报单位：市教育局'], ['序号', '任务', …], …], documentTable: { table: 1, firstRow: 1 }, … }
 */
export function gridOfDocumentTable(table: DocumentTable, number: number): SheetGrid {
  const above = table.paragraphsAbove.slice(-MAX_PARAGRAPHS_ABOVE);
  const firstRow = above.length;
  const texts: string[][] = above.map((paragraph) => [paragraph]);
  const areas: OpenArea[] = [];
  /** The vertically merged cell open in each grid column where one starts, to extend by `continue` cells. */
  const openVertical = new Map<number, OpenArea>();
  let cells = 0;
  for (const [index, row] of table.rows.entries()) {
    const gridRow = firstRow + index;
    const line: string[] = [];
    let column = Math.min(row.gridBefore, MAX_TABLE_COLUMNS - 1);
    const continued = new Set<number>();
    /** The merged cell a `w:hMerge` continue cell of this row extends: the one just left of it. */
    let openHorizontal: OpenArea | null = null;
    // Word shows a continuing cell's own text (rare) in the merged cell, below what is there.
    const appendToMerged = (area: OpenArea, text: string): void => {
      if (text === '') return;
      const topLine = texts[area.top] ?? line;
      const earlier = topLine[area.left] ?? '';
      topLine[area.left] = earlier === '' ? text : `${earlier}\n${text}`;
    };
    for (const cell of row.cells) {
      if (column >= MAX_TABLE_COLUMNS) break;
      const span = Math.min(cell.span, MAX_TABLE_COLUMNS - column);
      const above = openVertical.get(column);
      if (cell.horizontalMerge === 'continue' && openHorizontal !== null) {
        openHorizontal.right = Math.max(openHorizontal.right, column + span - 1);
        appendToMerged(openHorizontal, cell.text);
      } else if (cell.verticalMerge === 'continue' && above !== undefined) {
        above.bottom = gridRow;
        continued.add(column);
        appendToMerged(above, cell.text);
        openHorizontal = above;
      } else {
        line[column] = cell.text;
        const area: OpenArea = { top: gridRow, left: column, bottom: gridRow, right: column + span - 1 };
        if (span > 1 || cell.verticalMerge !== null || cell.horizontalMerge === 'restart') areas.push(area);
        if (cell.verticalMerge !== null) {
          openVertical.set(column, area);
          continued.add(column);
        }
        openHorizontal = cell.horizontalMerge === 'restart' ? area : null;
      }
      column += span;
    }
    // Columns a spanned cell covers are cells of the grid, empty, as in a sheet's merged area.
    while (line.length < column) line.push('');
    // A merged cell ends where the row below has no `continue` cell in its column.
    for (const start of [...openVertical.keys()]) if (!continued.has(start)) openVertical.delete(start);
    cells += Math.max(column, 1);
    if (cells > MAX_TABLE_CELLS) throw new TableTooLargeError(MAX_TABLE_CELLS);
    texts.push(line);
  }
  const width = texts.reduce((widest, line) => Math.max(widest, line.length), 0);
  if (width * texts.length > MAX_TABLE_CELLS) throw new TableTooLargeError(MAX_TABLE_CELLS);
  const rows: CellValue[][] = texts.map((line) => Array.from({ length: width }, (_, column) => cellValueOf(line[column] ?? '')));
  const merges: MergedArea[] = areas.filter((area) => area.bottom > area.top || area.right > area.left).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
  const grid = gridFromRows(`表${number}`, rows, merges);
  // Numbers keep the text they were written with (`3.50` stays `3.50`), as for a CSV.
  const text = grid.values.map((row, r) => row.map((value, c) => (value === null ? '' : (texts[r]?.[c] ?? ''))));
  return { ...grid, text, documentTable: { table: number, firstRow } };
}
