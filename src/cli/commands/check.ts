/**
 * `jindu check FILE.xlsx [--sheet NAME] [--period 三季度] [--vocab 完成,基本完成,…] [--previous LAST.xlsx
 * [--previous-sheet NAME]] [--json] [--lang en]`: checks the report sheets of a workbook, and with `--previous`
 * against the previous report too (copied progress, totals that went down, edited plans). Exit 0 when no error was found, 1 when errors were,
 * 2 when the file (or the named sheet) could not be read or an option is not understood.
 */
import type { Command } from 'commander';
import { formatMessage, parsePeriod, parseVocabulary, type CheckOptions } from '../../core';
import { checkReports, type PreviousReport } from '../../app/useCases/checkReports';
import { openInput } from '../openInput';
import { openSpreadsheetFile } from '../../adapters/formats/openSpreadsheetFile';
import { checkJson, formatCheckReport } from '../format/checkReport';
import { formatJson } from '../format/json';
import type { CliCommand, CliContext } from '../main';

interface CheckCommandOptions {
  readonly sheet?: string;
  readonly period?: string;
  readonly vocab?: string;
  readonly json?: boolean;
  readonly previous?: string;
  readonly previousSheet?: string;
}

async function runCheck(file: string, options: CheckCommandOptions, context: CliContext): Promise<void> {
  const { io, language } = context;
  const fail = (key: string, params: Record<string, string | number>) => {
    io.err(formatMessage(language, key, params));
    context.setExitCode(2);
  };
  if (options.period !== undefined && parsePeriod(options.period) === null) return fail('check.badPeriod', { period: options.period });
  const vocabulary = options.vocab === undefined ? undefined : parseVocabulary(options.vocab);
  if (vocabulary !== undefined && vocabulary.length === 0) return fail('check.badVocabulary', {});

  const opened = await openSpreadsheetFile(file);
  if (!opened.ok) return fail(opened.problem.key, opened.problem.params);
  const checkOptions: CheckOptions = {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(vocabulary !== undefined ? { vocabulary } : {}),
  };
  const previousFile = options.previous;
  const previous: PreviousReport | undefined =
    previousFile === undefined
      ? undefined
      : { file: previousFile.replace(/^.*[\\/]/, ''), open: () => openInput(previousFile), ...(options.previousSheet !== undefined ? { sheet: options.previousSheet } : {}) };
  const checked = await checkReports(opened.workbook, checkOptions, previous);
  if (!checked.ok) return fail(checked.problem.key, { ...checked.problem.params });
  const { result } = checked;

  if (options.json) io.out(formatJson(checkJson(file, result, language), io));
  else io.out(formatCheckReport(file, result, language).join('\n'));
  context.setExitCode(result.summary.error > 0 ? 1 : 0);
}

export const checkCommand: CliCommand = {
  name: 'check',
  register(program: Command, context: CliContext) {
    program
      .command('check')
      .description('校验进展情况表 / check a progress sheet')
      .argument('<file>', '.xlsx、.xls、.et 工作簿，.csv 文件或含表格的 .docx 文档 / .xlsx, .xls or .et workbook, .csv file or .docx document with a table')
      .option('--sheet <name>', '只校验此工作表 / check only this sheet')
      .option('--period <period>', '本期时间，如 三季度 / the report period')
      .option('--vocab <words>', '自我评价用语，逗号分隔 / self-assessment words, comma-separated')
      .option('--previous <file>', '对照上期报告（.xlsx、.xls 等）/ compare with the previous report')
      .option('--previous-sheet <name>', '上期报告中的工作表 / the previous report\'s sheet')
      .option('--json', '输出 JSON / print JSON')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action((file: string, options: CheckCommandOptions) => runCheck(file, options, context));
  },
};
