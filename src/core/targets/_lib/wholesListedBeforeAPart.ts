/**
 * `10个大项、56个分项中的121个项目`: the levels of a list written one after another before 中的 are all the whole the part is taken
 * from, the first as much as the last, which `nonTargetReason` reads by the 中 right after it; the count after 中的 is the
 * target.
 */
import type { Quantity } from '../../numbers/types';

/** After the count: its noun, a 、 and the next level's count, its noun and the 中(的) before the part's figure. */
const NEXT_LEVEL_THEN_PART = /^[^，,。；;、\d０-９]{0,6}、\s*[0-9０-９]+\s*[个項项件类類][^，,。；;、\d０-９]{0,8}?中的?\s*(?:约|近)?[0-9０-９]/;
const REACH = 30;

/**
 * Whether a count is a level of the whole listed, with the next, before the part taken from them.
 *
 * @example
 * isWholeListedBeforeAPart('10个大项、56个分项中的121个项目', quantityOf('10个')) // true
 * isWholeListedBeforeAPart('10个大项、56个分项', quantityOf('10个')) // false
 */
export function isWholeListedBeforeAPart(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  return NEXT_LEVEL_THEN_PART.test(text.slice(quantity.span.end, quantity.span.end + REACH));
}
