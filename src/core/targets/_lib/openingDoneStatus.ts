/**
 * A progress cell that opens with the row's status as a sentence of its own (`已完成。 从2020年1月1日起，已将…提高到…`,
 * `已完成。其中纳入省示范点5个。`): 完成情况 tables write the status first and the account after it. The status says the
 * row's plan is done — the share 100% — unless the row's plan for the period is a step in words (`4月：制定并下发…工作方案`),
 * when it says that step is done and nothing of the year's figure.
 */
import type { ReportedStatement } from '../readReportedFigures';
import { percentInWords } from './percentInWords';

/** `已完成。`, `现已建成；` opening the cell, closed by a full stop: a status, not a verb with an object (`已完成选址`). */
const OPENING_DONE = /^\s*(?:已经?|现已)(?:完成|完工|建成|竣工)(?=\s*[。；;])/;

/**
 * The figures of a progress with its opening status added as the share 100%, or the figures unchanged: when the cell opens
 * with no such status, when a share is stated already (the status then only repeats it, or `已完成。 | 100` was read), or
 * when the row's milestone is a step without a figure (`stepOnlyMilestone`).
 *
 * @example
 * withOpeningDoneStatus([], '已完成。 从1月1日起，已将补贴标准提高到每人每年2200元。', false)[0]?.quantity.value // 100
 * withOpeningDoneStatus([], '已完成。 已制定并下发工作方案。', true) // []
 */
export function withOpeningDoneStatus(figures: readonly ReportedStatement[], progress: string, stepOnlyMilestone: boolean): readonly ReportedStatement[] {
  if (stepOnlyMilestone) return figures;
  const status = OPENING_DONE.exec(progress);
  if (status === null || figures.some((figure) => figure.role === 'share' && figure.stageRate !== true)) return figures;
  const said: ReportedStatement = { ...percentInWords(progress, 100, status[0].trimStart(), status.index + status[0].length - status[0].trimStart().length), plannedFigure: false, role: 'share', direction: null, namesNothing: true, kind: 'percent', stage: null };
  return [said, ...figures];
}
