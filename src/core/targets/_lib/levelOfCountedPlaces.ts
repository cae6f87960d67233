/**
 * `实现2个部级试点县、7个省级试点县100%的建制村通沥青路`: a share right after a count of places, of the things in them (`…的建制村`),
 * is the level each counted place is to reach. The count of places brought to it is the target; the share only says what
 * bringing them there means, and is not counted again. A share with no count of places before it (`实现100%行政村通水泥路`)
 * is the level itself, and stays.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** A count of places, closing the words before the share (`7个省级试点县`, `12个乡镇`). */
const COUNTED_PLACES_BEFORE = /[0-9０-９一二三四五六七八九十两]+\s*个[^，,。；;\d０-９]{0,10}?(?:县|市|区|旗|乡镇|镇|乡|街道|村|社区)(?:[(（][^()（）]{0,8}[)）])?\s*$/;
/** The things of the places the share is of (`的建制村`, `的农户`). */
const OF_THE_THINGS_AFTER = /^\s*的/;
const REACH = 30;

/**
 * Whether a percent is the level of the places counted right before it.
 *
 * @example
 * isLevelOfCountedPlaces('实现7个省级试点县100%的建制村通沥青路', quantityOf('100%')) // true
 * isLevelOfCountedPlaces('实现100%的建制村通沥青路', quantityOf('100%'))               // false
 */
export function isLevelOfCountedPlaces(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'percent' || quantity.comparator !== null) return false;
  if (!OF_THE_THINGS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 2))) return false;
  return COUNTED_PLACES_BEFORE.test(clauseBefore(text, quantity.span.start, REACH));
}
