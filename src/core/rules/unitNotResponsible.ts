import { unitKey } from '../report/parseResponsibility';
import { taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** The reporting bureau (填报单位) is not among the units the task's parenthesis names. */
export const unitNotResponsible: Rule = {
  id: 'unit.notResponsible',
  severity: 'warning',
  fixable: false,
  check(context) {
    const unit = context.report.metadata.unit?.text.trim() ?? '';
    if (unit === '') return [];
    const key = unitKey(unit);
    return context.tasks
      .filter((task) => task.responsibility.units.length > 0 && !task.responsibility.units.some((named) => unitKey(named) === key))
      .map((task) =>
        taskIssue(context, task, 'task', {
          rule: this.id,
          severity: this.severity,
          value: task.responsibility.text,
          params: { unit, units: task.responsibility.units.join('、') },
        }),
      );
  },
};
