/**
 * `jindu check FILE.xlsx [--sheet NAME] [--period 三季度] [--vocab 完成,基本完成,…] [--json] [--lang en]`:
 * checks the report sheets of a workbook. Exit 0 when no error was found, 1 when errors were,
 * 2 when the file (or the named sheet) could not be read or an option is not understood.
 */
import type { Command } from 'commander';
import { checkWorkbook, formatMessage, parsePeriod, type CheckOptions } from '../../core';
import { openWorkbookFileForReading } from '../../adapters/xlsx/openWorkbookFile';
import { checkJson, formatCheckReport } from '../format/checkReport';
import { formatJson } from '../format/json';
import type { CliCommand, CliContext } from '../main';

interface CheckCommandOptions {
  readonly sheet?: string;
  readonly period?: string;
  readonly vocab?: string;
  readonly json?: boolean;
}

/** `完成,基本完成，序时推进、滞后` → the words; commas of either width and 、 separate them. */
export function parseVocabulary(text: string): string[] {
  return text
    .split(/[,，、;；]/)
    .map((word) => word.trim())
    .filter((word) => word !== '');
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

  const opened = await openWorkbookFileForReading(file);
  if (!opened.ok) return fail(opened.problem.key, opened.problem.params);
  const checkOptions: CheckOptions = {
    ...(options.sheet !== undefined ? { sheet: options.sheet } : {}),
    ...(options.period !== undefined ? { period: options.period } : {}),
    ...(vocabulary !== undefined ? { vocabulary } : {}),
  };
  const result = await checkWorkbook(opened.workbook, checkOptions);
  // A named sheet that is not there: nothing could be checked.
  const missingSheet = result.notices.find((notice) => notice.rule === 'sheet.notFound');
  if (missingSheet) return fail('sheet.notFound', { sheet: missingSheet.sheet });

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
      .argument('<file>', '.xlsx 工作簿 / workbook')
      .option('--sheet <name>', '只校验此工作表 / check only this sheet')
      .option('--period <period>', '本期时间，如 三季度 / the report period')
      .option('--vocab <words>', '自我评价用语，逗号分隔 / self-assessment words, comma-separated')
      .option('--json', '输出 JSON / print JSON')
      .option('--lang <lang>', '界面语言 zh-CN | en')
      .action((file: string, options: CheckCommandOptions) => runCheck(file, options, context));
  },
};
