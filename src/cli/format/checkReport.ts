/**
 * What `jindu check` prints: a readable report (grouped by sheet and severity, with cell addresses)
 * or the one JSON object of `--json`.
 */
import { appendAll, cellPlace, describeTarget, formatMessage, issueMessage, issuePlace, type Issue, type IssueSummary, type Language, type PreviousCell, type Severity, type SheetCheck, type TargetResult, type WorkbookCheck } from '../../core';
import { formatTargetSection } from './targets';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface CheckJson {
  readonly file: string;
  readonly sheets: readonly {
    readonly sheet: string;
    readonly unit: string | null;
    readonly period: string | null;
    readonly rows: number;
    /** `place` only for a table of a Word document: where the issue is in it (`表1 第3行 第5列`); `cell` is then in the grid read from the table. */
    readonly issues: readonly { rule: string; severity: Severity; cell: string; place?: string; row: number; column: string; message: string; previous?: PreviousCell }[];
    /** `stalled` only with `--previous`: behind pace, and the figure is the one reported last time. */
    readonly targets: readonly (Omit<TargetResult, 'reason'> & { readonly why: string; readonly stalled?: true })[];
  }[];
  readonly summary: { readonly error: number; readonly warning: number; readonly info: number };
}

type JsonSheet = CheckJson['sheets'][number];

function jsonIssue(issue: Issue, language: Language): JsonSheet['issues'][number] {
  const json = {
    rule: issue.rule,
    severity: issue.severity,
    cell: issue.cell,
    ...(issue.documentPlace ? { place: issuePlace(issue, language) } : {}),
    row: issue.row,
    column: issue.column,
    message: issueMessage(issue, language),
  };
  // Issues of the check against the previous report carry the previous report's cell and text.
  return issue.previous ? { ...json, previous: issue.previous } : json;
}

/** Whether the check against the previous report found this target stalled (an issue at its figure's cell, about its text). */
export function stalledTest(issues: readonly Issue[]): (target: TargetResult) => boolean {
  const stalled = issues.filter((issue) => issue.rule === 'previous.targetStalled');
  return (target) => target.reported !== null && stalled.some((issue) => issue.cell === target.reported?.cell && issue.params?.target === target.text);
}

/** A target as `--json` prints it: the sentence of why rendered in the report's language, in place of its message key and values. */
function jsonTarget(target: TargetResult, language: Language): JsonSheet['targets'][number] {
  const { row, cell, source, text, indicator, value, upper, unit, op, deadline, reported, verdict, confidence, evidence, pace, expectedPace, share } = target;
  const why = describeTarget(target, language);
  return upper === undefined
    ? { row, cell, source, text, indicator, value, unit, op, deadline, reported, verdict, confidence, evidence, pace, expectedPace, share, why }
    : { row, cell, source, text, indicator, value, upper, unit, op, deadline, reported, verdict, confidence, evidence, pace, expectedPace, share, why };
}

/**
 * The `--json` object, in the shape its readers rely on. A sheet that was skipped (说明, 目录, a hidden
 * sheet) is listed after the report sheets with its info and no rows, so the JSON says why it was not
 * checked as the readable report does; the summary counts every issue printed.
 */
export function checkJson(file: string, result: WorkbookCheck, language: Language): CheckJson {
  const checked: JsonSheet[] = result.sheets.map((sheet) => ({
    sheet: sheet.sheet,
    unit: sheet.unit,
    period: sheet.period,
    rows: sheet.rows,
    issues: sheet.issues.map((issue) => jsonIssue(issue, language)),
    targets: markStalled(sheet, language),
  }));
  const skipped: JsonSheet[] = result.notices.map((notice) => ({
    sheet: notice.sheet,
    unit: null,
    period: null,
    rows: 0,
    issues: [jsonIssue(notice, language)],
    targets: [],
  }));
  const sheets = [...checked, ...skipped];
  const summary = { error: 0, warning: 0, info: 0 };
  for (const sheet of sheets) for (const issue of sheet.issues) summary[issue.severity] += 1;
  return { file, sheets, summary };
}

function markStalled(sheet: SheetCheck, language: Language): JsonSheet['targets'] {
  const isStalled = stalledTest(sheet.issues);
  return sheet.targets.map((target) => {
    const json = jsonTarget(target, language);
    return isStalled(target) ? { ...json, stalled: true as const } : json;
  });
}

function counts(summary: IssueSummary): { error: number; warning: number; info: number } {
  return { error: summary.error, warning: summary.warning, info: summary.info };
}

/**
 * The readable report, one line per issue: `  E14  进展情况  进展情况为空（可修复）`.
 *
 * @example
 * formatCheckReport('三季度.xlsx', result, 'zh-CN').join('\n')
 */
export function formatCheckReport(file: string, result: WorkbookCheck, language: Language): string[] {
  const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(language, key, params);
  const lines = [say('check.fileHeading', { file })];
  for (const notice of result.notices) lines.push(`  [${say(`severity.${notice.severity}`)}] ${issueMessage(notice, language)}`);
  if (result.sheets.length === 0 && result.notices.every((notice) => notice.severity === 'info')) lines.push(say('check.noReportSheet'));
  for (const sheet of result.sheets) lines.push('', ...formatSheet(sheet, language));
  lines.push('', say('check.total', counts(result.summary)));
  return lines;
}

function formatSheet(sheet: SheetCheck, language: Language): string[] {
  const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(language, key, params);
  const unknown = say('check.unknownValue');
  const lines = [
    say('check.sheetHeading', { sheet: sheet.sheet, unit: sheet.unit ?? unknown, period: sheet.period ?? unknown, rows: sheet.rows }),
    `  ${say('check.sheetCounts', counts(sheet.summary))}`,
  ];
  if (sheet.issues.length === 0) lines.push(`  ${say('check.noIssues')}`);
  // A Word table's issues say where they are in the document (表1 第3行 第5列), a sheet's their cell.
  const places = new Map(sheet.issues.map((issue) => [issue, issuePlace(issue, language)]));
  const cellWidth = Math.max(4, ...[...places.values()].map((place) => place.length));
  for (const severity of SEVERITIES) {
    const ofSeverity = sheet.issues.filter((issue) => issue.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`  【${say(`severity.${severity}`)}】`);
    for (const issue of ofSeverity) {
      const fixable = issue.fix ? say('check.fixable') : '';
      const column = issue.column === '' ? '' : `${issue.column}  `;
      lines.push(`    ${(places.get(issue) || '—').padEnd(cellWidth)}  ${column}${issueMessage(issue, language)}${fixable}`);
    }
  }
  if (sheet.report !== null) appendAll(lines, formatTargetSection(sheet.targets, language, stalledTest(sheet.issues), (cell) => cellPlace(cell, sheet.documentTable, language)).map((line) => `  ${line}`));
  return lines;
}
