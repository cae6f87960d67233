import { emptyCellRule } from './_lib/emptyCellRule';

/** No progress reported. */
export const progressEmpty = emptyCellRule('progress.empty', 'error', 'progress');
