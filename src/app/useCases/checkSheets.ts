/**
 * The check use case: the active sheet or every report sheet of the workbook through the core's check, and
 * with a previous report chosen, the check against it too.
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
import type { WorkProgress } from '../host';
import { PaneMessageError } from '../paneErrors';
import { readActiveGrid, readGrids, settingsCheckOptions, throwIfCancelled, type PickedFile, type UseCaseContext } from './useCaseContext';

export type CheckScope = 'active' | 'all';

/** The previous report to check against: a sheet of this workbook (二季度 beside 三季度), or a file. */
export type PreviousChoice = { readonly kind: 'sheet'; readonly sheet: string } | { readonly kind: 'file'; readonly file: PickedFile };

export interface CheckOutcome {
  readonly sheets: readonly string[];
  readonly issues: readonly RenderedIssue[];
  readonly summary: IssueSummary;
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

export async function checkSheets(context: UseCaseContext, scope: CheckScope, progress: WorkProgress, previous?: PreviousChoice): Promise<CheckOutcome> {
  const { host, engine, language } = context;
  progress.report(0, 1);
  const allGrids =
    scope === 'active'
      ? [await readActiveGrid(host)]
      : await readGrids(host.workbook, (await host.workbook.listSheets()).filter((sheet) => sheet.visible).map((sheet) => sheet.name));
  // The previous report's own sheet is not checked as a current one.
  const previousSheet = previous?.kind === 'sheet' ? previous.sheet : null;
  if (scope === 'active' && allGrids[0]?.name === previousSheet) throw new PaneMessageError('previous.pane.sameSheet', { sheet: previousSheet });
  const grids = allGrids.filter((grid) => grid.name !== previousSheet);
  throwIfCancelled(progress);
  const options = settingsCheckOptions(host);
  const issues: Issue[] = [];
  const checked: string[] = [];
  const compared: ComparedSheet[] = [];
  grids.forEach((grid, index) => {
    throwIfCancelled(progress);
    // With "all sheets", sheets like 说明 or 目录 are not reports and are left out quietly.
    if (scope === 'all' && !isReportSheet(grid)) return;
    const result = engine.checkGrid(grid, options);
    appendAll(issues, result.issues);
    compared.push({ sheet: grid.name, report: result.report, targets: result.targets });
    checked.push(grid.name);
    progress.report(index + 1, grids.length);
  });
  if (previous) {
    const earlier = await readPrevious(context, previous);
    throwIfCancelled(progress);
    const previousSheets = earlier.grids.map((grid) => {
      const result = engine.checkGrid(grid, { ...options, period: '' });
      return { sheet: grid.name, report: result.report, targets: result.targets };
    });
    appendAll(issues, compareWithPrevious(compared, previousSheets, earlier.options));
  }
  return { sheets: checked, issues: renderIssues(issues, language), summary: summarizeIssues(issues) };
}
