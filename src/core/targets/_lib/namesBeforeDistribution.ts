/**
 * Names listed before `分别`, as many as the figures after it (`化学需氧量、二氧化硫、氨氮、氮氧化物排放量年度削减目标分别为1%、
 * 1%、2.5%和5.1%`, `城市低保、农村低保补差水平月均分别达到300元/人、140元/人`), pair with the figures in order: `分别` says
 * each named thing has its own figure, so the first figure is the first name's target, the second the second's, and a report
 * answers each by its own name (`二氧化硫排放量…同比下降5.43%`). The last name carries the words they share (`排放量年度削减目标`).
 * Names and figures that do not pair one to one, or names holding figures of their own (`从每人每月574元、271元分别提高到…`,
 * a change from a base), leave the list read as one indicator.
 */

/** How far before the first figure the names are read: one clause. */
const NAMES_REACH = 60;
const CLAUSE_MARKS = /[，,。；;：:！!？?\n]/;
const NAME_SEPARATORS = /[、和及与]/;
const DIGIT = /[0-9０-９]/;
/** A name longer than this is a clause, not one named thing. */
const LONGEST_NAME = 30;

/**
 * The names before `分别` that pair with `count` figures, the first figure starting at `start`; null when they do not pair.
 *
 * @example
 * namesBeforeDistribution('城市低保、农村低保补差水平分别达到300元/人、140元/人', 13, 2) // ['城市低保', '农村低保补差水平']
 */
export function namesBeforeDistribution(text: string, start: number, count: number): readonly string[] | null {
  if (count < 2) return null;
  const from = Math.max(0, start - NAMES_REACH);
  const before = text.slice(from, start);
  const distributed = before.lastIndexOf('分别');
  if (distributed < 0) return null;
  let clauseStart = 0;
  for (let index = distributed - 1; index >= 0; index -= 1) {
    if (CLAUSE_MARKS.test(before.charAt(index))) {
      clauseStart = index + 1;
      break;
    }
  }
  const words = before.slice(clauseStart, distributed);
  if (DIGIT.test(words)) return null;
  const names = words.split(NAME_SEPARATORS).map((name) => name.trim());
  if (names.length !== count || names.some((name) => name === '' || name.length > LONGEST_NAME)) return null;
  return names;
}

/**
 * Each figure's indicator from the names it pairs with: a name before the last takes the thing the last names after it
 * (`新建、改扩建幼儿园` → `新建幼儿园`, `改扩建幼儿园`) where the list's indicator is that thing; else it stands alone
 * (`化学需氧量`), the last keeping the shared words.
 *
 * @example
 * pairedIndicators(['新建', '改扩建幼儿园'], '幼儿园') // ['新建幼儿园', '改扩建幼儿园']
 */
export function pairedIndicators(names: readonly string[], indicator: string): string[] {
  const last = names[names.length - 1] ?? indicator;
  const sharedThing = last.length > indicator.length && last.endsWith(indicator) ? indicator : '';
  return names.map((name, index) => (index === names.length - 1 ? last : name.endsWith(sharedThing) ? name : `${name}${sharedThing}`));
}
