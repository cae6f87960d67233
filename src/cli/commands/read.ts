/**
 * `jindu read FILE… [--sheet NAME] [--json] [--lang en]`: prints what Jindu read from each workbook, the
 * shown text of each sheet's used area from A1 (the same grid the rules see), so that a reviewer can see
 * exactly what was read. With `--json`, one line per file: `{"file", "sheets": [{"name", "text": [[…]]}]}`,
 * or `{"file", "error": {"key", "message"}}` for a file that could not be read. Exit 0 when every file was
 * read, 1 when some were not, 2 when none was.
 */
import type { Command } from 'commander';
import { formatMessage } from '../../core';
import { openSpreadsheetFile } from '../../adapters/formats/openSpreadsheetFile';
import { formatShownTextTable } from '../format/shownText';
import type { CliCommand, CliContext } from '../main';

interface ReadCommandOptions {
  readonly sheet?: string;
  readonly json?: boolean;
}

export interface ShownSheet {
  readonly name: string;
  readonly text: readonly (readonly string[])[];
}

export type ReadResult =
  | { readonly file: string; readonly sheets: readonly ShownSheet[] }
  | { readonly file: string; readonly error: { readonly key: string; readonly message: string } };

/** What was read from one file: every sheet, or only `sheet` (by the same matching as the other commands). */
async function readFileShown(file: string, sheet: string | undefined, context: CliContext): Promise<ReadResult> {
  const problem = (key: string, params: Record<string, string | number>): ReadResult => ({
    file,
    error: { key, message: formatMessage(context.language, key, params) },
  });
  const opened = await openSpreadsheetFile(file);
  if (!opened.ok) return problem(opened.problem.key, opened.problem.params);
  const workbook = opened.workbook;
  const names = (await workbook.listSheets()).map((info) => info.name);
  const wanted = sheet === undefined ? names : [names.find((name) => name === sheet) ?? names.find((name) => name.toLowerCase() === sheet.toLowerCase())];
  const sheets: ShownSheet[] = [];
  for (const name of wanted) {
    if (name === undefined) return problem('sheet.notFound', { sheet: sheet ?? '' });
    const grid = await workbook.readSheet(name);
    sheets.push({ name, text: grid.text });
  }
  return { file, sheets };
}

async function runRead(files: readonly string[], options: ReadCommandOptions, context: CliContext): Promise<void> {
  const { io } = context;
  let unread = 0;
  const lines: string[] = [];
  for (const file of files) {
    const result = await readFileShown(file, options.sheet, context);
    if ('error' in result) {
      unread += 1;
      if (!options.json) io.err(result.error.message);
    }
    // One compact line per file even at a terminal: the format is for programs (and the conformance script).
    if (options.json) lines.push(JSON.stringify(result));
    else if ('sheets' in result) {
      for (const sheet of result.sheets) lines.push(`== ${file} · ${sheet.name} ==`, ...formatShownTextTable(sheet.text), '');
    }
  }
  if (lines.length > 0) io.out(lines.join('\n'));
  context.setExitCode(unread === 0 ? 0 : unread === files.length ? 2 : 1);
}

export const readCommand: CliCommand = {
  name: 'read',
  register(program: Command, context: CliContext) {
    program
      .command('read')
      .description('显示读到的内容 / show what was read from workbooks')
      .argument('<files...>', '.xlsx、.xls、.et、.csv 等表格文件 / workbooks (.xlsx, .xls, .et, .csv …)')
      .option('--sheet <name>', '只显示此工作表 / show only this sheet')
      .option('--json', '每个文件输出一行 JSON / print one JSON line per file')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action((files: string[], options: ReadCommandOptions) => runRead(files, options, context));
  },
};
