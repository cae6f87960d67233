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
