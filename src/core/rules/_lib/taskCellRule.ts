/** Rules that flag one cell of a task row: an id, a column, and what makes a task's cell wrong. */
import type { Severity } from '../../issues/issue';
import type { ColumnRole, TaskRow } from '../../report/types';
import type { Rule } from '../types';
import { hasColumn, isEmptyCell, taskIssue } from './taskIssue';

export interface TaskCellRuleSpec {
  readonly id: string;
  readonly severity: Severity;
  /** The column the issue is about. */
  readonly role: ColumnRole;
  /** Message parameters shared by every issue of the rule. */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A rule that flags each task for which `isFlagged` holds, on its `role` cell. A sheet without the column
 * stays silent: the header rule reports the missing column once. Such rules carry no fix.
 */
export function taskCellRule(spec: TaskCellRuleSpec, isFlagged: (task: TaskRow) => boolean): Rule {
  const { id, severity, role, params } = spec;
  return {
    id,
    severity,
    fixable: false,
    check(context) {
      if (!hasColumn(context, role)) return [];
      return context.tasks.filter(isFlagged).map((task) => taskIssue(context, task, role, { rule: id, severity, ...(params ? { params } : {}) }));
    },
  };
}

/** A rule that flags each task whose `role` cell is empty (its page-split remainders included). */
export function emptyCellRule(id: string, severity: Severity, role: ColumnRole): Rule {
  return taskCellRule({ id, severity, role }, (task) => isEmptyCell(task, role));
}
