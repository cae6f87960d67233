import { hasColumn, isEmptyCell, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** No self-assessment (自我评价). */
export const selfAssessmentEmpty: Rule = {
  id: 'selfAssessment.empty',
  severity: 'error',
  fixable: false,
  check(context) {
    if (!hasColumn(context, 'selfAssessment')) return [];
    return context.tasks
      .filter((task) => isEmptyCell(task, 'selfAssessment'))
      .map((task) => taskIssue(context, task, 'selfAssessment', { rule: this.id, severity: this.severity }));
  },
};
