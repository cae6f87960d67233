/**
 * The tally of those among a whole that are so, said with `的有` (`建设在本市的有46个`, `已通过验收的有12项`): how things stand
 * among the whole, a figure of the report's own telling, not an aim.
 */
import type { Quantity } from '../../numbers/types';

/** `…的有` right before the count: those among a whole that are so. */
const TALLY_OF_THOSE_BEFORE = /[\u4e00-\u9fff]的有\s*$/;

/**
 * Whether a count tallies those of a whole that are so (`…的有46个`).
 *
 * @example
 * isTallyOfThoseThatAre('建设在本市的有46个', quantityOf('46个')) // true
 * isTallyOfThoseThatAre('新建学校有46个', quantityOf('46个')) // false
 */
export function isTallyOfThoseThatAre(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.comparator !== null) return false;
  return TALLY_OF_THOSE_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start));
}
