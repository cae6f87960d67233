/**
 * The consolidate use case: the chosen sheets of this workbook and the picked files compiled into 汇总 and 统计,
 * written through the undo engine. Which sheets count as reports is the core's rule (`gatherSheetSources`,
 * `gatherWorkbookSources`), the same as `jindu consolidate`'s.
 */
import {
  appendAll,
  formatMessage,
  gatherSheetSources,
  gatherWorkbookSources,
  issueMessage,
  renderIssues,
  ReportCompiler,
  type CompileResult,
  type CompileSource,
  type Issue,
  type RenderedIssue,
  type SourceGathering,
  type UnitOverrides,
  type WriteResult,
} from '../../core';
import type { WorkProgress } from '../host';
import { PaneMessageError } from '../paneErrors';
import { readGrids, settingsCheckOptions, throwIfCancelled, type PickedFile, type UseCaseContext } from './useCaseContext';

export interface ConsolidateRequest {
  readonly sheets: readonly string[];
  readonly files: readonly PickedFile[];
  /** The user's unit for a file or `file!sheet`, winning over the 填报单位 the sheet names. */
  readonly unitOverrides?: UnitOverrides;
}

export interface ConsolidateOutcome {
  readonly result: CompileResult;
  readonly issues: readonly RenderedIssue[];
  /** Files that could not be read, and files or chosen sheets with no report in them, with the message why. */
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  readonly skipped: WriteResult['skipped'];
}

export async function consolidateSources(context: UseCaseContext, request: ConsolidateRequest, progress: WorkProgress): Promise<ConsolidateOutcome> {
  const { host, engine, openFile, language } = context;
  if (request.sheets.length === 0 && request.files.length === 0) throw new PaneMessageError('pane.consolidate.nothingChosen');
  const total = request.files.length + 1;
  progress.report(0, total);
  const settings = host.settings.load();
  const compiler = new ReportCompiler({
    roster: settings.roster.length > 0 ? { kind: 'units', units: settings.roster } : { kind: 'taskTexts' },
    vocabulary: settings.vocabulary,
    language,
  });
  const options = settingsCheckOptions(host);
  const gathering: SourceGathering = { check: (grid) => engine.checkGrid(grid, options), unitOverrides: request.unitOverrides ?? new Map() };
  const addSource = (source: CompileSource) => compiler.add(source);
  const problems: Issue[] = [...gatherSheetSources(await readGrids(host.workbook, request.sheets), '', gathering, addSource).problems];
  progress.report(1, total);
  const unreadable: { file: string; message: string }[] = [];
  for (const [index, file] of request.files.entries()) {
    throwIfCancelled(progress);
    const opened = await openFile(file.name, file.bytes);
    if (!opened.ok) unreadable.push({ file: file.name, message: formatMessage(language, opened.problem.key, opened.problem.params) });
    else appendAll(problems, (await gatherWorkbookSources(opened.workbook, file.name, gathering, addSource)).problems);
    progress.report(index + 2, total);
  }
  throwIfCancelled(progress);
  // Sheets and files left out for a reason the user must act on (no report in them); skipped 说明 or 汇总 sheets are not.
  for (const problem of problems) {
    if (problem.severity === 'info') continue;
    unreadable.push({ file: String(problem.params?.file || problem.sheet), message: issueMessage(problem, language) });
  }
  const result = compiler.finish();
  const written = await host.applyUndoable(result.operations, 'pane.change.consolidate');
  return { result, issues: renderIssues(result.issues, language), unreadable, skipped: written.skipped };
}
