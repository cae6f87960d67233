import { readableCore } from './_lib/progressText';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** Progress that repeats the milestone word for word (seed 000, serial 271): the plan, not what was done. */
export const progressSameAsMilestone: Rule = {
  id: 'progress.sameAsMilestone',
  severity: 'warning',
  fixable: false,
  check(context) {
    return context.tasks
      .filter((task) => {
        const progress = readableCore(joinedText(task, 'progress'));
        return progress !== '' && progress === readableCore(joinedText(task, 'milestone'));
      })
      .map((task) => taskIssue(context, task, 'progress', { rule: this.id, severity: this.severity }));
  },
};
