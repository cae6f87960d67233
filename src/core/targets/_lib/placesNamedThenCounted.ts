/**
 * Places named one by one and then counted (`杭州、温州、…、丽水等9个设区市`, `周王、吴吉屯、…、赵庄8个村`,
 * `泸州市、德阳市、…、凉山州等10个市州开展了…督察`): the count only totals the names before it. Reports write it to say
 * where a work is done or who was visited, and answer the work in households, projects or problems, never in the places
 * again; so the count is the work's scope, not a target. Where a verb of making governs the named places, before them or
 * after (`完成李庄、王庄、张庄等12个村的美丽乡村建设`, `对…等12个村实施人居环境整治`), the places are the work, and the count
 * stays a target. (A count that equals the names before it is read by `namedListSize` already.)
 */
import type { Quantity } from '../../numbers/types';
import { clauseAfter, clauseBefore } from './clauses';

/** How far back the list of names is read: nine city names with `、` run to about 30 characters. */
const NAMES_REACH = 90;
/**
 * The kind of place counted, right after the count, not running on into a thing of the place (`3个村级服务站`, `5个村民小组`).
 * Provinces and regions are counted so too (`河北、山西、…等16个地区`, `…等8个省份`): a national report's list of where.
 */
const PLACE_AFTER = /^(?:地区|省份|省区市|省市区|城市|地市|设区市|市州|县市区|县区|市县|乡镇|镇街|街道|行政村|自然村|社区|市|州|县|区|乡|镇|村)(?![级民委庄居办部所站室院场道路组])/;
/** At least three names joined by `、`, closing on the count, with or without `等`. */
const NAMES_LISTED = /(?:[\u4e00-\u9fff]{1,8}、){2,}[\u4e00-\u9fff]{1,8}?等?\s*$/;
/** A verb of making just before the first name: the named places are what is made or improved. */
const MAKING_BEFORE_FIRST_NAME = /(?:完成|新建|建设|建成|改造|实施|新增|提升|治理|整治|创建|打造|培育)[\u4e00-\u9fff]{0,6}$/;
/** A verb of making in the clause after the places (`对…等12个村实施人居环境整治`): the places are the work. */
const MAKING_AFTER = /完成|新建|建设|建成|改造|实施|新增|提升|治理|整治|创建|打造|培育/;
const MAKING_AFTER_REACH = 24;
/** Words that hand the list to the scope after a verb of making names the programme (`危房改造工作涉及杭州`). */
const LIST_INTRODUCED = /涉及|包括|分布在/;

/**
 * Whether a count of places totals the place names listed right before it.
 *
 * @example
 * isCountOfPlacesNamedBefore('工作涉及杭州、温州、丽水等9个设区市', quantityOf('9个')) // true
 * isCountOfPlacesNamedBefore('完成李庄、王庄、张庄等12个村的美丽乡村建设', quantityOf('12个')) // false
 */
export function isCountOfPlacesNamedBefore(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.comparator !== null || quantity.unit !== '个') return false;
  if (!PLACE_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4))) return false;
  const clause = clauseBefore(text, quantity.span.start, NAMES_REACH);
  if (!NAMES_LISTED.test(clause)) return false;
  if (MAKING_AFTER.test(clauseAfter(text, quantity.span.end, MAKING_AFTER_REACH))) return false;
  const head = clause.slice(0, clause.indexOf('、'));
  if (!MAKING_BEFORE_FIRST_NAME.test(head)) return true;
  // `危房改造工作涉及杭州`: the verb of making names the programme; `涉及` hands the places to the scope.
  const making = head.search(MAKING_BEFORE_FIRST_NAME);
  return LIST_INTRODUCED.test(head.slice(making + 2));
}
