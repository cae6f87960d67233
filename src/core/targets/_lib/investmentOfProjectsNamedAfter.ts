/**
 * `投资1100余亿元规划建设的2013年30个重点项目`, `总投资80亿元的12个产业项目`: a sum of investment that the 的 after it ties to the
 * projects named next is what those projects cost, an attribute of the list; the aim is the list, and the year's money if the
 * task gives it. A sum to reach names no projects after a 的 (`完成投资80亿元,其中…`).
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** 投资 in the sum's own clause, before it (`我市投资`, `总投资`). */
const INVESTMENT_BEFORE = /投资[^，,。；;\d]{0,2}$/;
/** A 的 right after the sum, a verb of planning or building between, then the projects within the clause. */
const PROJECTS_AFTER_DE = /^\s*(?:规划|计划)?(?:新建|建设|实施|打造|推进)?的[^，,。；;]{0,14}(?:项目|項目)/;
const CLAUSE_REACH = 12;
const PROJECTS_REACH = 24;

/**
 * Whether a sum is the investment of the projects it is an attribute of.
 *
 * @example
 * isInvestmentOfProjectsNamedAfter('我市投资1100余亿元规划建设的30个重点项目', quantityOf('1100余亿元')) // true
 * isInvestmentOfProjectsNamedAfter('完成投资80亿元,其中工业项目50亿元', quantityOf('80亿元')) // false
 */
export function isInvestmentOfProjectsNamedAfter(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money') return false;
  if (!INVESTMENT_BEFORE.test(clauseBefore(text, quantity.span.start, CLAUSE_REACH))) return false;
  return PROJECTS_AFTER_DE.test(text.slice(quantity.span.end, quantity.span.end + PROJECTS_REACH));
}
