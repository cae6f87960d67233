/**
 * Two cross-checks on a row's targets (DOMAIN §4):
 * - `target.self-assessment-mismatch`: 自我评价 says 完成 (or 超序时推进) while a target is unmet or behind;
 * - `target.completion-rate-mismatch`: a stated completion rate (`完成率达106%`) that the stated figures
 *   contradict (`完成了98个` against a target of 92 is 106.5%: consistent).
 */
import type { Issue } from '../issues/issue';
import { reportIssue } from '../report/reportIssue';
import type { ReportCell } from '../report/types';
import { DEFAULT_VOCABULARY, vocabularyWordFor } from '../text/selfAssessment';
import type { TargetStatement } from './extractTargets';
import type { ReportedStatement } from './readReportedFigures';
import type { TargetResult } from './types';
import { RATE_TOLERANCE_POINTS, RATE_TOLERANCE_SHARE } from './_lib/statedRates';

export interface JudgedTarget {
  readonly role: 'task' | 'milestone';
  readonly statement: TargetStatement;
  /** The figure tied to the target with confidence, else null. */
  readonly figure: ReportedStatement | null;
  readonly result: TargetResult;
  /** The figure weighed most alike where none is tied (the verdict unclear), else absent. */
  readonly weighed?: ReportedStatement;
}

export interface SelfAssessmentVocabulary {
  /** Words that claim the period's work is done (`完成`). */
  readonly completed: readonly string[];
  /** Words that claim the work is ahead of schedule (`超序时推进`). */
  readonly ahead: readonly string[];
}

export const DEFAULT_SELF_ASSESSMENT_VOCABULARY: SelfAssessmentVocabulary = {
  completed: ['完成'],
  ahead: ['超序时推进'],
};

/** The vocabulary word of a self-assessment, near-synonyms included (已完成 → 完成, 超前推进 → 超序时推进). */
function normaliseAssessment(text: string): string {
  return vocabularyWordFor(text, DEFAULT_VOCABULARY) ?? text.normalize('NFKC').replace(/[\s。.，,；;!！]/g, '');
}

/**
 * The claim of 完成 is about the period's milestone, so it is contradicted by a milestone target that is
 * unmet or behind, or a task target that is unmet; 超序时推进 is contradicted by any target unmet or behind.
 */
export function checkSelfAssessment(
  sheet: string,
  assessmentCell: ReportCell | undefined,
  assessmentHeader: string,
  judged: readonly JudgedTarget[],
  vocabulary: SelfAssessmentVocabulary = DEFAULT_SELF_ASSESSMENT_VOCABULARY,
): Issue[] {
  if (!assessmentCell) return [];
  const assessment = normaliseAssessment(assessmentCell.text);
  const ahead = vocabulary.ahead.includes(assessment);
  const completed = vocabulary.completed.includes(assessment);
  if (!ahead && !completed) return [];
  const contradicting = judged.find(({ role, result }) =>
    result.verdict === 'unmet' || (result.verdict === 'behind' && (ahead || role === 'milestone')),
  );
  if (!contradicting) return [];
  const { result } = contradicting;
  return [
    reportIssue({
      rule: 'target.self-assessment-mismatch',
      severity: 'warning',
      sheet,
      cell: assessmentCell.address,
      column: assessmentHeader,
      value: assessmentCell.text,
      params: {
        assessment: assessmentCell.text.trim(),
        target: result.text,
        reported: result.reported?.text ?? '',
        verdict: result.verdict,
      },
    }),
  ];
}

const RATE_INDICATOR = /完成率|完成比例|任务|目标|计划/;

function isCompletionRate(figure: ReportedStatement): boolean {
  // A rate of the works at one stage (`开工率80%`) is no completion rate of the target.
  if (figure.quantity.unitClass !== 'percent' || figure.stageRate) return false;
  const { hasReportMarker, phrase } = figure.context;
  // A figure that names nothing takes its sentence's subject as indicator; its own words stay in `otherIndicator`.
  const indicator = figure.namesNothing ? `${figure.context.indicator}${figure.context.otherIndicator}` : figure.context.indicator;
  return indicator.includes('完成率') || figure.role === 'share' || (hasReportMarker && RATE_INDICATOR.test(indicator) && phrase.includes('完成'));
}

/**
 * A completion rate must agree with figure ÷ target of some count target reported in the same sentence.
 * A row often states both an annual task target and the period's milestone (`建成40个` / `三季度建成30个`),
 * and a rate may be of either (`完成年度任务的75%`), so only a rate that agrees with none of them is flagged.
 */
export function checkCompletionRate(
  sheet: string,
  progressHeader: string,
  progressCellOf: (offset: number) => ReportCell,
  figures: readonly ReportedStatement[],
  judged: readonly JudgedTarget[],
): Issue[] {
  const issues: Issue[] = [];
  for (const rate of figures) {
    if (!isCompletionRate(rate)) continue;
    const stated = rate.quantity.value;
    const tolerance = Math.max(RATE_TOLERANCE_POINTS, stated * RATE_TOLERANCE_SHARE);
    // The first count target reported in the rate's sentence, unless some such target agrees with the rate.
    let first: { statement: TargetStatement; figure: ReportedStatement; expected: number } | null = null;
    let agreed = false;
    for (const { statement, figure } of judged) {
      if (!figure || statement.value <= 0 || statement.quantity.unitClass === 'percent' || statement.quantity.unitClass === 'points') continue;
      if (figure.context.sentenceStart !== rate.context.sentenceStart) continue;
      const expected = (figure.quantity.value / statement.value) * 100;
      if (Math.abs(expected - stated) <= tolerance) {
        agreed = true;
        break;
      }
      first ??= { statement, figure, expected };
    }
    if (!first || agreed) continue;
    const cell = progressCellOf(rate.quantity.span.start);
    issues.push(
      reportIssue({
        rule: 'target.completion-rate-mismatch',
        severity: 'warning',
        sheet,
        cell: cell.address,
        column: progressHeader,
        value: rate.quantity.text,
        params: {
          rate: rate.context.phrase.trim(),
          figure: first.figure.quantity.text.trim(),
          target: first.statement.context.phrase,
          expected: `${Math.round(first.expected * 10) / 10}%`,
        },
      }),
    );
  }
  return issues;
}
