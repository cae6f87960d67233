/** The text a task's cell will hold once its page-split remainders are merged into it. */
import type { ColumnRole, TaskRow } from '../../report/types';

/**
 * The raw cell text when no remainder adds to the role (so stray spaces at the ends still show),
 * else the joined text the continuation repair writes. Null when the cell is not this row's own
 * (a merged cell owned by an earlier row) or holds no text.
 */
export function cellTextAfterMerge(task: TaskRow, role: ColumnRole): string | null {
  const cell = task.cells[role];
  if (!cell || cell.row !== task.row || typeof cell.value !== 'string') {
    const joined = task.joined[role] ?? '';
    return cell && cell.row === task.row && cell.value === null && joined !== '' ? joined : null;
  }
  const joined = task.joined[role] ?? '';
  return joined === cell.text.trim() ? cell.text : joined;
}
