import { emptyCellRule } from './_lib/emptyCellRule';

/** A row with other cells filled but no task text. */
export const taskEmpty = emptyCellRule('task.empty', 'error', 'task');
