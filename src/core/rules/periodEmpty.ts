import { hasColumn, isEmptyCell, taskIssue, writeCellFix } from './_lib/taskIssue';
import type { Rule } from './types';

/** A task without its period (时间); fixable with the report's period when that is known. */
export const periodEmpty: Rule = {
  id: 'period.empty',
  severity: 'error',
  fixable: true,
  check(context) {
    if (!hasColumn(context, 'period')) return [];
    const reportPeriod = context.settings.reportPeriod;
    return context.tasks
      .filter((task) => isEmptyCell(task, 'period'))
      .map((task) => {
        const fix = reportPeriod ? writeCellFix(context, task, 'period', 'fix.fillPeriod', reportPeriod.label) : undefined;
        return taskIssue(context, task, 'period', { rule: this.id, severity: this.severity, ...(fix ? { fix } : {}) });
      });
  },
};
