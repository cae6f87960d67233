/**
 * `jindu split COMPILED.xlsx -o DIR/ [--by 责任单位] [--sheet NAME] [--json]`: one workbook per unit, in
 * the standard layout with 填报单位 filled. The sheet split is `--sheet`, else 汇总, else the first
 * report sheet. Exit 0 when every task went to some unit, 1 when some named no unit (listed),
 * 2 when nothing could be split or some unit's file could not be written (each such file is named; the
 * others are still written, each whole or not at all).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { formatMessage, issueMessage } from '../../core';
import { XlsxWorkbook } from '../../adapters/xlsx';
import { openWorkbookFile, saveWorkbookFile } from '../../adapters/xlsx/openWorkbookFile';
import { splitReport } from '../../app/useCases/splitReport';
import { formatJson } from '../format/json';
import { ProgressLine } from '../progressLine';
import type { CliCommand, CliContext } from '../main';

interface SplitCliOptions {
  readonly output: string;
  readonly by?: string;
  readonly sheet?: string;
  readonly json?: boolean;
}

async function runSplit(file: string, options: SplitCliOptions, context: CliContext): Promise<void> {
  const { io, language } = context;
  const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(language, key, params);
  const fail = (text: string) => {
    io.err(text);
    context.setExitCode(2);
  };
  const opened = await openWorkbookFile(file);
  if (!opened.ok) return fail(say(opened.problem.key, opened.problem.params));
  const split = await splitReport(opened.workbook, options.sheet, { ...(options.by === undefined ? {} : { by: options.by }), language });
  if (split === null) return fail(options.sheet === undefined ? say('split.cli.noSheet', { file }) : say('sheet.notFound', { sheet: options.sheet }));
  const { result, fileNames: names } = split;
  const blocking = result.issues.filter((issue) => issue.severity === 'error');
  if (result.parts.length === 0 || blocking.length > 0) {
    for (const issue of result.issues) io.err(issueMessage(issue, language));
    return fail(say('split.cli.noSheet', { file }));
  }

  try {
    await mkdir(options.output, { recursive: true });
  } catch (error) {
    return fail(say('split.cli.outputFolderUnusable', { dir: options.output, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  const files: { unit: string; file: string; tasks: number }[] = [];
  const failed: { unit: string; file: string; message: string }[] = [];
  // Every unit is attempted: one file that cannot be written (a link in the way, a full disk) is
  // reported by name and never keeps the other units from getting theirs.
  const progress = new ProgressLine(io.progress);
  for (const [index, part] of result.parts.entries()) {
    progress.update(say('cli.progress.splitting', { done: index + 1, total: result.parts.length, unit: part.unit }), index === 0 || index === result.parts.length - 1);
    const target = path.join(options.output, names.get(part) ?? `${part.fileName}.xlsx`);
    const workbook = XlsxWorkbook.create();
    await workbook.apply(part.operations);
    const saved = await saveWorkbookFile(workbook, target);
    if (saved.ok) files.push({ unit: part.unit, file: target, tasks: part.tasks });
    else failed.push({ unit: part.unit, file: target, message: say(saved.problem.key, saved.problem.params) });
  }
  progress.clear();

  const issues = result.issues.map((issue) => ({ rule: issue.rule, severity: issue.severity, sheet: issue.sheet, cell: issue.cell, row: issue.row, message: issueMessage(issue, language) }));
  if (options.json === true) {
    io.out(formatJson({ input: file, sheet: split.sheet, output: options.output, files, failed, unassigned: result.unassigned, issues }, io));
  } else {
    io.out([say('split.cli.written', { units: files.length, dir: options.output }), ...files.map((entry) => say('split.cli.part', { file: path.basename(entry.file), tasks: entry.tasks }))].join('\n'));
    for (const issue of issues) io.err(`${issue.sheet} ${issue.cell}  ${issue.message}`);
  }
  for (const failure of failed) io.err(failure.message);
  if (failed.length > 0) fail(say('split.cli.someFailed', { failed: failed.length, written: files.length }));
  if (result.unassigned.length > 0) context.setExitCode(1);
}

export const splitCommand: CliCommand = {
  name: 'split',
  register(program: Command, context: CliContext) {
    program
      .command('split')
      .description('按责任单位拆分 / split a compiled plan per unit')
      .argument('<file>', '汇总表或计划表 .xlsx / a compiled sheet or plan')
      .requiredOption('-o, --output <dir>', '输出文件夹 / folder for the units\u2019 workbooks')
      .option('--by <column>', '按哪一列拆分（默认：填报单位列，否则任务中的责任单位）/ the column of units to split by')
      .option('--sheet <name>', '要拆分的工作表 / the sheet to split')
      .option('--json', '以 JSON 输出结果 / print the result as one JSON object')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action((input: string, options: SplitCliOptions) => runSplit(input, options, context));
  },
};
