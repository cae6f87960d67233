/** The rules that flag a task row whose cell of one column is empty. */
import type { Severity } from '../../issues/issue';
import type { ColumnRole, TaskRow } from '../../report/types';
import type { Rule } from '../types';
import { hasColumn, isEmptyCell, taskIssue } from './taskIssue';

/**
 * A rule that flags each task whose `role` cell is empty (its page-split remainders included). A sheet
 * without the column stays silent: the header rule reports the missing column once.
 */
export function emptyCellRule(id: string, severity: Severity, role: ColumnRole, isEmpty: (task: TaskRow) => boolean = (task) => isEmptyCell(task, role)): Rule {
  return {
    id,
    severity,
    fixable: false,
    check(context) {
      if (!hasColumn(context, role)) return [];
      return context.tasks.filter(isEmpty).map((task) => taskIssue(context, task, role, { rule: id, severity }));
    },
  };
}
