/** Quarterly plans (DOMAIN §2): the sheet this quarter's progress sheet is generated from. */
export { parsePlan } from './parsePlan';
export { isPlanSheet, isPlanSheetName } from './isPlanSheet';
export type { PlanColumnRole, PlanMilestone, PlanParseResult, PlanTask, QuarterlyPlan } from './types';
