/** Consolidation and split (DOMAIN §5): the use cases and their types. */
export * from './types';
export { compileReports, ReportCompiler } from './compileReports';
export { splitPlan } from './splitPlan';
export { parseRoster } from './parseRoster';
export { sourceFromCheck } from './sourceFromCheck';
export { gatherSheetSources, gatherWorkbookSources, parseUnitOverrides, sourceProblem, type SourceCheck, type SourceGathering, type UnitOverrides } from './gatherSources';
export { partFileNames } from './partFileNames';
