/**
 * A performance table's 指标值 cell holding only a sum of money (`20万元`, `75元`, `1000万元`) is the value of the
 * indicator its 三级指标 cell names, and whether it is an aim depends on that name: `项目计划总投资` names the project's
 * size, `每年财政补助` the funds it is given, `配套资金每人每年` the rate of a benefit — none is something to reach,
 * while `木材销售收入`, `成本指标` or `医疗收入达到` make the same sum a target. So the sum is read as the task's words
 * would read it: after the indicator's name, or, where the task states that very sum itself (`每年财政补助1000万元`),
 * as the task reads it.
 */
import type { Quantity } from '../../numbers/types';

/** The whole cell is one sum of money, without a sign: signed bounds (`≤90万元`) are bounds whatever the name. */
const MONEY_ALONE = /^\s*\d+(?:\.\d+)?\s*(?:万|亿)?元\s*[。.]?\s*$/;
const CLOSING_STOP = /[。.]$/;

/**
 * Whether a milestone that is a sum alone names no target once read with its task's words.
 * `readValues` reads the targets of a text (the engine's own reading, so the named non-targets are the engine's).
 *
 * @example
 * isMoneyOfANonTargetIndicator('项目计划总投资', '20万元', quantity20万元, read) // true
 * isMoneyOfANonTargetIndicator('木材销售收入', '1100万元', quantity1100万元, read) // false
 */
export function isMoneyOfANonTargetIndicator(
  taskText: string,
  milestoneText: string,
  quantity: Quantity,
  readValues: (text: string) => readonly number[],
): boolean {
  if (quantity.unitClass !== 'money' || !MONEY_ALONE.test(milestoneText)) return false;
  const figure = milestoneText.trim().replace(CLOSING_STOP, '');
  // `每年财政补助1000万元 | 1000万元`: the task states the sum already; its own reading decides.
  const read = taskText.includes(figure) ? taskText : taskText.trim() + figure;
  return !readValues(read).includes(quantity.value);
}
