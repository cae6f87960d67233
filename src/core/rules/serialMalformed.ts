import { taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A serial in none of the three forms (`40`, `为民办实事第六项`, `省民生实事第16项`). */
export const serialMalformed: Rule = {
  id: 'serial.malformed',
  severity: 'warning',
  fixable: false,
  check(context) {
    return context.tasks
      .filter((task) => task.serial?.form === 'other')
      .map((task) => taskIssue(context, task, 'serial', { rule: this.id, severity: this.severity, value: task.serial?.text ?? '' }));
  },
};
