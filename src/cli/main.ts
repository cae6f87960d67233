/**
 * The `jindu` command line: argv → core use cases, on .xlsx files through the ExcelJS adapter.
 * Exit codes: 0 success, 1 the work found errors (or some input was unreadable), 2 nothing could be done.
 */
import { Command } from 'commander';
import { formatMessage, parseLanguage, type Language } from '../core';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const PENDING_COMMANDS: readonly { name: string; summary: string }[] = [
  { name: 'check', summary: '校验进展情况表 / check a progress sheet' },
  { name: 'fill', summary: '修复与生成工作表 / repair and generate sheets' },
  { name: 'consolidate', summary: '汇总多个单位的表 / compile many bureaus\u2019 sheets' },
  { name: 'split', summary: '按责任单位拆分 / split a compiled plan per unit' },
];

/** Runs the CLI and resolves to the exit code (never calls process.exit, so tests can drive it). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const language: Language = parseLanguage(argv.includes('--lang') ? argv[argv.indexOf('--lang') + 1] : undefined);
  const program = new Command('jindu')
    .description('进度助手 Jindu — 政府工作报告进展情况表的校验、数值核对与汇总')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .option('--lang <lang>', '界面语言 zh-CN | en', 'zh-CN');

  for (const pending of PENDING_COMMANDS) {
    program
      .command(pending.name)
      .description(pending.summary)
      .allowUnknownOption(true)
      .argument('[args...]')
      .action(() => {
        io.err(formatMessage(language, 'cli.notYetAvailable', { command: pending.name }));
        exitCode = 2;
      });
  }

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    return 2;
  }
  return exitCode;
}
