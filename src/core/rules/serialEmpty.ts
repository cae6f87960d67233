import { hasColumn, isEmptyCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A task without a serial cannot be matched with the plan or the other bureaus' rows. */
export const serialEmpty: Rule = {
  id: 'serial.empty',
  severity: 'error',
  fixable: false,
  check(context) {
    if (!hasColumn(context, 'serial')) return [];
    return context.tasks
      .filter((task) => task.serial === null && isEmptyCell(task, 'serial'))
      .map((task) => taskIssue(context, task, 'serial', { rule: this.id, severity: this.severity }));
  },
};
