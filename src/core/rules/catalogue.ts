/** The rule catalogue: every rule the check runs, plus the ids the report parser itself raises. */
import type { Issue, Severity } from '../issues/issue';
import { cellFormulaError } from './cellFormulaError';
import { cellFormulaText } from './cellFormulaText';
import { cellTooLong } from './cellTooLong';
import { metadataDateMalformed } from './metadataDateMalformed';
import { metadataDateMissing } from './metadataDateMissing';
import { metadataUnitMissing } from './metadataUnitMissing';
import { milestoneEmpty } from './milestoneEmpty';
import { periodEmpty } from './periodEmpty';
import { periodNotReportPeriod } from './periodNotReportPeriod';
import { periodUnknown } from './periodUnknown';
import { progressEmpty } from './progressEmpty';
import { progressFutureDate } from './progressFutureDate';
import { progressPlaceholder } from './progressPlaceholder';
import { progressSameAsMilestone } from './progressSameAsMilestone';
import { progressTooShort } from './progressTooShort';
import { rowContinuation } from './rowContinuation';
import { rowRepeatedHeader } from './rowRepeatedHeader';
import { selfAssessmentDoneButOngoing } from './selfAssessmentDoneButOngoing';
import { selfAssessmentEmpty } from './selfAssessmentEmpty';
import { selfAssessmentSynonym } from './selfAssessmentSynonym';
import { selfAssessmentUnknown } from './selfAssessmentUnknown';
import { serialDuplicate } from './serialDuplicate';
import { serialEmpty } from './serialEmpty';
import { serialMalformed } from './serialMalformed';
import { serialOutOfOrder } from './serialOutOfOrder';
import { taskEmpty } from './taskEmpty';
import { textPunctuation } from './textPunctuation';
import { textWhitespace } from './textWhitespace';
import type { Rule } from './types';
import { unitNotResponsible } from './unitNotResponsible';

/** The rules a check runs on a parsed report, in the order their issues are listed per row. */
export const RULES: readonly Rule[] = [
  metadataUnitMissing,
  metadataDateMissing,
  metadataDateMalformed,
  rowRepeatedHeader,
  rowContinuation,
  serialEmpty,
  serialMalformed,
  serialDuplicate,
  serialOutOfOrder,
  taskEmpty,
  unitNotResponsible,
  periodEmpty,
  periodUnknown,
  periodNotReportPeriod,
  milestoneEmpty,
  progressEmpty,
  progressPlaceholder,
  progressTooShort,
  progressSameAsMilestone,
  progressFutureDate,
  selfAssessmentEmpty,
  selfAssessmentSynonym,
  selfAssessmentUnknown,
  selfAssessmentDoneButOngoing,
  textWhitespace,
  textPunctuation,
  cellFormulaError,
  cellFormulaText,
  cellTooLong,
];

export interface RuleInfo {
  readonly id: string;
  readonly severity: Severity;
  readonly fixable: boolean;
}

/** Raised while reading the workbook and parsing a sheet, before any rule runs. */
export const PARSE_RULES: readonly RuleInfo[] = [
  { id: 'header.missing', severity: 'error', fixable: false },
  { id: 'header.columnMissing', severity: 'error', fixable: false },
  { id: 'sheet.notReport', severity: 'info', fixable: false },
  { id: 'sheet.hidden', severity: 'info', fixable: false },
];

export const RULE_CATALOGUE: readonly RuleInfo[] = [
  ...PARSE_RULES,
  ...RULES.map(({ id, severity, fixable }) => ({ id, severity, fixable })),
];

/**
 * Fix kinds in the order a batch must apply their writes. Merging remainders writes the joined raw
 * text; the text fixes write its normal form, so they must land after it (later writes to a cell win).
 */
export const FIX_ORDER: readonly string[] = [
  'fix.mergeContinuation',
  'fix.dropRepeatedHeader',
  'fix.fillPeriod',
  'fix.mapSelfAssessment',
  'fix.normalizeWhitespace',
  'fix.normalizePunctuation',
];

/** Fixable issues sorted for one batch: by FIX_ORDER, then in sheet order. Issues without a fix are left out. */
export function orderFixes(issues: readonly Issue[]): Issue[] {
  const rank = (issue: Issue) => {
    const index = FIX_ORDER.indexOf(issue.fix?.kind ?? '');
    return index < 0 ? FIX_ORDER.length : index;
  };
  return issues.filter((issue) => issue.fix !== undefined).sort((left, right) => rank(left) - rank(right) || left.row - right.row);
}
