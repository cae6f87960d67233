/**
 * A count to reach, then how much it grows on last year in a clause of its own (`开复工亿元以上项目2000个,增长15%`, `新增市场主体
 * 1.2万户,同比增长8%`): the growth is the same aim told against last year's count, and a reviewer reads one aim, the count.
 * A growth with words of its own (`,其中工业投资增长15%`) or after a sum or a level (`地区生产总值500亿元,增长7%`, where the
 * growth is the aim a report measures) is left alone.
 */
import type { Quantity } from '../../numbers/types';

/** The clause holds only the growth: a comma, then `增长`, with last year named or not. */
const GROWTH_CLAUSE_BEFORE = /[，,]\s*(?:同比|比上年|较上年|比去年|较去年)?(?:增长|增加)\s*$/;
/** A count closing the clause before it: `2000个`, `1.2万户`, `350家`. */
const COUNT_CLOSING = /[0-9０-９](?:[0-9０-９.])*\s*(?:万|千)?\s*(?:个|項|项|家|户|所|座|处|件|条)(?:以上)?$/;
const GROWTH_REACH = 10;
const COUNT_REACH = 12;

/**
 * Whether a percent is the growth of the count right before it.
 *
 * @example
 * isGrowthOfTheCountBefore('推进开复工项目2000个,增长15%', quantityOf('15%')) // true
 * isGrowthOfTheCountBefore('地区生产总值500亿元,增长7%', quantityOf('7%')) // false
 */
export function isGrowthOfTheCountBefore(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'percent' || quantity.comparator !== null) return false;
  const before = text.slice(Math.max(0, quantity.span.start - GROWTH_REACH), quantity.span.start);
  const growth = GROWTH_CLAUSE_BEFORE.exec(before);
  if (growth === null) return false;
  const commaAt = quantity.span.start - before.length + growth.index;
  return COUNT_CLOSING.test(text.slice(Math.max(0, commaAt - COUNT_REACH), commaAt));
}
