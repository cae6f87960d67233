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

/**
 * `任务从120万亩增加到200万亩`, `补助标准由每人每月400元提高到500元`: the figure after 从 or 由, right before the change and the
 * level it moves to, is where the plan starts from; the level after 到 is the aim.
 */
const MOVED_TO_AFTER = /^\s*(?:提高|提升|增加|增长|上升|扩大|下降|降低|减少|缩小|调整|增|降|减)(?:到|至|为)/;
const MOVED_FROM_BEFORE = /[从由][^，,。；;从由]{0,20}$/;
const MOVED_FROM_REACH = 20;

/**
 * Whether the figure from `start` to `end` is the level a change starts from.
 *
 * @example
 * isLevelBeforeTheChange('造林任务从120万亩增加到200万亩', 6, 11) // true
 * isLevelBeforeTheChange('造林任务从120万亩增加到200万亩', 14, 19) // false
 */
export function isLevelBeforeTheChange(text: string, start: number, end: number): boolean {
  return MOVED_TO_AFTER.test(text.slice(end, end + 6)) && MOVED_FROM_BEFORE.test(text.slice(Math.max(0, start - MOVED_FROM_REACH - 1), start));
}
