/**
 * A 目标任务 column that copies its task's figure (`完成参保人数6300人` | `6300人`, `征缴基金10000万元` | `10000万`,
 * `送戏下乡20场` | `20`): the milestone cell is the figure alone, due when the task is (the year's end), with the
 * value of the task's one target. A reviewer reads one target, recorded in the task, not a second one.
 */
import type { TargetStatement } from '../extractTargets';

/** What may follow the figure in a cell that is the figure alone: a comparator word, a closing mark. */
const AFTER_FIGURE = /^\s*(?:以上|以内|左右|及以上)?\s*[。.;；]?\s*$/;

/**
 * Whether the milestone cell is the task's one figure again.
 *
 * @example
 * copiesTaskFigure('6300人', milestoneOf('6300人'), taskOf('完成参保人数6300人')) // true
 * copiesTaskFigure('二季度完成3000人', milestoneOf('3000人'), taskOf('完成参保人数6300人')) // false
 */
export function copiesTaskFigure(milestoneText: string, milestone: TargetStatement, task: TargetStatement): boolean {
  if (milestone.value !== task.value || milestone.op !== task.op || milestone.upper !== task.upper) return false;
  const unit = milestone.quantity.unit;
  if (unit !== '' && milestone.quantity.unitClass !== 'bare' && unit !== task.quantity.unit) return false;
  const text = milestoneText.trim();
  const figure = milestone.quantity.text.trim();
  return text.startsWith(figure) && AFTER_FIGURE.test(text.slice(figure.length));
}
