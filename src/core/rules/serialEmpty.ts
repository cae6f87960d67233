import { taskCellRule } from './_lib/taskCellRule';
import { isEmptyCell } from './_lib/taskIssue';

/**
 * A task without a serial cannot be matched with the plan or the other bureaus' rows. A serial read from
 * a page-split remainder (`省民` + `生实事第16项`) counts as one.
 */
export const serialEmpty = taskCellRule({ id: 'serial.empty', severity: 'error', role: 'serial' }, (task) => task.serial === null && isEmptyCell(task, 'serial'));
