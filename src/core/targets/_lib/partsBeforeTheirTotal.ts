/**
 * Counts joined by 和 or 、 and summed by 共 in one clause (`3个产业项目和33个民生项目共36个重点项目`): the parts say what the total
 * is made of, and the total, written last, is the list the report measures. A part counted apart in the progress is read by
 * the part rules after 其中; here the sum itself, equal to the total, shows the counts before it are its parts.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** The total after the parts, in the same clause: 共, 合计, 共计 or 总计 and a count. */
const TOTAL_AFTER = /^([^，,。；;：:]{0,30}?)(?:共|合计|共计|总计)\s*([0-9]+)\s*([个项件所座处家条户人])/;
const COUNT = /([0-9]+)\s*([个项件所座处家条户人])/g;
const JOINED = /和|、|及/;
const CLAUSE_REACH = 40;
/** The total stands within its clause: a pasted cell's thousands of counts each read only this far on. */
const TOTAL_REACH = 40;
const MIN_PARTS = 2;

/**
 * Whether a count is one of the parts a total in its clause sums.
 *
 * @example
 * isPartBeforeItsTotal('3个产业项目和33个民生项目共36个重点项目', quantityOf('3个')) // true
 * isPartBeforeItsTotal('新建学校3所和幼儿园5所', quantityOf('3所')) // false (no total)
 */
export function isPartBeforeItsTotal(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  const total = TOTAL_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + TOTAL_REACH));
  if (total === null || total[3] !== quantity.unit) return false;
  // From the clause's opening to the 共: every count of the unit in it is a part of the total.
  const stretch = clauseBefore(text, quantity.span.start, CLAUSE_REACH) + text.slice(quantity.span.start, quantity.span.end) + (total[1] ?? '');
  if (!JOINED.test(stretch)) return false;
  let parts = 0;
  let sum = 0;
  COUNT.lastIndex = 0;
  for (let match = COUNT.exec(stretch); match !== null; match = COUNT.exec(stretch)) {
    if (match[2] !== quantity.unit) continue;
    parts += 1;
    sum += Number(match[1]);
  }
  return parts >= MIN_PARTS && sum === Number(total[2]);
}
