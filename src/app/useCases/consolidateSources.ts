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
  STATISTICS_SHEET,
  type CompileResult,
  type CompileSource,
  type Issue,
  type Language,
  type RenderedIssue,
  type SourceGathering,
  type UnitOverrides,
  type WorkbookOperation,
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

/** What became of one file the user picked to compile: its report sheets compiled, or why none was. */
export interface PickedFileOutcome {
  readonly file: string;
  /** The report sheets compiled from it (a Word document's tables are 表1, 表2 …); empty when refused. */
  readonly compiledSheets: readonly string[];
  /** Why nothing of it was compiled, in the pane's language; '' when something was. */
  readonly refusal: string;
}

export interface ConsolidateOutcome {
  readonly result: CompileResult;
  readonly issues: readonly RenderedIssue[];
  /** Files that could not be read, and files or chosen sheets with no report in them, with the message why. */
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  /** Every picked file in the order picked, compiled or refused: none is left out unseen. */
  readonly files: readonly PickedFileOutcome[];
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
  const files: PickedFileOutcome[] = [];
  for (const [index, file] of request.files.entries()) {
    throwIfCancelled(progress);
    const opened = await openFile(file.name, file.bytes);
    const compiledSheets: string[] = [];
    let refusal = '';
    if (!opened.ok) {
      refusal = formatMessage(language, opened.problem.key, opened.problem.params);
      unreadable.push({ file: file.name, message: refusal });
    } else {
      const gathered = await gatherWorkbookSources(
        opened.workbook,
        file.name,
        gathering,
        (source) => {
          compiledSheets.push(source.origin.sheet);
          addSource(source);
        },
        opened.format,
      );
      appendAll(problems, gathered.problems);
      // A file that opens but holds no report is named too: a compilation silently lacking a bureau is worse than an error.
      if (compiledSheets.length === 0) {
        const reasons = gathered.problems.filter((problem) => problem.severity !== 'info').map((problem) => issueMessage(problem, language));
        refusal = reasons.length > 0 ? reasons.join('；') : formatMessage(language, 'consolidate.noReportSheet', { file: file.name });
      }
    }
    files.push({ file: file.name, compiledSheets, refusal });
    progress.report(index + 2, total);
  }
  throwIfCancelled(progress);
  // Sheets and files left out for a reason the user must act on (no report in them); skipped 说明 or 汇总 sheets are not.
  for (const problem of problems) {
    if (problem.severity === 'info') continue;
    unreadable.push({ file: String(problem.params?.file || problem.sheet), message: issueMessage(problem, language) });
  }
  const result = compiler.finish();
  const written = await host.applyUndoable([...result.operations, ...leftOutNote(unreadable, language)], 'pane.change.consolidate');
  return { result, issues: renderIssues(result.issues, language), unreadable, files, skipped: written.skipped };
}

/**
 * The files left out, as a note on 统计's first cell (as the command line writes it): the compiled workbook
 * travels on without the pane, and whoever reads it must see which bureau it lacks and why.
 */
function leftOutNote(unreadable: readonly { readonly file: string; readonly message: string }[], language: Language): WorkbookOperation[] {
  if (unreadable.length === 0) return [];
  const lines = [formatMessage(language, 'consolidate.cli.leftOutNote'), ...unreadable.map((entry) => `· ${entry.message}`)];
  return [{ op: 'setNote', sheet: STATISTICS_SHEET, cell: 'A1', text: lines.join('\n') }];
}
