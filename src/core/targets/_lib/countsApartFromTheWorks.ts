/**
 * Counts of a progress text that count no works of the year's kinds, so that a task's kinds of projects (`建成投产项目19项`,
 * `计划新开工项目101项`) reported only by money stay the groups the money is spent on (`projectCountsLeft`):
 * - the group whose money the sentence reports, counted as its subject (`78个省重点项目累计完成投资131.16亿元`,
 *   `15个续建及竣工项目,一季度完成投资10.93亿元`): the count names the group, as the task's count does; a count said started or
 *   done before it (`已开工45个项目,完成投资…`) counts works, and is left alone;
 * - projects held in reserve or in preparation (`预备项目有2项已年内提前开工`): such a list is arranged beside the year's works so
 *   that some may start early, and its starts measure the reserve, not the works of the year;
 * - projects said only to go well (`青龙水库等12个项目推进较快`): counted by their pace, not as works started or done.
 */
import type { ReportedStatement } from '../readReportedFigures';
import { clauseBefore } from './clauses';

/** The group's noun after its count, then the money done of it, in its clause or the next (`项目,一季度完成投资`). */
const GROUP_WITH_ITS_MONEY_AFTER = /^[^，,。；;！？!?\n]{0,20}?(?:项目|項目)\s*[，,]?[^，,。；;！？!?\n\d０-９]{0,8}?(?:累计)?完成(?:年度|年|全年)?投资/;
/** A count said started or done in its clause counts works, whatever money follows it. */
const DONE_OR_STARTED_BEFORE = /开工|复工|动工|启动|完成|完工|竣工|建成|投产/;
/** The reserve or preparation a count of projects is of, in the words before it in its clause (`预备项目有`). */
const RESERVE_BEFORE = /(?:预备|預備|前期|储备|儲備)(?:工作)?(?:项目|項目)/;
/** Words of pace right after a count of projects: they say how the works go, not that any started or finished. */
const PACE_AFTER = /^[^，,。；;！？!?\n\d０-９]{0,8}?(?:推进较快|推进顺利|进展顺利|进展较快|有序推进|正在推进|加快推进)/;
const BEFORE_REACH = 20;
const AFTER_REACH = 40;

/**
 * Whether a count of the progress counts a group apart from the year's works: the group its money is reported of, a
 * reserve of projects, or projects counted by their pace.
 *
 * @example
 * countsApartFromTheWorks('78个省重点项目累计完成投资131.16亿元', figureOf('78个')) // true
 * countsApartFromTheWorks('预备项目有2项已年内提前开工', figureOf('2项')) // true
 * countsApartFromTheWorks('等12个项目推进较快', figureOf('12个')) // true
 * countsApartFromTheWorks('已开工45个项目,完成投资30亿元', figureOf('45个')) // false
 */
export function countsApartFromTheWorks(progressText: string, figure: ReportedStatement): boolean {
  if (figure.kind !== 'count') return false;
  const { start, end } = figure.quantity.span;
  const before = clauseBefore(progressText, start, BEFORE_REACH);
  if (RESERVE_BEFORE.test(before)) return true;
  if (DONE_OR_STARTED_BEFORE.test(before)) return false;
  const after = progressText.slice(end, end + AFTER_REACH);
  return GROUP_WITH_ITS_MONEY_AFTER.test(after) || PACE_AFTER.test(after);
}
