import type { Issue } from '../issues/issue';
import { compareSerials } from '../report/parseSerial';
import type { Serial } from '../report/types';
import { taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** A serial that comes before its predecessor in natural order (a hint, not an error). */
export const serialOutOfOrder: Rule = {
  id: 'serial.outOfOrder',
  severity: 'info',
  fixable: false,
  check(context) {
    const issues: Issue[] = [];
    let previous: Serial | null = null;
    for (const task of context.tasks) {
      const serial = task.serial;
      if (serial === null || serial.form === 'other') continue;
      if (previous !== null && compareSerials(previous, serial) > 0) {
        issues.push(taskIssue(context, task, 'serial', { rule: this.id, severity: this.severity, value: serial.text, params: { previous: previous.text } }));
      }
      previous = serial;
    }
    return issues;
  },
};
