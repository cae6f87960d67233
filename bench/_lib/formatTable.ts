/** The bench table as text: one line per figure, aligned, with a verdict column a reader can scan. */
import { formatNumber, type BenchRow, type Verdict } from './benchRow';

const VERDICT_MARK: Readonly<Record<Verdict, string>> = { pass: 'ok', fail: 'MISSED', info: '', skipped: 'skipped' };

/** Columns are padded by display width: CJK characters take two cells in a terminal. */
function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(character) ? 2 : 1;
  return width;
}

function pad(text: string, width: number, alignRight = false): string {
  const room = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return alignRight ? room + text : text + room;
}

export function formatTable(rows: readonly BenchRow[]): string[] {
  const cells = rows.map((row) => [
    row.what,
    row.value === null ? '—' : `${formatNumber(row.value)} ${row.unit}`,
    row.bar,
    VERDICT_MARK[row.verdict],
    row.detail,
  ]);
  const header = ['measurement', 'value', 'bar', 'result', 'detail'];
  const widths = header.map((title, column) => Math.max(displayWidth(title), ...cells.map((line) => displayWidth(line[column] ?? ''))));
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => pad(value, widths[column] ?? 0, column === 1))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(line)];
}

/** The same table as Markdown, for bench/README.md. */
export function formatMarkdownTable(rows: readonly BenchRow[]): string[] {
  const escape = (text: string) => text.replace(/\|/g, '\\|').trim();
  return [
    '| measurement | value | bar | result | detail |',
    '| --- | ---: | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${escape(row.what.startsWith('  ') ? `↳ ${row.what.trim()}` : row.what)} | ${row.value === null ? '—' : `${formatNumber(row.value)} ${row.unit}`} | ${escape(row.bar)} | ${VERDICT_MARK[row.verdict]} | ${escape(row.detail)} |`,
    ),
  ];
}
