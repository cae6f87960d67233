/**
 * `解决2043万农村人口和172万农村学校师生饮水安全问题`, `使790.55万农村群众喝上了安全水`: a figure of 万 without a counting word,
 * right before a noun of people (with the place or kind it may name first: 农村, 城镇, 贫困), counts those people; its words are
 * after it, as a counting word's are. A verb between them (`500万修建村民活动中心`) makes it an amount spent on something.
 */
import type { Quantity } from '../../numbers/types';
import { PEOPLE_NAMED_AFTER } from '../../numbers';

export { PEOPLE_NAMED_AFTER };

/** How far after the figure its noun of people is looked for: the place or kind and the noun. */
const PEOPLE_NOUN_REACH = 8;

/**
 * The figure as a count of people (`人`) when it is a bare figure of 万 right before a noun of people; the figure itself otherwise.
 *
 * @example
 * asCountOfPeopleNamedAfter('使790.55万农村群众喝上了安全水', quantityOf('790.55万')) // { value: 7905500, unit: '人', unitClass: 'people', … }
 * asCountOfPeopleNamedAfter('投入500万修建村民活动中心', quantityOf('500万')) // unchanged: an amount spent
 */
export function asCountOfPeopleNamedAfter(text: string, quantity: Quantity): Quantity {
  if (quantity.unitClass !== 'bare' || !quantity.text.includes('万')) return quantity;
  const end = quantity.span.end;
  if (!PEOPLE_NAMED_AFTER.test(text.slice(end, end + PEOPLE_NOUN_REACH))) return quantity;
  return { ...quantity, unit: '人', unitClass: 'people' };
}
