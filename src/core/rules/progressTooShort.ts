import { hasFewerReadable, isPlaceholder } from './_lib/progressText';
import { taskCellRule } from './_lib/taskCellRule';
import { joinedText } from './_lib/taskIssue';

/** Fewer readable characters than this cannot say what was done (`已完成。`, `按计划推进`). */
export const SHORTEST_PROGRESS = 8;

/** Progress too short to say anything (a placeholder is reported as such instead). */
export const progressTooShort = taskCellRule(
  { id: 'progress.tooShort', severity: 'warning', role: 'progress', params: { minimum: SHORTEST_PROGRESS } },
  (task) => {
    const text = joinedText(task, 'progress');
    return text !== '' && !isPlaceholder(text) && hasFewerReadable(text, SHORTEST_PROGRESS);
  },
);
