/**
 * A count of projects beside the year's planned investment of the same projects (`26个新建项目,总投资340亿元,2021年计划投资68.7亿元`)
 * is the size of a year's list of investment projects, whatever kind the plan files them under: the report may measure it by
 * its starts (`已开工项目14个,开工率54%`) as well as by its money. It is therefore no mere scope of the money at extraction; whether
 * it stays a target is decided once the progress is read (`projectsMeasuredByStarts`: a list the progress measures only by money
 * labels its money's group).
 */
import type { Quantity } from '../../numbers/types';

/** The year's money of the projects (`年度计划投资`, `2021年计划投资`, `当年计划完成投资`); a total over years (`总投资`) is none. */
const YEARS_INVESTMENT = /(?:年度|当年|全年|本年|\d{4}\s*年)(?:计划)?(?:完成)?投资/;
/** The projects right after their count (`26个新建项目`), a few words of their class between. */
const PROJECTS_AFTER = /^[\u4e00-\u9fff]{0,6}(?:项目|項目)/;
const PLAN_REACH = 40;

/**
 * Whether a count of projects has the year's planned investment of those projects after it in its sentence.
 *
 * @example
 * isListBesideItsYearsPlan('26个新建项目,总投资340亿元,2021年计划投资68.7亿元', quantityOf('26个'), 33) // true
 * isListBesideItsYearsPlan('实施项目1357个,总投资239亿元', quantityOf('1357个'), 20) // false
 */
export function isListBesideItsYearsPlan(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  if (quantity.unitClass !== 'count' || !PROJECTS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 10))) return false;
  return YEARS_INVESTMENT.test(text.slice(quantity.span.end, Math.min(sentenceEnd, quantity.span.end + PLAN_REACH)));
}
