/**
 * A change told against an earlier figure, in two more ways a plan's sentence tells it: the earlier figure itself, named after
 * `比去年的` (`计划解决人数比去年的3205万人增加了2848万人`), and the change again as a rate in the clause after it (`较上年增加10万人,
 * 增长10%`, `…增加了2848万人,增加幅度达89%`). Both describe how the plan compares with the year before; the aim is the plan's own
 * level, and no report answers the base or the rate of the gap.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** `比去年的`, `较上年的`, `比2020年的`: a comparison with a year, closed by `的` right before the figure. */
const BASE_OF_A_COMPARISON_BEFORE = /(?:较|比|相比)\s*(?:上年|去年|上一年|前一年|[0-9]{4}\s*年)(?:同期|度)?(?:全年)?的\s*$/;
const BASE_REACH = 14;

/**
 * Whether a figure is the earlier figure a comparison names.
 *
 * @example
 * isBaseOfAComparison('计划解决人数比去年的3205万人增加了2848万人', quantityOf('3205万人')) // true
 * isBaseOfAComparison('计划解决人数比去年增加2848万人', quantityOf('2848万人'))             // false
 */
export function isBaseOfAComparison(text: string, quantity: Quantity): boolean {
  // Only figures with `的` right before them are read further.
  if (text.charAt(quantity.span.start - 1) !== '的') return false;
  return BASE_OF_A_COMPARISON_BEFORE.test(text.slice(Math.max(0, quantity.span.start - BASE_REACH), quantity.span.start));
}

/** The clause holds only a rate of change: a comma, then `增长`, `增幅` or `增加幅度`, with `达` or `为` or neither. */
const RATE_CLAUSE_BEFORE = /[，,]\s*(?:同比)?(?:增长|增加|增幅|增长幅度|增加幅度|降幅|下降幅度|下降|减少)(?:为|达|达到|约)?\s*$/;
/**
 * The clause before closes on a change against a comparison, in a count, people or an amount (not a percent): `较上年增加10万人`,
 * `比去年的3205万人增加了2848万人`.
 */
const CHANGE_CLOSING = /(?:较|同比|相比|比(?![例重率]))[^，,。；;]{0,20}?(?:增加|增长|多|减少|下降|少)了?(?:约|近)?\s*[0-9０-９][0-9０-９.．]*\s*(?:万|千|亿)?\s*[\u4e00-\u9fff]{1,2}$/;
const RATE_REACH = 12;
const LINKING_COMPARATOR = /^(?:达|达到)$/;
const CHANGE_REACH = 40;

/**
 * Whether a percent restates, as a rate, the change told in the clause right before it.
 *
 * @example
 * isRateOfTheChangeBefore('培训目标为110万人,较上年增加10万人,增长10%', quantityOf('10%')) // true
 * isRateOfTheChangeBefore('培训目标为110万人,就业率增长10%', quantityOf('10%'))           // false
 */
export function isRateOfTheChangeBefore(text: string, quantity: Quantity): boolean {
  // `增加幅度达89%`: the quantity reader takes `达` as a comparator; after a word of the rate it only links the figure.
  if (quantity.unitClass !== 'percent' || (quantity.comparator !== null && !LINKING_COMPARATOR.test(quantity.comparatorText))) return false;
  const before = text.slice(Math.max(0, quantity.span.start - RATE_REACH), quantity.span.start);
  const rate = RATE_CLAUSE_BEFORE.exec(before);
  if (rate === null) return false;
  const commaAt = quantity.span.start - before.length + rate.index;
  return CHANGE_CLOSING.test(clauseBefore(text, commaAt, CHANGE_REACH));
}
