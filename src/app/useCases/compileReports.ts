/**
 * Reports compiled into 汇总 and 统计, for every caller: `jindu consolidate` on files and folders, and the pane
 * on chosen sheets and picked files. Which sheets count is the core's rule (`gatherSheetSources`,
 * `gatherWorkbookSources`); here the files are opened through the caller's port one at a time (nothing of a file
 * is kept once its sources are with the compiler), a file that fails is named while the others are still
 * compiled, and what was left out is noted on 统计 as the result is written through the caller's port.
 */
import {
  formatMessage,
  gatherSheetSources,
  gatherWorkbookSources,
  ReportCompiler,
  sourceProblem,
  STATISTICS_SHEET,
  type CompileOptions,
  type CompileResult,
  type Issue,
  type Language,
  type SheetGrid,
  type SourceGathering,
  type WorkbookOperation,
} from '../../core';
import type { OpenedFile } from './useCaseContext';

/** A file to compile: the name its issues give it, and how the caller opens it (a path, picked bytes). */
export interface ReportFile {
  readonly name: string;
  open(): Promise<OpenedFile>;
}

/** What became of one file: the sheets compiled from it, or the issue saying why it could not be opened. */
export interface FileSources {
  readonly name: string;
  readonly opened: boolean;
  readonly compiledSheets: readonly string[];
  /** Sheets left out (with the reason), or the one problem of a file that could not be opened or read. */
  readonly problems: readonly Issue[];
}

export interface GatherRequest {
  /** Sheets already read (the pane's chosen sheets of the open workbook). */
  readonly sheets?: readonly SheetGrid[];
  readonly files: readonly ReportFile[];
  readonly gathering: SourceGathering;
  /** Told before each file is opened (a progress line, a progress bar); may throw to stop (cancelled). */
  readonly reading?: (index: number, name: string) => void;
}

export interface Gathered {
  readonly compiler: ReportCompiler;
  /** Sources handed to the compiler, over the sheets and every file. */
  readonly compiled: number;
  readonly sheetProblems: readonly Issue[];
  readonly files: readonly FileSources[];
}

async function gatherFile(file: ReportFile, gathering: SourceGathering, compiler: ReportCompiler): Promise<FileSources> {
  const compiledSheets: string[] = [];
  try {
    const opened = await file.open();
    if (!opened.ok) return { name: file.name, opened: false, compiledSheets, problems: [sourceProblem(opened.problem.key, 'error', file.name, '', opened.problem.params)] };
    const gathered = await gatherWorkbookSources(
      opened.workbook,
      file.name,
      gathering,
      (source) => {
        compiledSheets.push(source.origin.sheet);
        compiler.add(source);
      },
      opened.format,
    );
    return { name: file.name, opened: true, compiledSheets, problems: gathered.problems };
  } catch (error) {
    // Whatever one file does, the others are still compiled; this one is named with the reason.
    const detail = error instanceof Error ? error.message : String(error);
    return { name: file.name, opened: false, compiledSheets, problems: [sourceProblem('consolidate.cli.sourceFailed', 'error', file.name, '', { detail })] };
  }
}

/** Every report of the sheets and files handed to a new compiler, in order; nothing is written yet. */
export async function gatherReports(request: GatherRequest, options: CompileOptions): Promise<Gathered> {
  const compiler = new ReportCompiler(options);
  const sheets = gatherSheetSources(request.sheets ?? [], '', request.gathering, (source) => compiler.add(source));
  let compiled = sheets.compiled;
  const files: FileSources[] = [];
  for (const [index, file] of request.files.entries()) {
    request.reading?.(index, file.name);
    const gathered = await gatherFile(file, request.gathering, compiler);
    compiled += gathered.compiledSheets.length;
    files.push(gathered);
  }
  return { compiler, compiled, sheetProblems: sheets.problems, files };
}

/**
 * The compilation finished and written through `write` (the pane's undoable write, the CLI's OUT.xlsx), with
 * the inputs left out as a note on 统计's first cell: the compiled workbook travels on without the console or
 * the pane, and whoever reads it must see which bureau it lacks and why.
 */
export async function writeCompilation<Written>(
  compiler: ReportCompiler,
  leftOut: readonly string[],
  language: Language,
  write: (operations: readonly WorkbookOperation[]) => Promise<Written>,
): Promise<{ readonly result: CompileResult; readonly written: Written }> {
  const result = compiler.finish();
  const note: WorkbookOperation[] =
    leftOut.length === 0 ? [] : [{ op: 'setNote', sheet: STATISTICS_SHEET, cell: 'A1', text: [formatMessage(language, 'consolidate.cli.leftOutNote'), ...leftOut.map((line) => `· ${line}`)].join('\n') }];
  return { result, written: await write([...result.operations, ...note]) };
}
