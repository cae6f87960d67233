/**
 * The size of a list of projects whose items are named right before it: `东湖、西湖、南湖3个湿地修复项目` counts the three
 * names, it does not add a number to reach to them (as `“…”等46件实事` does with 等); so does a count of places named
 * before it (`东庄、李岗、胡庙3个村`, `幸福、和平2个社区`). Works counted after their kinds
 * (`新建口袋公园、街角绿地8处`) are no list of names of the same size, and stay targets.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** The projects or places the count is of, in the words after it (`3个湿地修复项目`, `4处污水治理工程`, `3个村`). */
const PROJECTS_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:项目|項目|工程|实事|事项)|^(?:行政村|村|社区|小区)/;
/** A name of the list: a few characters, no figure of its own. */
const NAME = /^[^\d０-９\s]{2,16}$/;
const NAMES_REACH = 80;
const MAX_NAMES = 12;

/**
 * Whether a count of projects follows a list of as many names, joined by 、.
 *
 * @example
 * sizesNamedList('东湖、西湖、南湖3个湿地修复项目', quantityOf('3个')) // true
 * sizesNamedList('东湖、西湖、南湖5个湿地修复项目', quantityOf('5个')) // false: not the names counted
 */
export function sizesNamedList(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind !== 'single' || quantity.value < 2 || quantity.value > MAX_NAMES) return false;
  const previous = text.charCodeAt(quantity.span.start - 1);
  if (!(previous >= 0x4e00 && previous <= 0x9fff)) return false;
  if (!PROJECTS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 16))) return false;
  const clause = clauseBefore(text, quantity.span.start, NAMES_REACH);
  if (!clause.includes('、')) return false;
  const names = clause.split('、');
  return names.length === quantity.value && names.every((name) => NAME.test(name));
}
