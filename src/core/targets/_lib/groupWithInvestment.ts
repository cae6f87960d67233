/**
 * The size of a group of projects, as a report labels it before the group's investment: the aim is the money,
 * the count only says how many projects share it — unless the progress answers the count itself.
 */
import type { Quantity } from '../../numbers/types';

/**
 * After a count: the projects it counts, if named, then a clause that opens on the group's investment (`，总投资…`, `，年计划投资…`,
 * `，全年计划完成投资…`, `，概算总投资…`); a bracket that says what some of them are (`50个(省打捆推进项目23个)，年度投资…`) may stand between.
 */
const GROUP_WITH_INVESTMENT_NEXT = /^([\u4e00-\u9fff]{0,8}?)\s*(?:[(（][^()（）]{1,16}[)）])?\s*[，,]\s*(?:年度|当年|全年|年)?(?:计划)?(?:完成)?(?:总投资|概算(?:总)?投资|投资|总投入)/;
const PROJECT_NOUN_END = /(?:项目|項目|工程|实事)$/;
/** Before a count: the projects it counts (`已开工项目57项`, `重点项目安排350项`), or only the level of a list (`省级6项`). */
const PROJECTS_OR_LEVEL_BEFORE = /(?:(?:项目|項目|工程|实事)(?:共|共计|合计|总计|(?:共|计划)?安排)?|(?:^|[，,。；;：:\s])(?:国家级|省级|市级|县级|区级|省定|市定|县定)?)\s*$/;
/**
 * Before a count without a noun: a list of names closed by 等 (`分别为防洪、供水、水土保持等3项`), whose names are the group's
 * items; the count says how many of them share the money that follows.
 */
const NAMES_CLOSED_BY_DENG = /、[^，,。；;、\d]{1,24}等\s*$/;
const NAMES_REACH = 28;

/**
 * A count of projects that labels the group whose investment the next clause gives (`实施项目20个，总投资…`,
 * `省级6项，概算投资…，当年计划投资…`, `37项民生工程，计划总投入…`). A count of things built is no label
 * (`新建学校6所，总投资3亿元`, `改造老旧小区12个，总投资2亿元`).
 *
 * @example
 * labelsGroupWithInvestment('实施重点项目20个，总投资50亿元', quantityOf('20个')) // true
 */
export function labelsGroupWithInvestment(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || !/^(?:项|項|个|個|件)$/.test(quantity.unit)) return false;
  const next = GROUP_WITH_INVESTMENT_NEXT.exec(text.slice(quantity.span.end, quantity.span.end + 30));
  if (!next) return false;
  const noun = next[1] ?? '';
  if (noun !== '') return PROJECT_NOUN_END.test(noun);
  return PROJECTS_OR_LEVEL_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 8), quantity.span.start))
    || NAMES_CLOSED_BY_DENG.test(text.slice(Math.max(0, quantity.span.start - NAMES_REACH), quantity.span.start));
}
