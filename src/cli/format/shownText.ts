/**
 * The shown text of sheets as a readable table for a terminal (`jindu read` without `--json`): columns
 * padded to the widest cell, Chinese characters counted as two columns as a terminal draws them, line
 * breaks inside a cell shown as ↵ so that one row stays one line.
 */

/** Columns a terminal gives a character: two for CJK and full-width forms, one otherwise. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, '↵').replace(/\t/g, ' ');
}

/**
 * @example
 * formatShownTextTable([['序号', '任务'], ['1', '开工']]) // ['序号 | 任务', '1    | 开工']
 */
export function formatShownTextTable(text: readonly (readonly string[])[]): string[] {
  const rows = text.map((row) => row.map(oneLine));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, c) => (widths[c] = Math.max(widths[c] ?? 0, displayWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell + ' '.repeat((widths[c] ?? 0) - displayWidth(cell))))
      .join(' | ')
      .trimEnd(),
  );
}
