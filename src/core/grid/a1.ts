/** A1 addressing. Rows and columns are 0-based in the core; the user sees 1-based rows and letters. */

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0) throw new RangeError(`column index must be a non-negative integer, got ${column}`);
  let letters = '';
  let rest = column + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) throw new RangeError(`not a column name: ${letters}`);
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** (11, 4) → "E12". */
export function cellAddress(row: number, column: number): string {
  return `${columnLettersOf(column)}${rowLabelOf(row)}`;
}

/**
 * The last row's number as text: addresses are asked row by row (every cell of a row, then the next), and
 * turning the same number into a string for each cell made most of an address's cost.
 */
let lastRow = -1;
let lastRowLabel = '';

function rowLabelOf(row: number): string {
  if (row !== lastRow) {
    lastRow = row;
    lastRowLabel = String(row + 1);
  }
  return lastRowLabel;
}

/** Letters of the first columns, built once: a sheet's every cell address asks for one of the same few. */
const COMMON_COLUMN_LETTERS: readonly string[] = Array.from({ length: 64 }, (_, column) => columnLetters(column));

function columnLettersOf(column: number): string {
  return COMMON_COLUMN_LETTERS[column] ?? columnLetters(column);
}

/** (0, 0, 3, 5) → "A1:F4". */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

/** "E12" → { row: 11, column: 4 }; null when the text is not an A1 cell address. */
export function parseCellAddress(address: string): CellPosition | null {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})$/.exec(address.trim().toUpperCase());
  if (!match) return null;
  return { row: Number(match[2]) - 1, column: columnIndex(match[1] ?? 'A') };
}

export interface RangePosition {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A1:F4" or "B2" → inclusive 0-based bounds; null when malformed. */
export function parseRangeAddress(address: string): RangePosition | null {
  const [first, second] = address.split(':');
  const start = parseCellAddress(first ?? '');
  if (!start) return null;
  const end = second === undefined ? start : parseCellAddress(second);
  if (!end) return null;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
