import { isPlaceholder } from './_lib/progressText';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** Progress that is only a stand-in: 无, 略, 同上, `/`. */
export const progressPlaceholder: Rule = {
  id: 'progress.placeholder',
  severity: 'error',
  fixable: false,
  check(context) {
    return context.tasks
      .filter((task) => {
        const text = joinedText(task, 'progress');
        return text !== '' && isPlaceholder(text);
      })
      .map((task) => taskIssue(context, task, 'progress', { rule: this.id, severity: this.severity }));
  },
};
