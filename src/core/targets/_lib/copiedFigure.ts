/**
 * A 目标任务 column that copies its task's figure (`完成参保人数6300人` | `6300人`, `征缴基金10000万元` | `10000万`,
 * `送戏下乡20场` | `20`): the milestone cell is the figure alone, due when the task is (the year's end), with the
 * value of the task's one target. A reviewer reads one target, recorded in the task, not a second one.
 */
import type { Quantity } from '../../numbers/types';
import { thingWordsAgree } from '../../numbers/units';
import type { TargetStatement } from '../extractTargets';

/** The cell holds the column's header and its figure and nothing else (`工作目标(个) 600`). */
function isColumnFigureAlone(milestoneText: string, milestone: TargetStatement): boolean {
  return milestoneText.slice(0, milestone.context.phraseStart).trim() === '' && AFTER_FIGURE.test(milestoneText.slice(milestone.context.phraseEnd));
}

/** One unit, or two counting words of things that may count the same thing (`个` and `家`). */
function countsAlike(left: Quantity, right: Quantity): boolean {
  if (left.unit === right.unit) return true;
  return left.unitClass === 'count' && right.unitClass === 'count' && thingWordsAgree(left.unit, right.unit) !== 'other';
}

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
  // `工作目标(个) 1` beside `每个县市区至少1家…`: the column's figure alone, in the header's unit, which names the thing less closely.
  if (milestone.context.columnKey !== undefined) return isColumnFigureAlone(milestoneText, milestone) && countsAlike(milestone.quantity, task.quantity);
  const unit = milestone.quantity.unit;
  if (unit !== '' && milestone.quantity.unitClass !== 'bare' && unit !== task.quantity.unit) return false;
  const text = milestoneText.trim();
  const figure = milestone.quantity.text.trim();
  return text.startsWith(figure) && AFTER_FIGURE.test(text.slice(figure.length));
}
