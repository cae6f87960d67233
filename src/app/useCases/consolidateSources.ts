/**
 * The consolidate use case: the chosen sheets of this workbook and the picked files compiled into 汇总 and 统计,
 * written through the undo engine. Gathering and writing are `compileReports`'s, the same as `jindu consolidate`'s;
 * what is the pane's own is the outcome of each picked file and the list of what was left out.
 */
import { formatMessage, issueMessage, renderIssues, TargetReadings, type CompileResult, type Language, type RenderedIssue, type UnitOverrides, type WriteResult } from '../../core';
import type { WorkProgress } from '../host';
import { PaneMessageError } from '../paneErrors';
import { gatherReports, writeCompilation, type FileSources } from './compileReports';
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
  // The bureaus of one plan repeat its task texts: each is read for targets once in this compile.
  const options = { ...settingsCheckOptions(host), targetReadings: new TargetReadings() };
  const sheets = await readGrids(host.workbook, request.sheets);
  const gathered = await gatherReports(
    {
      sheets,
      files: request.files.map((file) => ({ name: file.name, open: () => openFile(file.name, file.bytes) })),
      gathering: { check: (grid) => engine.checkGrid(grid, options), unitOverrides: request.unitOverrides ?? new Map() },
      reading: (index) => {
        throwIfCancelled(progress);
        progress.report(index + 1, total);
      },
    },
    { roster: settings.roster.length > 0 ? { kind: 'units', units: settings.roster } : { kind: 'taskTexts' }, vocabulary: settings.vocabulary, language },
  );
  throwIfCancelled(progress);
  progress.report(total, total);
  const files = gathered.files.map((file) => pickedFileOutcome(file, language));
  const unreadable = [
    ...gathered.files.filter((file) => !file.opened).flatMap((file) => file.problems.map((problem) => ({ file: file.name, message: issueMessage(problem, language) }))),
    // Sheets and files left out for a reason the user must act on (no report in them); skipped 说明 or 汇总 sheets are not.
    ...[...gathered.sheetProblems, ...gathered.files.filter((file) => file.opened).flatMap((file) => file.problems)]
      .filter((problem) => problem.severity !== 'info')
      .map((problem) => ({ file: String(problem.params?.file || problem.sheet), message: issueMessage(problem, language) })),
  ];
  const leftOut = unreadable.map((entry) => entry.message);
  const { result, written } = await writeCompilation(gathered.compiler, leftOut, language, (operations) => host.applyUndoable(operations, 'pane.change.consolidate'));
  return { result, issues: renderIssues(result.issues, language), unreadable, files, skipped: written.skipped };
}

/** A picked file compiled, or why not: a file that opens but holds no report is named too (a compilation silently lacking a bureau is worse than an error). */
function pickedFileOutcome(file: FileSources, language: Language): PickedFileOutcome {
  if (file.compiledSheets.length > 0) return { file: file.name, compiledSheets: file.compiledSheets, refusal: '' };
  const reasons = file.problems.filter((problem) => problem.severity !== 'info').map((problem) => issueMessage(problem, language));
  return { file: file.name, compiledSheets: [], refusal: reasons.length > 0 ? reasons.join('；') : formatMessage(language, 'consolidate.noReportSheet', { file: file.name }) };
}
