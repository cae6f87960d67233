import { cellAddress } from '../grid/a1';
import type { Fix } from '../issues/issue';
import type { WorkbookOperation, WritableValue } from '../ports';
import { parseSerial } from '../report/parseSerial';
import { reportIssue } from '../report/reportIssue';
import { COLUMN_ROLES, type ContinuationRow, type Serial, type TaskRow } from '../report/types';
import { removeWhitespace } from '../text/characters';
import type { Rule, RuleContext } from './types';

/**
 * The remainder of a task split by a page break (seed 000: the row after each repeated header).
 * The fix writes the joined texts into the task's cells and deletes the remainder row.
 */
export const rowContinuation: Rule = {
  id: 'row.continuation',
  severity: 'warning',
  fixable: true,
  check(context) {
    const tasksByRow = new Map(context.tasks.map((task) => [task.row, task]));
    return context.report.rows.flatMap((row) => {
      if (row.kind !== 'continuation') return [];
      const task = tasksByRow.get(row.taskRow);
      if (!task) return [];
      const firstCell = COLUMN_ROLES.map((role) => row.cells[role]).find((cell) => cell !== undefined && cell.text.trim() !== '');
      return [
        reportIssue({
          rule: this.id,
          severity: this.severity,
          sheet: context.report.sheet,
          cell: firstCell?.address ?? cellAddress(row.row, 0),
          value: firstCell?.text.trim() ?? '',
          params: { taskRow: task.row + 1 },
          fix: mergeFix(context, task, row),
        }),
      ];
    });
  },
};

function mergeFix(context: RuleContext, task: TaskRow, remainder: ContinuationRow): Fix {
  const sheet = context.report.sheet;
  const operations: WorkbookOperation[] = [];
  let replacement: string | undefined;
  for (const role of COLUMN_ROLES) {
    const cell = task.cells[role];
    const joined = task.joined[role] ?? '';
    if (!cell || cell.row !== task.row || joined === cell.text.trim()) continue;
    const value: WritableValue = role === 'serial' && task.serial ? serialValue(joined, task.serial) : joined;
    operations.push({ op: 'writeBlock', sheet, row: cell.row, column: cell.column, values: [[value]] });
    if (role === 'task' || replacement === undefined) replacement = String(value);
  }
  operations.push({ op: 'deleteRows', sheet, row: remainder.row, count: 1 });
  return { kind: 'fix.mergeContinuation', operations, ...(replacement !== undefined ? { replacement } : {}) };
}

/** A serial joined from fragments, in a form that reads back as the same serial. */
function serialValue(joined: string, serial: Serial): WritableValue {
  const compact = removeWhitespace(joined);
  const reread = parseSerial(compact);
  if (reread !== null && reread.form !== 'other' && serial.form !== 'other' && reread.form === serial.form && reread.number === serial.number) return compact;
  switch (serial.form) {
    case 'number':
      return serial.number;
    case 'cityLivelihood':
      return `为民办实事第${serial.number}项`;
    case 'provinceLivelihood':
      return `省民生实事第${serial.number}项`;
    case 'other':
      return joined;
    default:
      return serial satisfies never;
  }
}
