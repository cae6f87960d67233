/** Quantities of a text, each with its context; neighbours bound each other's indicator. */
import { parseQuantities } from '../../numbers/parseQuantities';
import type { Quantity } from '../../numbers/types';
import { describeQuantity, sentenceBoundsReader, type QuantityContext } from './describeQuantity';

export interface QuantityInContext {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
}

/**
 * `withTargetVerb`: look for the verb that makes a figure a target (task and milestone texts only).
 * `build` makes each result from its quantity and context (by default the pair), so callers that wrap
 * them make one object per quantity, not two.
 */
export function quantitiesInContext<T = QuantityInContext>(
  text: string,
  year: number | null,
  withTargetVerb: boolean,
  build: (quantity: Quantity, context: QuantityContext) => T = (quantity, context) => ({ quantity, context }) as T,
): T[] {
  const { quantities } = parseQuantities(text, { year, listIgnored: false });
  const bounds = sentenceBoundsReader(text, withTargetVerb);
  const results: T[] = [];
  for (let index = 0; index < quantities.length; index += 1) {
    const quantity = quantities[index];
    if (quantity === undefined) continue;
    const previousEnd = quantities[index - 1]?.span.end ?? 0;
    const nextStart = quantities[index + 1]?.span.start ?? text.length;
    const sentence = bounds.boundsOf(quantity.span.start, quantity.span.end);
    results.push(build(quantity, describeQuantity(text, quantity, previousEnd, nextStart, sentence, withTargetVerb)));
  }
  return results;
}
