/** Quantities of a text, each with its context; neighbours bound each other's indicator. */
import { parseQuantities } from '../../numbers/parseQuantities';
import type { Quantity } from '../../numbers/types';
import { describeQuantity, sentenceBoundsReader, type QuantityContext } from './describeQuantity';
import { coverageReachedIn, fullCoveragesIn, isFullCoverage } from './fullCoverage';
import { headedFigureContext, headerOfFigure } from './headedColumnFigure';
import { asCountOfPeopleNamedAfter } from './peopleNamedAfter';

const NO_QUANTITIES: readonly Quantity[] = [];

/** Two lists of quantities, each in reading order, merged into one; a quantity read from digits over the same words wins. */
function inReadingOrder(read: readonly Quantity[], inWords: readonly Quantity[]): readonly Quantity[] {
  const merged: Quantity[] = [];
  let next = 0;
  for (const quantity of inWords) {
    let following = read[next];
    while (following && following.span.start < quantity.span.start) {
      merged.push(following);
      next += 1;
      following = read[next];
    }
    const previous = merged[merged.length - 1];
    // `100%全覆盖`: the words sit inside a figure already read.
    if ((previous && previous.span.end > quantity.span.start) || (following && following.span.start < quantity.span.end)) continue;
    merged.push(quantity);
  }
  for (; next < read.length; next += 1) {
    const rest = read[next];
    if (rest) merged.push(rest);
  }
  return merged;
}

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
  const { quantities: read } = parseQuantities(text, { year, listIgnored: false });
  // `实现…全覆盖`: a level of 100% a task or milestone aims at in words, or a progress says reached.
  const coverages = text.includes('全覆盖') ? (withTargetVerb ? fullCoveragesIn(text) : coverageReachedIn(text)) : NO_QUANTITIES;
  const quantities = coverages.length === 0 ? read : inReadingOrder(read, coverages);
  const bounds = sentenceBoundsReader(text, withTargetVerb);
  const results: T[] = [];
  for (let index = 0; index < quantities.length; index += 1) {
    const written = quantities[index];
    if (written === undefined) continue;
    // `使790.55万农村群众喝上了安全水`: a bare figure of 万 before a noun of people counts those people.
    const quantity = asCountOfPeopleNamedAfter(text, written);
    const previousEnd = quantities[index - 1]?.span.end ?? 0;
    const nextStart = quantities[index + 1]?.span.start ?? text.length;
    const sentence = bounds.boundsOf(quantity.span.start, quantity.span.end);
    const described = describeQuantity(text, quantity, previousEnd, nextStart, sentence, withTargetVerb);
    // `年度计划(万元) 50000`: a table's figure measures what its column's header names.
    const header = headerOfFigure(text, quantity);
    const context = header ? headedFigureContext(text, quantity, header, described) : described;
    // `WIFI布点全覆盖`: what is covered, with the covering, is what a progress measures (`覆盖率100%`).
    results.push(build(quantity, coverages.length > 0 && isFullCoverage(quantity) ? { ...context, indicator: `${context.indicator}覆盖` } : context));
  }
  return results;
}
