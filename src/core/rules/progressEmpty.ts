import { hasColumn, isEmptyCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** No progress reported. */
export const progressEmpty: Rule = {
  id: 'progress.empty',
  severity: 'error',
  fixable: false,
  check(context) {
    if (!hasColumn(context, 'progress')) return [];
    return context.tasks
      .filter((task) => isEmptyCell(task, 'progress'))
      .map((task) => taskIssue(context, task, 'progress', { rule: this.id, severity: this.severity }));
  },
};
