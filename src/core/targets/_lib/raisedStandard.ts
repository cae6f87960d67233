/**
 * A benefit's rate (`每人每月补助600元`, `80元/人`) describes the benefit; raised to a level or held above a floor it is
 * an aim (`补助标准提高到每人每年610元`, `发放标准不低于每人每月60元`, `低保标准达到300元/人`).
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

const RAISE_REACH = 24;
/** Verbs that set a rate to reach, before the rate in its clause. */
const RAISED_TO = /(?:提高|提升|上调|调整|增加|提标)(?:到|至|为)|增至|达到|不低于|不少于/;

/**
 * Whether a rate is one to raise a benefit to, not the rate it is paid at.
 *
 * @example
 * isRaisedStandard('城乡居民医保财政补助标准提高到每人每年550元', quantityOf('550元')) // true
 * isRaisedStandard('按每人每月600元标准发放补贴', quantityOf('600元')) // false
 */
export function isRaisedStandard(text: string, quantity: Quantity): boolean {
  return RAISED_TO.test(clauseBefore(text, quantity.span.start, RAISE_REACH));
}
