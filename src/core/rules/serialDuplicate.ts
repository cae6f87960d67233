import type { Issue } from '../issues/issue';
import { serialKey } from '../report/parseSerial';
import { roleCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/**
 * Two tasks with one serial. Rows that share a merged serial cell (one task with a row per period)
 * are one task, not duplicates.
 */
export const serialDuplicate: Rule = {
  id: 'serial.duplicate',
  severity: 'error',
  fixable: false,
  check(context) {
    const firstCellByKey = new Map<string, string>();
    const issues: Issue[] = [];
    for (const task of context.tasks) {
      if (task.serial === null) continue;
      const key = serialKey(task.serial);
      const address = roleCell(task, 'serial')?.address ?? '';
      const first = firstCellByKey.get(key);
      if (first === undefined) firstCellByKey.set(key, address);
      else if (first !== address) {
        issues.push(taskIssue(context, task, 'serial', { rule: this.id, severity: this.severity, value: task.serial.text, params: { first } }));
      }
    }
    return issues;
  },
};
