/** Where things sit on 汇总: a title row, the header row, then one row per task (0-based rows). */
export const TITLE_ROW = 0;
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** 1-based row of 汇总 that holds the compiled row at `index`. */
export function compiledSheetRow(index: number): number {
  return FIRST_DATA_ROW + index + 1;
}
