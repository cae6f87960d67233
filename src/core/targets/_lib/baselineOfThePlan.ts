/**
 * A figure inside `在…的基础上` is what the plan builds on, not what it aims at: `在省定33项民生工程的基础上，增加安排4项`,
 * `在首批20个试点(市、区)率先示范的基础上，全面推开`, `在现有1200张床位的基础上新增300张` (the 300 is the aim).
 */

/** `在` opening the phrase, before the figure and within its clause (not the 在 of `现在`, `正在`, `存在`, `旨在`). */
const OPENING_BEFORE = /(?<![存现正所实自旨意志重好])在[^，,。；;在]{0,20}$/;
/** `…的基础上` closing it after the figure, within the clause (brackets such as `(市、区)` may stand between). */
const CLOSING_AFTER = /^[^，,。；;]{0,24}?(?:的)?基础上/;
const REACH_BEFORE = 24;
const REACH_AFTER = 30;

/**
 * Whether the figure from `start` to `end` of a task text stands inside `在…基础上`.
 *
 * @example
 * isBaselineOfThePlan('在省定33项民生工程的基础上,增加安排4项', 3, 6) // true
 * isBaselineOfThePlan('在省定33项民生工程的基础上,增加安排4项', 19, 21) // false
 */
export function isBaselineOfThePlan(text: string, start: number, end: number): boolean {
  // Only the figure's own surroundings are looked at: a cell states thousands of figures, and asking the whole text
  // for `基础上` at each of them made a 32,767-character cell take three times as long.
  const after = text.slice(end, end + REACH_AFTER);
  if (!after.includes('基础上')) return false;
  return CLOSING_AFTER.test(after) && OPENING_BEFORE.test(text.slice(Math.max(0, start - REACH_BEFORE), start));
}
