import { parseQuantities } from '../../numbers/parseQuantities';

/**
 * Whether a progress text repeats the previous report's ("与上季度相同"): the texts are
 * compared without width, white space and punctuation (copy-paste through WPS and chat tools changes
 * those), by the share of two-character sequences they have in common.
 */

/**
 * Nine in ten of the two-character sequences shared, and the same figures: a paragraph whose date was
 * moved on (`截至6月底` → `截至9月底`) or whose wording was touched is still the paragraph of last time; a
 * paragraph with one new figure (`项目68个` → `项目107个`) or a sentence of new work is not. On the real
 * pairs of reports (tests/core/previous/realPairs.test.ts) bureaus either paste last quarter's text
 * (sameness 1) or rewrite it: the closest rewrite, the same sentences with new counts, shares 0.87.
 */
export const NEARLY_SAME_PROGRESS = 0.9;

/** The comparison form: NFKC (full-width to half-width), letters and digits only. */
export function progressComparisonKey(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

function characterPairs(key: string): Map<string, number> {
  const characters = Array.from(key);
  const pairs = new Map<string, number>();
  if (characters.length === 1) pairs.set(key, 1);
  for (let index = 0; index + 1 < characters.length; index += 1) {
    const pair = `${characters[index] ?? ''}${characters[index + 1] ?? ''}`;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return pairs;
}

function pairCount(pairs: ReadonlyMap<string, number>): number {
  let count = 0;
  for (const times of pairs.values()) count += times;
  return count;
}

/**
 * 0 (nothing in common) … 1 (the same text once normalised), linear in the texts' length.
 * Texts of very different length get the most their lengths allow (below the threshold) instead of the exact share.
 *
 * @example
 * progressSameness('已全部完成。', '已全部完成') // 1
 * progressSameness('已完成8个', '已完成12个')    // 0.44…
 */
export function progressSameness(previous: string, current: string): number {
  const previousKey = progressComparisonKey(previous);
  const currentKey = progressComparisonKey(current);
  if (previousKey === '' || currentKey === '') return 0;
  if (previousKey === currentKey) return 1;
  // Lengths alone bound the share from above; a pasted cell of thousands of characters against a short
  // one is not counted pair by pair when the bound is already below the threshold.
  const shorter = Math.min(previousKey.length, currentKey.length);
  const longer = Math.max(previousKey.length, currentKey.length);
  const bound = (2 * shorter) / (shorter + longer);
  if (bound < NEARLY_SAME_PROGRESS) return bound;
  return sharedPairShare(previousKey, currentKey);
}

/** The share of two-character sequences two comparison keys have in common, counted pair by pair. */
function sharedPairShare(previousKey: string, currentKey: string): number {
  const previousPairs = characterPairs(previousKey);
  const currentPairs = characterPairs(currentKey);
  let shared = 0;
  for (const [pair, times] of currentPairs) shared += Math.min(times, previousPairs.get(pair) ?? 0);
  return (2 * shared) / (pairCount(previousPairs) + pairCount(currentPairs));
}

/**
 * The exact share of `progressSameness`, also where the texts' lengths alone already keep it below the
 * bar (for measuring how far real rewrites stay from it).
 */
export function exactProgressSameness(previous: string, current: string): number {
  const previousKey = progressComparisonKey(previous);
  const currentKey = progressComparisonKey(current);
  if (previousKey === '' || currentKey === '') return 0;
  return previousKey === currentKey ? 1 : sharedPairShare(previousKey, currentKey);
}

/** The figures a text states (value and counting word), dates and periods aside, in order. */
function statedFigures(text: string): string[] {
  return parseQuantities(text, { listIgnored: false }).quantities.map((quantity) => `${quantity.value}${quantity.unit}`);
}

/**
 * Whether the current progress repeats the previous one: the same text once normalised, or nearly the same
 * (`NEARLY_SAME_PROGRESS`) stating the same figures. Returns the sameness when it does, else null.
 *
 * @example
 * repeatedProgress('截至6月底，已完成土建工程。', '截至9月底，已完成土建工程。') // 0.9…
 * repeatedProgress('引进项目68个。', '引进项目107个。')                          // null
 */
export function repeatedProgress(previous: string, current: string): number | null {
  const sameness = progressSameness(previous, current);
  if (sameness === 1) return sameness;
  if (sameness < NEARLY_SAME_PROGRESS) return null;
  const before = statedFigures(previous);
  const now = statedFigures(current);
  return before.length === now.length && before.every((figure, index) => figure === now[index]) ? sameness : null;
}
