/**
 * A year's list of key projects filed by what the plan does with them (DOMAIN §4, the count of a year's list): key projects
 * being readied to start (`20个重点准备项目`) or pushed on (`重点推进项目30个`). A plan names such lists by where its projects
 * stand, not by the works they build, and the report follows them by how many have started (`开工6个`), as it follows any
 * year's list of investment projects. Lists held in reserve or going on from past years (`预备`, `储备`, `续建`) are no target
 * of the year at all (`nonTargetReason`).
 */

/** The plan's word for what it does with the list, right after the 重点/重大 that files it (`重点准备`, `重大推进`). */
const PROJECTS_OF_A_PHASE = /(?:重点|重大)(?:准备|推进)(?:项目|項目)/;

/** The list is counted: its number stands before the projects (`20个重点准备项目`) or after them (`续建项目152项`). */
const COUNTED = /[0-9０-９]\s*[项个個][^，,。；;、0-9０-９]{0,6}(?:项目|項目)|(?:项目|項目)(?:共计|共有|共|总计|合计)?\s*[0-9０-９]+\s*[项个個]/;

/**
 * Whether a target phrase counts a list of key projects in a phase of the plan (measured by its starts).
 *
 * @example
 * isListOfProjectsByPhase('20个重点准备项目') // true
 * isListOfProjectsByPhase('重点推进项目30个') // true
 * isListOfProjectsByPhase('完成重点准备项目前期工作') // false (no count)
 */
export function isListOfProjectsByPhase(phrase: string): boolean {
  return PROJECTS_OF_A_PHASE.test(phrase) && COUNTED.test(phrase);
}
