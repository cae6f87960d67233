import { emptyCellRule } from './_lib/taskCellRule';

/** A task without its milestone (节点任务): progress cannot be judged against anything. */
export const milestoneEmpty = emptyCellRule('milestone.empty', 'warning', 'milestone');
