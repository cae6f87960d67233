/**
 * Compares the current report with the previous one, row by row, and returns the issues at
 * the cells of the current sheets, each carrying the previous report's cell and text.
 */
import type { Issue, PreviousCell, Severity } from '../issues/issue';
import { reportIssue } from '../report/reportIssue';
import type { ColumnRole, ProgressReport, TaskRow } from '../report/types';
import { ROLE_LABELS } from '../issues/roleLabels';
import { chooseWordSplitting, indicatorSimilarity, type WordSplitting } from '../targets';
import type { TargetResult } from '../targets/types';
import { taskTextKey } from '../text/taskTextKey';
import { assessmentRung, givesReason } from './_lib/assessmentLadder';
import { cumulativeFigures, type CumulativeFigure } from './_lib/cumulativeFigures';
import { keyedTaskRows, pairTaskRows, type KeyedTaskRow, type TaskRowPair } from './_lib/pairTaskRows';
import { repeatedProgress } from './_lib/progressSameness';
import type { ComparedSheet, CompareWithPreviousOptions, PreviousRule } from './types';

/**
 * Two figures measure one indicator when their indicator phrases agree this much (`签约亿元以上项目` ↔
 * `签约亿元以上项目`): stricter than the targets engine's tie of a figure to a target, because a total
 * reported as lower is a serious charge and a near miss (`亿元以上项目` ↔ `10亿元以上项目`) is another count.
 */
const SAME_INDICATOR = 0.8;
/** `3万余人`, `约500亿元`: an approximate figure is lower only when it is lower by more than this share. */
const APPROXIMATION_MARGIN = 0.05;
/** The 自我评价 rung of 完成: a task done last time may say it is done again. */
const DONE_RUNG = 5;

interface ComparisonContext {
  readonly previousFile: string;
  readonly splitting: WordSplitting;
  readonly targetsOf: (report: ProgressReport) => readonly TargetResult[];
}

function joined(task: TaskRow, role: ColumnRole): string {
  return task.joined[role] ?? '';
}

function previousCell(context: ComparisonContext, row: KeyedTaskRow, role: ColumnRole): PreviousCell {
  return { file: context.previousFile, sheet: row.report.sheet, cell: row.task.cells[role]?.address ?? '', text: joined(row.task, role) };
}

function previousLabel(context: ComparisonContext, report: ProgressReport): string {
  return context.previousFile === '' ? report.sheet : `${context.previousFile}｜${report.sheet}`;
}

interface RowIssueDetails {
  readonly rule: PreviousRule;
  readonly severity: Severity;
  readonly role: ColumnRole;
  readonly previous: PreviousCell;
  readonly params?: Readonly<Record<string, string | number>>;
}

function rowIssue(row: KeyedTaskRow, details: RowIssueDetails): Issue {
  const cell = row.task.cells[details.role];
  const issue = reportIssue({
    rule: details.rule,
    severity: details.severity,
    sheet: row.report.sheet,
    cell: cell?.address ?? '',
    row: row.task.row + 1,
    column: ROLE_LABELS[details.role],
    value: joined(row.task, details.role),
    ...(details.params ? { params: details.params } : {}),
  });
  return { ...issue, previous: details.previous };
}

/** The plan is fixed for the year: its task text, and the milestone of a row for the same period, stay as they were. */
function planChanges(context: ComparisonContext, pair: TaskRowPair): Issue[] {
  const issues: Issue[] = [];
  if (pair.previous.taskKey !== pair.current.taskKey) {
    const previous = previousCell(context, pair.previous, 'task');
    issues.push(rowIssue(pair.current, { rule: 'previous.taskChanged', severity: 'warning', role: 'task', previous, params: { previous: previous.text } }));
  }
  // A quarterly sheet takes each quarter's own milestone from the plan (DOMAIN §2): 二季度's and 三季度's differ
  // by design. Only a row for the same period (全年, 年底前, or the same quarter again) must keep its milestone.
  const samePeriod = periodKey(pair.previous.task) === periodKey(pair.current.task);
  if (samePeriod && taskTextKey(joined(pair.previous.task, 'milestone')) !== taskTextKey(joined(pair.current.task, 'milestone'))) {
    const previous = previousCell(context, pair.previous, 'milestone');
    issues.push(rowIssue(pair.current, { rule: 'previous.taskChanged', severity: 'warning', role: 'milestone', previous, params: { previous: previous.text } }));
  }
  return issues;
}

function periodKey(task: TaskRow): string {
  return task.period?.label ?? taskTextKey(joined(task, 'period'));
}

function progressCopied(context: ComparisonContext, pair: TaskRowPair): Issue[] {
  const sameness = repeatedProgress(joined(pair.previous.task, 'progress'), joined(pair.current.task, 'progress'));
  if (sameness === null) return [];
  const bothDone = assessmentRung(joined(pair.previous.task, 'selfAssessment')) === DONE_RUNG && assessmentRung(joined(pair.current.task, 'selfAssessment')) === DONE_RUNG;
  return [
    rowIssue(pair.current, {
      rule: 'previous.progressUnchanged',
      // A task done last time that says it is done again repeats itself for a reason; the reviewer may still want a word more.
      severity: bothDone ? 'info' : 'warning',
      role: 'progress',
      previous: previousCell(context, pair.previous, 'progress'),
      params: { previousReport: previousLabel(context, pair.previous.report), sameness: Math.floor(sameness * 100) },
    }),
  ];
}

/** The previous figure of the same indicator and kind, when exactly one value fits best. */
function sameIndicatorFigure(context: ComparisonContext, figure: CumulativeFigure, previousFigures: readonly CumulativeFigure[]): CumulativeFigure | null {
  let best: CumulativeFigure | null = null;
  let bestSimilarity = 0;
  let ambiguous = false;
  for (const candidate of previousFigures) {
    if (candidate.kind !== figure.kind) continue;
    const similarity = indicatorSimilarity(candidate.indicator, figure.indicator, context.splitting);
    if (similarity < SAME_INDICATOR) continue;
    if (best === null || similarity > bestSimilarity) {
      best = candidate;
      bestSimilarity = similarity;
      ambiguous = false;
    } else if (similarity === bestSimilarity && candidate.quantity.value !== best.quantity.value) {
      ambiguous = true;
    }
  }
  return ambiguous ? null : best;
}

function isLower(current: CumulativeFigure, previous: CumulativeFigure): boolean {
  const approximate = current.quantity.approximate !== null || previous.quantity.approximate !== null;
  const floor = approximate ? previous.quantity.value * (1 - APPROXIMATION_MARGIN) : previous.quantity.value;
  return current.quantity.value < floor;
}

function figuresDecreased(context: ComparisonContext, pair: TaskRowPair): Issue[] {
  const currentFigures = cumulativeFigures(joined(pair.current.task, 'progress'), pair.current.report.title?.year ?? null);
  if (currentFigures.length === 0) return [];
  const previousFigures = cumulativeFigures(joined(pair.previous.task, 'progress'), pair.previous.report.title?.year ?? null);
  const issues: Issue[] = [];
  for (const figure of currentFigures) {
    const earlier = sameIndicatorFigure(context, figure, previousFigures);
    if (earlier === null || !isLower(figure, earlier)) continue;
    issues.push(
      rowIssue(pair.current, {
        rule: 'previous.figureDecreased',
        severity: 'warning',
        role: 'progress',
        previous: previousCell(context, pair.previous, 'progress'),
        params: { indicator: figure.indicator, current: figure.quantity.text, previous: earlier.quantity.text, previousReport: previousLabel(context, pair.previous.report) },
      }),
    );
  }
  return issues;
}

function assessmentRegressed(context: ComparisonContext, pair: TaskRowPair): Issue[] {
  const before = joined(pair.previous.task, 'selfAssessment');
  const now = joined(pair.current.task, 'selfAssessment');
  const beforeRung = assessmentRung(before);
  const nowRung = assessmentRung(now);
  if (beforeRung === null || nowRung === null || nowRung >= beforeRung) return [];
  if (givesReason(joined(pair.current.task, 'progress'))) return [];
  return [
    rowIssue(pair.current, {
      rule: 'previous.assessmentRegressed',
      severity: 'warning',
      role: 'selfAssessment',
      previous: previousCell(context, pair.previous, 'selfAssessment'),
      params: { previous: before.trim(), current: now.trim() },
    }),
  ];
}

/** A target behind pace now whose reported figure is the one reported last time: the work did not move. */
function targetsStalled(context: ComparisonContext, pair: TaskRowPair): Issue[] {
  const rowOf = (row: KeyedTaskRow) => row.task.row + 1;
  const previousTargets = context.targetsOf(pair.previous.report).filter((target) => target.row === rowOf(pair.previous));
  const issues: Issue[] = [];
  for (const target of context.targetsOf(pair.current.report)) {
    if (target.row !== rowOf(pair.current) || target.verdict !== 'behind' || target.reported === null) continue;
    const reported = target.reported;
    const earlier = previousTargets.find((candidate) => candidate.text === target.text && candidate.reported !== null && candidate.reported.value === reported.value);
    if (earlier === undefined || earlier.reported === null) continue;
    const issue = reportIssue({
      rule: 'previous.targetStalled',
      severity: 'warning',
      sheet: pair.current.report.sheet,
      cell: reported.cell,
      row: target.row,
      column: ROLE_LABELS.progress,
      value: reported.text,
      params: { target: target.text, reported: reported.text, previousReport: previousLabel(context, pair.previous.report) },
    });
    issues.push({ ...issue, previous: { file: context.previousFile, sheet: pair.previous.report.sheet, cell: earlier.reported.cell, text: earlier.reported.text } });
  }
  return issues;
}

function serialText(row: KeyedTaskRow): string {
  return joined(row.task, 'serial') || row.serial;
}

function missingIssue(context: ComparisonContext, row: KeyedTaskRow, currentSheet: string): Issue {
  const issue = reportIssue({
    rule: 'previous.taskMissing',
    severity: 'warning',
    sheet: currentSheet,
    column: ROLE_LABELS.task,
    value: joined(row.task, 'task'),
    params: { serial: serialText(row), task: joined(row.task, 'task'), previousReport: previousLabel(context, row.report) },
  });
  return { ...issue, previous: previousCell(context, row, 'task') };
}

function addedIssue(context: ComparisonContext, row: KeyedTaskRow, previousReport: ProgressReport): Issue {
  const issue = rowIssue(row, {
    rule: 'previous.taskAdded',
    severity: 'info',
    role: 'task',
    previous: { file: context.previousFile, sheet: previousReport.sheet, cell: '', text: '' },
    params: { serial: serialText(row), previousReport: previousLabel(context, previousReport) },
  });
  return issue;
}

function sheetIssue(rule: PreviousRule, severity: Severity, sheet: string, params: Readonly<Record<string, string | number>>): Issue {
  return reportIssue({ rule, severity, sheet, params });
}

/**
 * The issues of the current sheets against the previous ones: at the current sheet's cells (a task only
 * the previous report has is a whole-sheet issue of the current sheet of its unit), in row order per sheet.
 * Reports of different years are not compared (the plan and the totals start again each year).
 *
 * @example
 * compareWithPrevious([thirdQuarter], [secondQuarter]).map((issue) => issue.rule)
 * // ['previous.progressUnchanged', 'previous.figureDecreased']
 */
export function compareWithPrevious(currentSheets: readonly ComparedSheet[], previousSheets: readonly ComparedSheet[], options: CompareWithPreviousOptions = {}): Issue[] {
  const currentReports = reportsOf(currentSheets);
  const previousReports = reportsOf(previousSheets);
  const firstCurrent = currentReports[0];
  const firstPrevious = previousReports[0];
  if (firstCurrent === undefined || firstPrevious === undefined) return [];
  const targets = new Map<ProgressReport, readonly TargetResult[]>();
  for (const sheet of [...currentSheets, ...previousSheets]) if (sheet.report) targets.set(sheet.report, sheet.targets);
  const context: ComparisonContext = {
    previousFile: options.previousFile ?? '',
    splitting: chooseWordSplitting(undefined),
    targetsOf: (report) => targets.get(report) ?? [],
  };
  const year = knownYear(currentReports);
  const previousYear = knownYear(previousReports);
  if (year !== null && previousYear !== null && year !== previousYear) {
    return [sheetIssue('previous.otherYear', 'warning', firstCurrent.sheet, { year, previousYear, previousReport: previousLabel(context, firstPrevious) })];
  }
  const currentRows = currentReports.flatMap(keyedTaskRows);
  const previousRows = previousReports.flatMap(keyedTaskRows);
  const paired = pairTaskRows(previousRows, currentRows);
  if (paired.pairs.length === 0) {
    if (currentRows.length === 0 || previousRows.length === 0) return [];
    return [sheetIssue('previous.nothingPaired', 'warning', firstCurrent.sheet, { previousReport: previousLabel(context, firstPrevious) })];
  }
  const issues: Issue[] = [];
  for (const pair of paired.pairs) {
    const copied = progressCopied(context, pair);
    issues.push(...planChanges(context, pair), ...copied, ...figuresDecreased(context, pair), ...assessmentRegressed(context, pair));
    // Copied progress already says nothing moved; a target of that row is not stalled a second time.
    if (copied.length === 0) issues.push(...targetsStalled(context, pair));
  }
  for (const row of paired.added) issues.push(addedIssue(context, row, firstPrevious));
  const sheetOfUnit = new Map<string, string>();
  for (const row of currentRows) if (!sheetOfUnit.has(row.unit)) sheetOfUnit.set(row.unit, row.report.sheet);
  for (const row of paired.missing) issues.push(missingIssue(context, row, sheetOfUnit.get(row.unit) ?? firstCurrent.sheet));
  const sheetOrder = new Map(currentReports.map((report, index) => [report.sheet, index]));
  // Per sheet, whole-sheet issues (rows missing) first, then by row; the sort is stable, so a row keeps the order above.
  return issues.sort((left, right) => (sheetOrder.get(left.sheet) ?? 0) - (sheetOrder.get(right.sheet) ?? 0) || left.row - right.row);
}

function reportsOf(sheets: readonly ComparedSheet[]): ProgressReport[] {
  return sheets.flatMap((sheet) => (sheet.report ? [sheet.report] : []));
}

/** The year the titles name, when they name one (填报时间 of a 四季度 report may fall in the next year). */
function knownYear(reports: readonly ProgressReport[]): number | null {
  for (const report of reports) if (report.title?.year != null) return report.title.year;
  return null;
}
