/** Quantities of a text, each with its context; neighbours bound each other's indicator. */
import { parseQuantities } from '../../numbers/parseQuantities';
import type { Quantity } from '../../numbers/types';
import { describeQuantity, type QuantityContext } from './describeQuantity';

export interface QuantityInContext {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
}

export function quantitiesInContext(text: string, year: number | null): QuantityInContext[] {
  const { quantities } = parseQuantities(text, { year });
  return quantities.map((quantity, index) => {
    const previousEnd = quantities[index - 1]?.span.end ?? 0;
    const nextStart = quantities[index + 1]?.span.start ?? text.length;
    return { quantity, context: describeQuantity(text, quantity, previousEnd, nextStart) };
  });
}
