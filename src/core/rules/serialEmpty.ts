import { emptyCellRule } from './_lib/emptyCellRule';
import { isEmptyCell } from './_lib/taskIssue';

/**
 * A task without a serial cannot be matched with the plan or the other bureaus' rows. A serial read from
 * a page-split remainder (`省民` + `生实事第16项`) counts as one.
 */
export const serialEmpty = emptyCellRule('serial.empty', 'error', 'serial', (task) => task.serial === null && isEmptyCell(task, 'serial'));
