import { emptyCellRule } from './_lib/taskCellRule';

/** A row with other cells filled but no task text. */
export const taskEmpty = emptyCellRule('task.empty', 'error', 'task');
