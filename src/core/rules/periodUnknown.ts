import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A period that is not one the sheets use (`尽快`, a date stored as a serial number). */
export const periodUnknown: Rule = {
  id: 'period.unknown',
  severity: 'error',
  fixable: false,
  check(context) {
    return context.tasks
      .filter((task) => task.period === null && joinedText(task, 'period') !== '')
      .map((task) => taskIssue(context, task, 'period', { rule: this.id, severity: this.severity }));
  },
};
