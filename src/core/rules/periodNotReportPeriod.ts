import { periodCoversReport } from '../report/parsePeriod';
import { taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A row of another period (`一、二季度` in the 三季度 sheet): a stale row or the wrong plan row. */
export const periodNotReportPeriod: Rule = {
  id: 'period.notReportPeriod',
  severity: 'warning',
  fixable: false,
  check(context) {
    const reportPeriod = context.settings.reportPeriod;
    if (reportPeriod === null) return [];
    return context.tasks
      .filter((task) => task.period !== null && !periodCoversReport(task.period, reportPeriod))
      .map((task) =>
        taskIssue(context, task, 'period', { rule: this.id, severity: this.severity, params: { expected: reportPeriod.label } }),
      );
  },
};
