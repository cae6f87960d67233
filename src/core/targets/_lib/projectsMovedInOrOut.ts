/**
 * Projects moved out of or into a plan's list when it is revised (`共调出16个、调进28个`, `剔除项目5个`): how the list was changed,
 * said of what is done already; the list's new size (`…达到80个`) is the figure a report measures, and these counts reach nothing.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** A word that moves things out of or into a list, right before the count (a noun of a few characters may stand between). */
const MOVED_BEFORE = /(?:调出|调进|调入|移出|移入|剔除)[\u4e00-\u9fff]{0,4}$/;
const CLAUSE_REACH = 12;

/**
 * Whether a count is of projects moved out of or into a list.
 *
 * @example
 * isCountMovedInOrOut('共调出16个、调进28个', quantityOf('28个')) // true
 * isCountMovedInOrOut('调整后项目达到80个', quantityOf('80个')) // false
 */
export function isCountMovedInOrOut(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  return MOVED_BEFORE.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH));
}
