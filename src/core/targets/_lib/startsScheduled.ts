import type { ReportedStatement } from '../readReportedFigures';
import { rateAgrees } from './statedRates';

/**
 * A row that sets its works' schedule as a rate of starts (`3月底开工率不低于30%，6月底开工率不低于60%`, `9月底实现100%开工`,
 * `9月底前要100%开工`) reckons the task by its starts: the report follows the works started against the task, as 棚改 and
 * 保障房 programmes are followed through the year, so the works started (`开工2907套`) and their rate (`开工率17.78%`) are the
 * task's progress, as a share of the plan reported beside the starts is (DOMAIN §4, works started). Without such a
 * schedule, a target to build answered only by starts stays unclear.
 */

/** A rate of starts to reach, written as a target (`开工率不低于30%`, `开工率达到60%以上`, `100%开工`). */
const START_RATE_TO_REACH = /开工率\s*(?:不低于|不少于|达到|达|要达到|必须达到|需达到|应达到)\s*\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*%\s*(?:的项目)?开工/;

/**
 * Whether a row's task and milestone texts set a rate of starts for its works.
 *
 * @example
 * schedulesStarts('按照市政府要求,3月底开工率不低于30%,6月底开工率不低于60%') // true
 * schedulesStarts('今年棚户区改造任务16348套') // false
 */
export function schedulesStarts(texts: string): boolean {
  // Most rows name no start: the character test spares the expression.
  return texts.includes('开工') && START_RATE_TO_REACH.test(texts);
}

/**
 * A share of a plan said after the starts in their sentence (`已开工4.09万套、344.74万平方米，占今年计划的30.8%`,
 * `开工建设安置房24.38万套，占省上下达年度任务的109.78%`): the report reckons the starts against its plan, as
 * `完成年度计划的130%` right after them does, even with the same starts in another unit between. A rate named for the starts
 * (`开工率79.25%`) only rates them; neither is a share of this target unless it is the starts over the target's own figure.
 */
const SHARE_OF_A_NAMED_PLAN = /(?:占|完成)[^，,。；;\d%]{0,14}?(?:计划|任务|目标)[^，,。；;\d%]{0,2}的\s*$/;
/** How far after the starts their share is looked for: a clause or two of the same sentence. */
const SHARE_REACH = 40;

/**
 * Whether the starts `starts` are reckoned against the target by a share of its plan written after them in their sentence,
 * that share being the starts over the target's figure.
 *
 * @example
 * // 已开工4.09万套、344.74万平方米,占今年计划的30.8% against 13.26万套: 4.09 / 13.26 = 30.8%
 * startsReckonedByShare(progressText, figures, startsFigure, 132600) // true
 */
export function startsReckonedByShare(progressText: string, figures: readonly ReportedStatement[], starts: ReportedStatement, targetValue: number): boolean {
  for (const share of figures) {
    if (share.quantity.unitClass !== 'percent' || share.context.sentenceStart !== starts.context.sentenceStart) continue;
    const at = share.quantity.span.start;
    if (at <= starts.quantity.span.end || at - starts.quantity.span.end > SHARE_REACH) continue;
    if (!SHARE_OF_A_NAMED_PLAN.test(progressText.slice(Math.max(starts.quantity.span.end, at - SHARE_REACH), at))) continue;
    if (rateAgrees(share.quantity.value, starts.quantity.value, targetValue)) return true;
  }
  return false;
}
