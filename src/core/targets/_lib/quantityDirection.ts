/**
 * Which way a change goes: `增长7%` up, `下降3%` / `降低3%` down. A decrease target (`单位GDP能耗降低3%`) is met
 * by a decrease at least as large; a reported rise against it is a negative decrease.
 */
import type { Quantity } from '../../numbers/types';

export type Direction = 'up' | 'down' | null;

const DOWN = /(?:下降|降低|减少|压减|缩减|降幅|减)(?:了|为|达到?)?\s*$/;
/**
 * A fall named as the target before its figures (`年度削减目标分别为1%、2.5%`, `减排任务为3%`): the figures are sizes of the
 * fall, read as `削减1%` is. The lookback is as long as `削减目标分别为`.
 */
const DOWN_TARGET_NAMED = /(?:下降|降低|减少|削减|压减|减排)(?:目标|任务|指标)(?:分别)?(?:为|是)?\s*$/;
const DOWN_AFTER = /^(?:以上|左右)?的?(?:下降|降幅|减少)/;
const UP_AFTER = /^(?:以上|左右)?的?(?:增长|增幅|增速)/;
const UP = /(?:增长|增加|提高|上升|提升|增速|增幅|增)(?:了|为|达到?)?\s*$/;

/** The direction the words right before the figure (its comparator left aside) give it. */
export function directionOf(text: string, quantity: Quantity): Direction {
  const before = text.slice(Math.max(0, quantity.span.start - 7), quantity.span.start);
  if (DOWN.test(before) || DOWN_TARGET_NAMED.test(before)) return 'down';
  if (UP.test(before)) return 'up';
  // `均实现10%以上增长`, `5%以上的降幅`: the change named after the figure.
  const after = text.slice(quantity.span.end, quantity.span.end + 6);
  if (DOWN_AFTER.test(after)) return 'down';
  if (UP_AFTER.test(after)) return 'up';
  return null;
}

/** A figure as a change in the target's direction: `增长2%` against a target of `下降3%` is a decrease of -2. */
export function valueInDirection(value: number, figureDirection: Direction, targetDirection: Direction): number {
  if (targetDirection === null || figureDirection === null || figureDirection === targetDirection) return value;
  return -value;
}
