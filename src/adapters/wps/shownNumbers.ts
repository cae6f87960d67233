/**
 * Numbers read as the sheet shows them. `Value2` gives a date as its serial number (`44469` for
 * 2021/9/30) and a percentage as its fraction, but the core reads what the user sees, as the Excel host
 * does with `Range.text`. ET has no per-cell array of shown text: `Range.Text` of a block is one string
 * (null where cells differ) and a cell's `Text` is `####` when its column is too narrow. So the adapter
 * asks `Range.NumberFormat` of blocks of number cells (one string for a block that shares a format, null
 * where formats differ, as in Excel's COM model) and renders each number through that format as a zh-CN
 * Excel shows it (the renderer the file reader uses). A sheet whose numbers share one format costs one
 * call; blocks of mixed formats are halved until each shares one, so the calls grow with the number of
 * format changes, not with the number of cells.
 */
import { rangeAddress, type CellValue } from '../../core';
import { formatCellText } from '../xlsx/formatCellText';
import type { EtWorksheet } from './etObjectModel';

/** Formats under which a number shows as `displayTextOf` writes it (General in English and zh-CN WPS, text). */
function showsAsWritten(format: string): boolean {
  return format === 'General' || format === 'G/通用格式' || format === '@' || format === '';
}

/** The number format of a block, or null when its cells differ (ET's answer for a mixed block). */
function formatOf(sheet: EtWorksheet, top: number, left: number, bottom: number, right: number): string | null {
  const format: unknown = sheet.Range(rangeAddress(top, left, bottom, right)).NumberFormat;
  return typeof format === 'string' ? format : null;
}

/**
 * The number format of each number cell of `values` (0-based rows and columns), by `row,column`.
 * First one call for the block around all of them; where that block mixes formats, one call per column
 * holding numbers, halved by rows where a column mixes formats.
 */
export function numberFormatsOf(sheet: EtWorksheet, values: readonly (readonly CellValue[])[]): Map<string, string> {
  const rowsByColumn = new Map<number, number[]>();
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value !== 'number') return;
      const rows = rowsByColumn.get(c) ?? [];
      rows.push(r);
      rowsByColumn.set(c, rows);
    }),
  );
  const formats = new Map<string, string>();
  if (rowsByColumn.size === 0) return formats;
  let top = Infinity;
  let bottom = -1;
  rowsByColumn.forEach((rows) => {
    top = Math.min(top, rows[0] ?? top);
    bottom = Math.max(bottom, rows[rows.length - 1] ?? bottom);
  });
  const columns = [...rowsByColumn.keys()];
  const shared = formatOf(sheet, top, Math.min(...columns), bottom, Math.max(...columns));
  if (shared !== null) {
    rowsByColumn.forEach((rows, column) => rows.forEach((row) => formats.set(`${row},${column}`, shared)));
    return formats;
  }
  rowsByColumn.forEach((rows, column) => {
    const visit = (first: number, last: number): void => {
      const top = rows[first] ?? 0;
      const bottom = rows[last] ?? top;
      const format = formatOf(sheet, top, column, bottom, column);
      if (format !== null || first === last) {
        for (let index = first; index <= last; index += 1) formats.set(`${rows[index] ?? 0},${column}`, format ?? 'General');
        return;
      }
      const middle = Math.floor((first + last) / 2);
      visit(first, middle);
      visit(middle + 1, last);
    };
    visit(0, rows.length - 1);
  });
  return formats;
}

/**
 * The text of every cell as the sheet shows it: `written` (text as `displayTextOf` gives it) with each
 * number under a format other than General replaced by the number rendered through its format.
 */
export function shownText(
  sheet: EtWorksheet,
  values: readonly (readonly CellValue[])[],
  written: readonly (readonly string[])[],
  options: { readonly date1904: boolean },
): string[][] {
  const formats = numberFormatsOf(sheet, values);
  return written.map((row, r) =>
    row.map((text, c) => {
      const value = values[r]?.[c];
      const format = formats.get(`${r},${c}`);
      if (typeof value !== 'number' || format === undefined || showsAsWritten(format)) return text;
      // A zh-CN WPS may name General in Chinese inside a longer code too (`G/通用格式"个"`).
      return formatCellText(value, format.replace(/G\/通用格式/g, 'General'), options);
    }),
  );
}
