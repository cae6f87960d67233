/** The check use case: a sheet or a workbook → issues, targets and summaries. */
export type { CheckOptions, SheetAnalyser, SheetAnalysis, SheetCheck, WorkbookCheck } from './types';
export { checkGrid } from './checkGrid';
export { checkWorkbook } from './checkWorkbook';
export { issueMessage, renderIssues } from './renderIssues';
export { resolveSettings } from './resolveSettings';
export { SHEET_ANALYSERS, ruleCatalogueAnalyser } from './sheetAnalysers';
