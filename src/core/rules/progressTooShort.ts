import { hasFewerReadable, isPlaceholder } from './_lib/progressText';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** Fewer readable characters than this cannot say what was done (`已完成。`, `按计划推进`). */
export const SHORTEST_PROGRESS = 8;

/** Progress too short to say anything. */
export const progressTooShort: Rule = {
  id: 'progress.tooShort',
  severity: 'warning',
  fixable: false,
  check(context) {
    return context.tasks
      .filter((task) => {
        const text = joinedText(task, 'progress');
        if (text === '' || isPlaceholder(text)) return false;
        return hasFewerReadable(text, SHORTEST_PROGRESS);
      })
      .map((task) => taskIssue(context, task, 'progress', { rule: this.id, severity: this.severity, params: { minimum: SHORTEST_PROGRESS } }));
  },
};
