/** Repairs and generators: edits and sheets as lists of workbook operations that hosts apply. */
export { planRepairs, type RepairEdit, type RepairPlan, type RepairSelection, type TextRepairs } from './planRepairs';
export { repairKindOf, REPAIR_KINDS, type RepairKind } from './repairKind';
export { generateTemplate, type TemplateOptions } from './generateTemplate';
export { generateFromPlan, milestoneForPeriod, type FromPlanOptions, type GeneratorResult } from './generateFromPlan';
export { generateNextQuarter, type NextQuarterOptions, type NextQuarterResult } from './generateNextQuarter';
export { nextPeriod, type NextPeriod } from './nextPeriod';
export {
  formatChineseDate,
  formatProgressSheet,
  standardTitle,
  STANDARD_HEADER_ROW,
  STANDARD_PERIOD_CHOICES,
  type SheetLayout,
} from './standardLayout';
export { uniqueSheetName } from './uniqueSheetName';
