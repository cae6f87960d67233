import { readsTheSame } from './_lib/progressText';
import { taskCellRule } from './_lib/taskCellRule';
import { joinedText } from './_lib/taskIssue';

/** Progress that repeats the milestone word for word (seed 000, serial 271): the plan, not what was done. */
export const progressSameAsMilestone = taskCellRule({ id: 'progress.sameAsMilestone', severity: 'warning', role: 'progress' }, (task) => {
  const progressText = joinedText(task, 'progress');
  const milestoneText = joinedText(task, 'milestone');
  if (progressText === '' || milestoneText === '') return false;
  if (progressText === milestoneText) return true;
  // Punctuation and spacing aside, texts of very different lengths cannot be the same.
  if (Math.abs(progressText.length - milestoneText.length) > Math.max(progressText.length, milestoneText.length) / 2) return false;
  return readsTheSame(progressText, milestoneText);
});
