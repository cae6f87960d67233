/** Numeric targets (DOMAIN §4): targets of task and milestone texts, the figures that measure them, verdicts. */
export * from './types';
export { analyzeTargets, type AnalyzeTargetsOptions, type TargetAnalysis } from './analyzeTargets';
export { extractTargets, type ExtractTargetsOptions, type TargetStatement } from './extractTargets';
export { readReportedFigures, type ReportedStatement } from './readReportedFigures';
export { matchReportedFigure, targetKind, unitCompatibility, type FigureMatch, type MatchEvidence, type MatchOutcome, type TargetPlace } from './matchReportedFigure';
export { judgeTarget, type JudgeTargetInput, type TargetJudgement } from './judgeTarget';
export {
  checkCompletionRate,
  checkSelfAssessment,
  DEFAULT_SELF_ASSESSMENT_VOCABULARY,
  type JudgedTarget,
  type SelfAssessmentVocabulary,
} from './checkTargetConsistency';
export { paceAt, DEFAULT_YEAR_START, type YearStart } from './_lib/targetDates';
export { chooseWordSplitting, indicatorSimilarity, hasWordSegmenter, type WordSplitting } from './_lib/indicatorSimilarity';
export { targetsAnalyser } from './targetsAnalyser';
export { TargetReadings } from './targetReadings';
export { describeTarget, reasonOf, type ReasonInput } from './describeTarget';
