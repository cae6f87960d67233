import { emptyCellRule } from './_lib/taskCellRule';

/** No progress reported. */
export const progressEmpty = emptyCellRule('progress.empty', 'error', 'progress');
