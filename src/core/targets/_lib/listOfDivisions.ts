/**
 * A list of divisions of the country is where a task is done, or whom it helps: `对口支援西部12县和3个民族县`,
 * `6个街道以及东城、西城等3个镇`. Each count of the list is the size of an area, not a number to reach — unless a verb
 * of making or reaching governs it (`新增3个乡镇和2个街道建成养老服务中心`) or a comparator states it.
 */
import type { Quantity } from '../../numbers/types';
import type { QuantityContext } from './describeQuantity';

/**
 * The division counted, right after the count: `县`, `海岛县`, `街道办事处`, `乡镇`; never a `县级…` qualifier, nor a status
 * a county is made to reach (`5个示范县`, `3个试点县` are counts to reach).
 */
const DIVISION_COUNTED = /^(?:县[(（]市[)）]区?|县市区|县区|街道办事处|街道乡镇|乡镇街道|乡镇|街道|(?!示范|试点|先进|达标|样板|标杆|强)[\u4e00-\u9fff]{0,2}县|区|镇|乡)(?!级)/;
/** The list runs on to another division after the one counted (`…以及东城、西城等3个镇`). */
const LIST_GOES_ON = /^\s*(?:和|及|以及|与|、)[^，,。；;：:]{0,24}?(?:县|区|乡镇|街道|镇|乡)(?!级)/;
/** The list began with another division before the count (`西部12县和`). */
const LIST_BEGAN = /(?:县|区|乡|镇|街道|办事处)\s*(?:和|及|以及|与|、)\s*$/;

/**
 * Whether a count is one of a list of divisions that no verb or comparator makes a number to reach.
 *
 * @example
 * isCountInListOfDivisions('对口支援西部12县和3个民族县开展结对帮扶', quantityOf('3个'), contextOf(…)) // true
 * isCountInListOfDivisions('新增3个乡镇和2个街道建成养老服务中心', quantityOf('3个'), contextOf(…))   // false
 */
export function isCountInListOfDivisions(text: string, quantity: Quantity, context: QuantityContext): boolean {
  if (quantity.unitClass !== 'count' || quantity.comparator !== null || context.targetVerb !== null) return false;
  const division = DIVISION_COUNTED.exec(text.slice(quantity.span.end, quantity.span.end + 6));
  if (!division) return false;
  if (LIST_BEGAN.test(text.slice(Math.max(0, quantity.span.start - 6), quantity.span.start))) return true;
  const afterDivision = quantity.span.end + division[0].length;
  return LIST_GOES_ON.test(text.slice(afterDivision, afterDivision + 30));
}
