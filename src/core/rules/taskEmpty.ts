import { hasColumn, isEmptyCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A row with other cells filled but no task text. */
export const taskEmpty: Rule = {
  id: 'task.empty',
  severity: 'error',
  fixable: false,
  check(context) {
    if (!hasColumn(context, 'task')) return [];
    return context.tasks
      .filter((task) => isEmptyCell(task, 'task'))
      .map((task) => taskIssue(context, task, 'task', { rule: this.id, severity: this.severity }));
  },
};
