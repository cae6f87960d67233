/**
 * `基本建成棚改住房10813套;基本建成安居工程住房11564套,其中棚改安置房10813套,公租房751套`: a part after 其中 (or 包括) whose figure,
 * counting word and comparator are those of a target the text has already stated is that target named again as a part of
 * another whole — the same works, counted once. The other parts (`公租房751套`) stay targets of their own.
 */
import type { Quantity } from '../../numbers/types';
import type { Comparator } from '../types';
import { isInPartSentence } from './figureRole';

/** How many statements back are compared: the repeated target stands a sentence or two before. */
const REPEATED_REACH = 12;

interface StatedTarget {
  readonly quantity: Quantity;
  readonly op: Comparator;
}

/**
 * Whether `quantity`, a part after 其中, repeats a target stated before it.
 *
 * @example
 * // statements: 新建住房120套, 改造住房300套 → the part `其中住房120套` of a later whole repeats the first
 */
export function isPartRepeatingATarget(statements: readonly StatedTarget[], text: string, quantity: Quantity, op: Comparator): boolean {
  if (quantity.kind !== 'single' || statements.length === 0) return false;
  let repeated = false;
  for (let index = statements.length - 1; index >= Math.max(0, statements.length - REPEATED_REACH) && !repeated; index -= 1) {
    const statement = statements[index];
    repeated = statement !== undefined && statement.quantity.span.end <= quantity.span.start && statement.quantity.value === quantity.value
      && statement.quantity.unit === quantity.unit && statement.op === op && statement.quantity.kind === 'single';
  }
  // The sentence is asked only of the rare figure that repeats one before it.
  return repeated && isInPartSentence(text, quantity.span.start);
}
