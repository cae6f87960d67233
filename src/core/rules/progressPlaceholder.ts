import { isPlaceholder } from './_lib/progressText';
import { taskCellRule } from './_lib/taskCellRule';
import { joinedText } from './_lib/taskIssue';

/** Progress that is only a stand-in: 无, 略, 同上, `/`. */
export const progressPlaceholder = taskCellRule({ id: 'progress.placeholder', severity: 'error', role: 'progress' }, (task) => {
  const text = joinedText(task, 'progress');
  return text !== '' && isPlaceholder(text);
});
