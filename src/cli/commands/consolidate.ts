/**
 * `jindu consolidate A.xlsx B.csv … -o OUT.xlsx [--roster units.txt] [--unit FILE=UNIT …] [--json]`: every report sheet of
 * every file (a folder stands for every file in it, in any format) compiled into 汇总 and 统计 of OUT.xlsx.
 * Every file is either compiled or named with the reason it was not (console or JSON, and a note on 统计):
 * a source that cannot be read is reported and the rest are still compiled; lock and hidden files are
 * skipped and listed. Exit 0 when every file was compiled (or only skipped as a lock or hidden file),
 * 1 when some file or sheet was refused, 2 when nothing could be compiled or the output not written.
 * When OUT.xlsx exists, its 汇总 and 统计 are replaced and its other sheets kept.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  checkGrid,
  formatMessage,
  issueMessage,
  parseRoster,
  parseUnitOverrides,
  sourceProblem,
  TargetReadings,
  type Roster,
  type SheetGrid,
  parseVocabulary,
  type WorkbookOperation,
  type WriteResult,
} from '../../core';
import { MAX_FILE_MEGABYTES, XlsxWorkbook } from '../../adapters/xlsx';
import { openWorkbookBytes } from '../../adapters/xlsx/openWorkbookBytes';
import { checkOutputPath, saveWorkbookFile } from '../../adapters/xlsx/openWorkbookFile';
import { streamNewWorkbookFile } from '../../adapters/xlsx/streamNewWorkbookFile';
import { gatherReports, writeCompilation } from '../../app/useCases/compileReports';
import { consolidateJson, printConsolidateReport, type SourceProblem } from '../format/consolidateReport';
import { formatJson } from '../format/json';
import { openInput } from '../openInput';
import { ProgressLine } from '../progressLine';
import type { CliCommand, CliContext } from '../main';

interface ConsolidateOptions {
  readonly output: string;
  /** `FILE=UNIT` or `FILE!SHEET=UNIT`: the user's unit for a file or one of its sheets. */
  readonly unit?: readonly string[];
  readonly roster?: string;
  readonly json?: boolean;
  readonly vocab?: string;
}

/**
 * Why a file in a folder is not read at all: Office's and LibreOffice's lock files (`~$…`, `.~lock…#`)
 * and hidden files are no bureau's report. Null for a file to read. They are listed, never dropped unseen.
 */
function skipReason(name: string): string | null {
  if (name.startsWith('~$') || name.startsWith('.~lock')) return 'consolidate.cli.lockFileSkipped';
  if (name.startsWith('.')) return 'consolidate.cli.hiddenFileSkipped';
  return null;
}

/**
 * Arguments as the user gave them; a folder becomes every file in it, whatever its extension (the reader
 * sniffs the bytes and names what it cannot read). Lock files, hidden files, subfolders and the output
 * itself (and the roster given with `--roster`) are skipped and listed as such.
 */
async function expandInputs(inputs: readonly string[], output: string, roster: string | undefined): Promise<{ files: string[]; problems: SourceProblem[] }> {
  const files: string[] = [];
  const problems: SourceProblem[] = [];
  const outputPath = path.resolve(output);
  const rosterPath = roster === undefined ? null : path.resolve(roster);
  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (!info?.isDirectory()) {
      files.push(input);
      continue;
    }
    const entries = (await readdir(input, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    let toRead = 0;
    for (const entry of entries) {
      const file = path.join(input, entry.name);
      const skipped = skipReason(entry.name);
      if (skipped !== null) problems.push({ file, issue: sourceProblem(skipped, 'info', entry.name) });
      else if (entry.isDirectory()) problems.push({ file, issue: sourceProblem('consolidate.cli.subfolderSkipped', 'info', entry.name) });
      else if (path.resolve(file) === outputPath) problems.push({ file, issue: sourceProblem('consolidate.cli.outputSkipped', 'info', entry.name) });
      else if (path.resolve(file) === rosterPath) problems.push({ file, issue: sourceProblem('consolidate.cli.rosterSkipped', 'info', entry.name) });
      else {
        files.push(file);
        toRead += 1;
      }
    }
    if (toRead === 0) problems.push({ file: input, issue: sourceProblem('consolidate.cli.folderEmpty', 'error', input) });
  }
  return { files, problems };
}

function collect(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}

/** The workbook to write into: OUT.xlsx as it is when it exists (its other sheets kept), else a new one. */
async function targetWorkbook(output: string): Promise<{ ok: true; workbook: XlsxWorkbook } | { ok: false; key: string; params: Record<string, string | number> }> {
  const size = await stat(output).then((info) => info.size).catch(() => null);
  if (size === null) return { ok: true, workbook: XlsxWorkbook.create() };
  if (size > MAX_FILE_MEGABYTES * 1024 * 1024) return { ok: false, key: 'file.tooLarge', params: { file: output, limit: MAX_FILE_MEGABYTES } };
  const existing = await readFile(output).catch(() => null);
  if (existing === null) return { ok: false, key: 'file.notFound', params: { file: output } };
  // The same checks as any input: an earlier output may be anything by now.
  const opened = await openWorkbookBytes(output, existing);
  return opened.ok ? { ok: true, workbook: opened.workbook } : { ok: false, key: opened.problem.key, params: opened.problem.params };
}

/**
 * 汇总 and 统计 written to OUT.xlsx: a new file is streamed row by row (a million rows never become one
 * workbook in memory); an existing one is loaded, its other sheets kept, and saved whole.
 */
async function writeCompiledWorkbook(
  operations: readonly WorkbookOperation[],
  output: string,
): Promise<{ ok: true; skipped: WriteResult['skipped'] } | { ok: false; key: string; params: Record<string, string | number> }> {
  const exists = await lstat(output).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const streamed = await streamNewWorkbookFile(operations, output);
    return streamed.ok ? { ok: true, skipped: streamed.skipped } : { ok: false, key: streamed.problem.key, params: streamed.problem.params };
  }
  const target = await targetWorkbook(output);
  if (!target.ok) return target;
  const written = await target.workbook.apply(operations);
  const saved = await saveWorkbookFile(target.workbook, output);
  return saved.ok ? { ok: true, skipped: written.skipped } : { ok: false, key: saved.problem.key, params: saved.problem.params };
}

async function readRoster(file: string | undefined): Promise<{ ok: true; roster: Roster } | { ok: false; key: string }> {
  if (file === undefined) return { ok: true, roster: { kind: 'taskTexts' } };
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return { ok: false, key: 'file.notFound' };
  const roster = parseRoster(text);
  return roster.units.length === 0 ? { ok: false, key: 'consolidate.rosterEmpty' } : { ok: true, roster };
}

async function runConsolidate(inputs: readonly string[], options: ConsolidateOptions, context: CliContext): Promise<void> {
  const { io, language } = context;
  const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(language, key, params);
  const fail = (text: string) => {
    io.err(text);
    context.setExitCode(2);
  };
  if (inputs.length === 0) return fail(say('consolidate.cli.noInputs'));
  const roster = await readRoster(options.roster);
  if (!roster.ok) return fail(say(roster.key, { file: options.roster ?? '' }));
  const outputPath = path.resolve(options.output);
  if (inputs.some((input) => path.resolve(input) === outputPath)) return fail(say('file.wouldOverwrite', { file: options.output }));
  const writable = await checkOutputPath(options.output);
  if (!writable.ok) return fail(say(writable.problem.key, writable.problem.params));

  const vocabulary = options.vocab === undefined ? undefined : parseVocabulary(options.vocab);
  const expanded = await expandInputs(inputs, options.output, options.roster);
  // The bureaus of one plan repeat its task texts: each is read for targets once in this compile.
  const checkOptions = { ...(vocabulary && vocabulary.length > 0 ? { vocabulary } : {}), targetReadings: new TargetReadings() };
  const progress = new ProgressLine(io.progress);
  const total = expanded.files.length;
  const gathered = await gatherReports(
    {
      files: expanded.files.map((file) => ({ name: path.basename(file), open: () => openInput(file) })),
      // Each source is checked with the same rules as `jindu check`, so 统计 counts its errors and targets.
      gathering: { check: (grid: SheetGrid) => checkGrid(grid, checkOptions), unitOverrides: parseUnitOverrides(options.unit) },
      reading: (index, file) => progress.update(say('cli.progress.reading', { done: index + 1, total, file }), index === 0 || index === total - 1),
    },
    { roster: roster.roster, language, ...(vocabulary && vocabulary.length > 0 ? { vocabulary } : {}) },
  );
  const problems = [...expanded.problems, ...gathered.files.flatMap((sources, index) => sources.problems.map((issue) => ({ file: expanded.files[index] ?? sources.name, issue })))];
  if (gathered.compiled === 0) {
    progress.clear();
    for (const problem of problems) io.err(issueMessage(problem.issue, language));
    return fail(say('consolidate.noSources'));
  }

  progress.update(say('cli.progress.writing', { file: options.output }), true);
  const leftOut = problems.map((problem) => issueMessage(problem.issue, language));
  const { result, written } = await writeCompilation(gathered.compiler, leftOut, language, (operations) => writeCompiledWorkbook(operations, options.output));
  progress.clear();
  if (!written.ok) return fail(say(written.key, written.params));

  const skipped = written.skipped.map((entry) =>
    entry.op === 'addChart' ? say('consolidate.cli.chartSkipped') : say('consolidate.cli.skipped', { op: entry.op, reason: entry.reason }),
  );
  if (options.json === true) io.out(formatJson(consolidateJson(options.output, result, problems, skipped, language), io));
  else {
    printConsolidateReport(io, language, options.output, result, problems);
    for (const note of skipped) io.err(note);
  }
  if (problems.some((problem) => problem.issue.severity === 'error')) context.setExitCode(1);
}

export const consolidateCommand: CliCommand = {
  name: 'consolidate',
  register(program: Command, context: CliContext) {
    program
      .command('consolidate')
      .description('汇总多个单位的表 / compile many bureaus\u2019 sheets')
      .argument('<inputs...>', '.xlsx、.xls、.et、.csv、.docx 文件或文件夹（文件夹中每个文件都会列出）/ .xlsx, .xls, .et, .csv or .docx files, or folders (every file in them is listed)')
      .requiredOption('-o, --output <file>', '输出的 .xlsx 文件 / the compiled workbook to write')
      .option('--roster <file>', '应报送单位名单（每行一个；默认为任务中列出的责任单位）/ units expected to report, one a line (default: the units the tasks name)')
      .option('--unit <file=unit>', '指定某文件（或 文件!工作表）的填报单位，可重复 / the unit of a file or file!sheet, repeatable', collect)
      .option('--vocab <words>', '自我评价词表，逗号分隔 / self-assessment vocabulary, comma-separated')
      .option('--json', '以 JSON 输出结果 / print the result as one JSON object')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action((inputs: string[], options: ConsolidateOptions) => runConsolidate(inputs, options, context));
  },
};
