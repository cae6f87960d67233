/**
 * A row's targets that are a whole and its parts, or parts of a whole the progress counts (DOMAIN §4, never only a part
 * when the whole is given). Reports write both:
 * - `危房改造任务为1034户，其中C级653户，D级381户` against `C级…竣工334户；D级…竣工180户`: the whole is answered only by a
 *   figure of the whole; the figures of its parts answer the parts, and no reviewer reads one part's result as the whole's.
 * - `中央下达的危房改造任务7.1万户和…下达我省的任务4.2万户` against `实际完成11.3万户`: the year's work counted as one
 *   figure, which is the sum of the two tasks; how much of it is each task's, the report does not say.
 */
import type { Quantity } from '../../numbers/types';

/** Sums of figures rounded as reports round them (`7.1万` + `4.2万` = `11.3万`). */
const SUM_TOLERANCE = 0.005;

function sameAmount(left: number, right: number): boolean {
  return Math.abs(left - right) <= SUM_TOLERANCE * Math.max(1, Math.abs(right));
}

function wordKey(quantity: Quantity): string {
  return `${quantity.unitClass}:${quantity.unit}`;
}

/** The row's target quantities grouped by counting word, only the words that two or more count in (most rows: none). */
function groupsByWord(quantities: readonly Quantity[]): Quantity[][] {
  const groups = new Map<string, Quantity[]>();
  for (const quantity of quantities) {
    if (quantity.unitClass === 'percent' || quantity.unitClass === 'points' || !(quantity.value > 0)) continue;
    const key = wordKey(quantity);
    const group = groups.get(key);
    if (group) group.push(quantity);
    else groups.set(key, [quantity]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/**
 * Of a row's target quantities, each that is the sum of all the others counted in its word, at least two of them
 * (`1034户` of `653户` and `381户`), with those parts.
 *
 * @example
 * wholesOfParts([q('1034户'), q('653户'), q('381户')]) // Map { 1034户 → [653户, 381户] }
 */
export function wholesOfParts(quantities: readonly Quantity[]): Map<Quantity, Quantity[]> {
  const wholes = new Map<Quantity, Quantity[]>();
  if (quantities.length < 3) return wholes;
  for (const group of groupsByWord(quantities)) {
    if (group.length < 3) continue;
    let total = 0;
    for (const quantity of group) total += quantity.value;
    let wholeOfAll = false;
    for (const quantity of group) {
      if (!sameAmount(total - quantity.value, quantity.value)) continue;
      wholes.set(quantity, group.filter((other) => other !== quantity));
      wholeOfAll = true;
    }
    if (!wholeOfAll && group.length <= MAX_GROUP_FOR_PAIRS) addWholesOfTwoLaterParts(group, wholes);
  }
  return wholes;
}

/** Beyond this many targets in one word the pairs are not tried: a row's own few, not a pasted cell's thousands. */
const MAX_GROUP_FOR_PAIRS = 8;

/**
 * `计划完成投资6267.5亿元。其中,新建项目…投资1.26万亿元,计划完成投资3430.3亿元;续建项目…投资1.21万亿元,计划完成投资2837.2亿元`: a whole
 * stated first and then split in two, each part written as the whole is, among as many other figures of its word (the parts'
 * own sizes): the two parts stand at one stride from the whole and from each other, and add up to it. Figures that only
 * happen to add up stand elsewhere.
 */
function addWholesOfTwoLaterParts(group: readonly Quantity[], wholes: Map<Quantity, Quantity[]>): void {
  for (let whole = 0; whole < group.length - 2; whole += 1) {
    const quantity = group[whole];
    if (quantity === undefined) continue;
    for (let stride = 1; whole + 2 * stride < group.length; stride += 1) {
      const part = group[whole + stride];
      const other = group[whole + 2 * stride];
      if (part === undefined || other === undefined || part.value >= quantity.value || !sameAmount(part.value + other.value, quantity.value)) continue;
      wholes.set(quantity, [part, other]);
      break;
    }
  }
}

/** The sum and the number of a row's targets in each counting word, read once per row. */
export type TotalsByWord = ReadonlyMap<string, { readonly total: number; readonly count: number }>;

export function targetTotalsByWord(quantities: readonly Quantity[]): TotalsByWord {
  const totals = new Map<string, { total: number; count: number }>();
  for (const quantity of quantities) {
    const key = wordKey(quantity);
    const known = totals.get(key);
    if (known) {
      known.total += quantity.value;
      known.count += 1;
    } else totals.set(key, { total: quantity.value, count: 1 });
  }
  return totals;
}

/**
 * Whether a figure tied to a target is the sum of that target and the row's other targets counted in its word
 * (`11.3万户` against `7.1万户` and `4.2万户`): the whole of their work, of which the target's share is not told.
 *
 * @example
 * countsTargetsTogether(q('7.1万户'), 113000, targetTotalsByWord([q('7.1万户'), q('4.2万户')])) // true
 */
export function countsTargetsTogether(target: Quantity, figureValue: number, totals: TotalsByWord): boolean {
  if (target.unitClass === 'percent' || target.unitClass === 'points' || sameAmount(figureValue, target.value)) return false;
  const word = totals.get(wordKey(target));
  return word !== undefined && word.count > 1 && sameAmount(figureValue, word.total);
}
