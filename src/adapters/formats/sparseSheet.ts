/**
 * A sheet filled cell by cell in any order (a BIFF stream, SpreadsheetML rows with gaps, an HTML table
 * with spans) and turned into the `SheetGrid` the core reads: the rectangle from A1 to the last cell with
 * a value or merged area, merged followers empty (Excel shows an area's value once, at its top-left), and
 * 'General' wherever a cell has no number format of its own — as the .xlsx reader gives it.
 */
import type { CellValue, MergedArea, SheetGrid } from '../../core';
import { DamagedFileError, RefusedFileError } from '../xls/damagedFileError';

const GENERAL = 'General';
/**
 * How far past the last cell with a value a merged area may reach and be kept whole: an area drawn over a
 * whole column then costs the rows written, not 65,536 (as in the .xlsx reader).
 */
const MERGE_REACH_PAST_CELLS = 1000;
/**
 * The most cells a sheet may span (rows × columns of its rectangle): a full Excel 97-2003 sheet is
 * 65,536 × 256 = 16.8 million. A few bytes of markup can place a cell far away (a `colspan` of 16,000 on
 * each of a million rows), so the rectangle is checked before anything is allocated for it.
 */
export const MAX_SHEET_CELLS = 20_000_000;

interface SparseRow {
  values: CellValue[];
  texts: string[];
  formats: string[];
}

export class SparseSheet {
  private readonly rows: (SparseRow | undefined)[] = [];
  private readonly merges: MergedArea[] = [];
  private lastRow = -1;
  private lastColumn = -1;

  /** A cell's value and shown text; `format` is its number format ('General' when it has none). */
  set(row: number, column: number, value: CellValue, text: string, format: string = GENERAL): void {
    const stored = this.rowAt(row);
    stored.values[column] = value;
    stored.texts[column] = text;
    stored.formats[column] = format;
    if (value !== null) {
      if (row > this.lastRow) this.lastRow = row;
      if (column > this.lastColumn) this.lastColumn = column;
    }
  }

  /** A cell's number format without a value (a blank cell with a style). */
  setFormat(row: number, column: number, format: string): void {
    if (format === GENERAL) return;
    const stored = this.rowAt(row);
    if (stored.values[column] === undefined) stored.formats[column] = format;
  }

  has(row: number, column: number): boolean {
    return this.rows[row]?.values[column] !== undefined;
  }

  addMerge(area: MergedArea): void {
    if (area.bottom === area.top && area.right === area.left) return;
    this.merges.push(area);
  }

  toGrid(name: string): SheetGrid {
    const merges = this.merges
      .map((merge) => ({
        ...merge,
        bottom: merge.bottom - this.lastRow > MERGE_REACH_PAST_CELLS ? Math.max(merge.top, this.lastRow) : merge.bottom,
        right: merge.right - this.lastColumn > MERGE_REACH_PAST_CELLS ? Math.max(merge.left, this.lastColumn) : merge.right,
      }));
    let height = this.lastRow + 1;
    let width = this.lastColumn + 1;
    for (const merge of merges) {
      height = Math.max(height, merge.bottom + 1);
      width = Math.max(width, merge.right + 1);
    }
    if (height * width > MAX_SHEET_CELLS) throw new RefusedFileError('format.tooManyCells', { limit: MAX_SHEET_CELLS.toLocaleString('en-US') });
    const covered = coveredCells(merges);
    const values: CellValue[][] = [];
    const text: string[][] = [];
    const numberFormats: string[][] = [];
    // Rows without a cell or a merged area share one frozen empty row: a far-off cell costs a pointer a row.
    let emptyRow: { values: CellValue[]; text: string[]; formats: string[] } | undefined;
    for (let r = 0; r < height; r += 1) {
      const stored = this.rows[r];
      if (stored === undefined && !covered.has(r)) {
        emptyRow ??= {
          values: Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[],
          text: Object.freeze(new Array<string>(width).fill('')) as string[],
          formats: Object.freeze(new Array<string>(width).fill(GENERAL)) as string[],
        };
        values.push(emptyRow.values);
        text.push(emptyRow.text);
        numberFormats.push(emptyRow.formats);
        continue;
      }
      const rowValues = new Array<CellValue>(width);
      const rowText = new Array<string>(width);
      const rowFormats = new Array<string>(width);
      for (let c = 0; c < width; c += 1) {
        rowValues[c] = stored?.values[c] ?? null;
        rowText[c] = rowValues[c] === null ? '' : (stored?.texts[c] ?? '');
        rowFormats[c] = stored?.formats[c] ?? GENERAL;
      }
      values.push(rowValues);
      text.push(rowText);
      numberFormats.push(rowFormats);
    }
    for (const merge of merges) {
      for (let r = merge.top; r <= merge.bottom; r += 1) {
        const rowValues = values[r];
        const rowText = text[r];
        if (rowValues === undefined || rowText === undefined || Object.isFrozen(rowValues)) continue;
        for (let c = merge.left; c <= merge.right; c += 1) {
          if (r === merge.top && c === merge.left) continue;
          rowValues[c] = null;
          rowText[c] = '';
        }
      }
    }
    return { name, values, text, merges, numberFormats };
  }

  private rowAt(row: number): SparseRow {
    let stored = this.rows[row];
    if (stored === undefined) {
      stored = { values: [], texts: [], formats: [] };
      this.rows[row] = stored;
    }
    return stored;
  }
}

/**
 * The rows merged areas reach. Areas may not overlap (Excel repairs such a file by dropping them), which
 * also bounds the work: every cell is covered at most once, so the areas together cost at most the sheet.
 */
function coveredCells(merges: readonly MergedArea[]): Set<number> {
  const byRow = new Map<number, Set<number>>();
  for (const merge of merges) {
    for (let r = merge.top; r <= merge.bottom; r += 1) {
      let row = byRow.get(r);
      if (!row) byRow.set(r, (row = new Set()));
      for (let c = merge.left; c <= merge.right; c += 1) {
        if (row.has(c)) throw new DamagedFileError(`overlapping merged areas at row ${r + 1}, column ${c + 1}`);
        row.add(c);
      }
    }
  }
  return new Set(byRow.keys());
}
