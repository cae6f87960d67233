/** Quantities of a text, each with its context; neighbours bound each other's indicator. */
import { parseQuantities } from '../../numbers/parseQuantities';
import type { Quantity } from '../../numbers/types';
import { describeQuantity, sentenceBoundsReader, type QuantityContext } from './describeQuantity';

export interface QuantityInContext {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
}

/** `withTargetVerb`: look for the verb that makes a figure a target (task and milestone texts only). */
export function quantitiesInContext(text: string, year: number | null, withTargetVerb: boolean): QuantityInContext[] {
  const { quantities } = parseQuantities(text, { year });
  const boundsOf = sentenceBoundsReader(text);
  return quantities.map((quantity, index) => {
    const neighbours = { previousEnd: quantities[index - 1]?.span.end ?? 0, nextStart: quantities[index + 1]?.span.start ?? text.length };
    const bounds = boundsOf(quantity.span.start, quantity.span.end);
    return { quantity, context: describeQuantity(text, quantity, neighbours, bounds, withTargetVerb) };
  });
}
