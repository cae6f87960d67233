/**
 * The check use case: the active sheet or every report sheet of the workbook through the core's check, and
 * with a previous report chosen, the check against it too. "Every report sheet" is `checkReports`, the same as
 * `jindu check`'s: the same sheets checked, the same issues, the same skipped sheets named with the reason.
 */
import {
  appendAll,
  compareWithPrevious,
  isReportSheet,
  renderIssues,
  summarizeIssues,
  type CompareWithPreviousOptions,
  type ComparedSheet,
  type Issue,
  type IssueSummary,
  type RenderedIssue,
  type SheetGrid,
} from '../../core';
import { coreCheckOptions } from '../coreEngine';
import type { WorkProgress } from '../host';
import { PaneMessageError } from '../paneErrors';
import { checkReports } from './checkReports';
import { readActiveGrid, settingsCheckOptions, throwIfCancelled, type PickedFile, type UseCaseContext } from './useCaseContext';

export type CheckScope = 'active' | 'all';

/** The previous report to check against: a sheet of this workbook (二季度 beside 三季度), or a file. */
export type PreviousChoice = { readonly kind: 'sheet'; readonly sheet: string } | { readonly kind: 'file'; readonly file: PickedFile };

export interface CheckOutcome {
  /** The sheets checked (skipped ones are not among them; their `sheet.notReport` or `sheet.hidden` is in `issues`). */
  readonly sheets: readonly string[];
  readonly issues: readonly RenderedIssue[];
  readonly summary: IssueSummary;
}

/** The sheets checked, as the comparison with the previous report takes them, and every issue found. */
interface SheetsChecked {
  readonly compared: readonly ComparedSheet[];
  readonly issues: readonly Issue[];
}

async function checkActiveSheet({ host, engine }: UseCaseContext, previousSheet: string | null): Promise<SheetsChecked> {
  const grid = await readActiveGrid(host);
  if (grid.name === previousSheet) throw new PaneMessageError('previous.pane.sameSheet', { sheet: previousSheet });
  const result = engine.checkGrid(grid, settingsCheckOptions(host));
  return { compared: [{ sheet: grid.name, report: result.report, targets: result.targets }], issues: result.issues };
}

/** Every report sheet, as `jindu check` checks a file; the previous report's own sheet is not checked as a current one. */
async function checkEverySheet({ host }: UseCaseContext, previousSheet: string | null): Promise<SheetsChecked> {
  const checked = await checkReports(host.workbook, coreCheckOptions(settingsCheckOptions(host)));
  if (!checked.ok) throw new PaneMessageError(checked.problem.key, checked.problem.params);
  const sheets = checked.result.sheets.filter((sheet) => sheet.sheet !== previousSheet);
  return {
    compared: sheets.map((sheet) => ({ sheet: sheet.sheet, report: sheet.report, targets: sheet.targets })),
    issues: [...sheets.flatMap((sheet) => sheet.issues), ...checked.result.notices.filter((notice) => notice.sheet !== previousSheet)],
  };
}

/** The previous report's sheets: the chosen sheet, or every visible report sheet of the chosen file. */
async function readPrevious({ host, openFile }: UseCaseContext, previous: PreviousChoice): Promise<{ grids: SheetGrid[]; options: CompareWithPreviousOptions }> {
  if (previous.kind === 'sheet') return { grids: [await host.workbook.readSheet(previous.sheet)], options: {} };
  const opened = await openFile(previous.file.name, previous.file.bytes);
  if (!opened.ok) throw new PaneMessageError(opened.problem.key, opened.problem.params);
  const sheets = (await opened.workbook.listSheets()).filter((sheet) => sheet.visible);
  const grids = await Promise.all(sheets.map((sheet) => opened.workbook.readSheet(sheet.name)));
  return { grids: grids.filter(isReportSheet), options: { previousFile: previous.file.name } };
}

async function compareWithChosen(context: UseCaseContext, compared: readonly ComparedSheet[], previous: PreviousChoice): Promise<Issue[]> {
  const earlier = await readPrevious(context, previous);
  const options = settingsCheckOptions(context.host);
  const previousSheets = earlier.grids.map((grid) => {
    const result = context.engine.checkGrid(grid, { ...options, period: '' });
    return { sheet: grid.name, report: result.report, targets: result.targets };
  });
  return compareWithPrevious(compared, previousSheets, earlier.options);
}

export async function checkSheets(context: UseCaseContext, scope: CheckScope, progress: WorkProgress, previous?: PreviousChoice): Promise<CheckOutcome> {
  progress.report(0, 1);
  const previousSheet = previous?.kind === 'sheet' ? previous.sheet : null;
  const checked = scope === 'active' ? await checkActiveSheet(context, previousSheet) : await checkEverySheet(context, previousSheet);
  throwIfCancelled(progress);
  progress.report(1, 1);
  const issues = [...checked.issues];
  if (previous) {
    const compared = await compareWithChosen(context, checked.compared, previous);
    throwIfCancelled(progress);
    appendAll(issues, compared);
  }
  return { sheets: checked.compared.map((sheet) => sheet.sheet), issues: renderIssues(issues, context.language), summary: summarizeIssues(issues) };
}
