import { hasColumn, isEmptyCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A task without its milestone (节点任务): progress cannot be judged against anything. */
export const milestoneEmpty: Rule = {
  id: 'milestone.empty',
  severity: 'warning',
  fixable: false,
  check(context) {
    if (!hasColumn(context, 'milestone')) return [];
    return context.tasks
      .filter((task) => isEmptyCell(task, 'milestone'))
      .map((task) => taskIssue(context, task, 'milestone', { rule: this.id, severity: this.severity }));
  },
};
