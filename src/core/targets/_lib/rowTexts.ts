/**
 * The whole text of one role of a task row: the row's cell followed by the cells of its page-split
 * remainders (seed 000: `健全新药研发和成果转化扶持政` + `策,加大新药研发奖补力度…`), with a way back
 * from an offset in the joined text to the cell it came from.
 */
import type { ColumnRole, ContinuationRow, ProgressReport, ReportCell, TaskRow } from '../../report/types';

export interface RoleText {
  readonly text: string;
  /** The row's own cell, or the first of the pieces. */
  readonly cell: ReportCell;
  /** Where each cell's text lies in `text`; null when the text is one cell's (most rows: no list to build). */
  readonly pieces: readonly { readonly cell: ReportCell; readonly start: number; readonly end: number }[] | null;
}

/** Whether a text is empty or white space only; a text that begins with a letter, digit or ideograph is answered at once. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  if (first >= 0x4e00 && first <= 0x9fff) return false;
  return text.trim() === '';
}

export function continuationsByTask(report: ProgressReport): ReadonlyMap<number, readonly ContinuationRow[]> {
  const byTask = new Map<number, ContinuationRow[]>();
  for (const row of report.rows) {
    if (row.kind !== 'continuation') continue;
    const list = byTask.get(row.taskRow) ?? [];
    list.push(row);
    byTask.set(row.taskRow, list);
  }
  return byTask;
}

export function roleText(row: TaskRow, continuations: readonly ContinuationRow[], role: ColumnRole): RoleText | null {
  // Most rows have no remainder: their text is the cell's, without the lists built below.
  if (continuations.length === 0) {
    const cell = row.cells[role];
    if (cell === undefined || isBlank(cell.text)) return null;
    return { text: cell.text, cell, pieces: null };
  }
  const cells = [row.cells[role], ...continuations.map((continuation) => continuation.cells[role])].filter(
    (cell): cell is ReportCell => cell !== undefined && !isBlank(cell.text),
  );
  const [first] = cells;
  if (first === undefined) return null;
  const pieces: { cell: ReportCell; start: number; end: number }[] = [];
  let text = '';
  for (const cell of cells) {
    pieces.push({ cell, start: text.length, end: text.length + cell.text.length });
    // Page splits cut mid-word, so the pieces join without a separator.
    text += cell.text;
  }
  return { text, cell: first, pieces };
}

/** The cell an offset of the joined text lies in. */
export function cellAt(roleTextValue: RoleText, offset: number): ReportCell {
  const { pieces } = roleTextValue;
  if (pieces === null) return roleTextValue.cell;
  for (const piece of pieces) if (offset < piece.end) return piece.cell;
  return pieces[pieces.length - 1]?.cell ?? roleTextValue.cell;
}
