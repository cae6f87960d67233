/**
 * The `jindu` command line: argv → core use cases, on .xlsx files through the ExcelJS adapter.
 * Exit codes: 0 success, 1 the work found errors (or some input was unreadable), 2 nothing could be done
 * (an input unreadable, an output not written, a wrong option, an internal error). Every failure says so in
 * one line on stderr, in the chosen language, before the command returns.
 * Each command lives in its own module under commands/ and is listed in commands/index.ts.
 */
import { Command } from 'commander';
import { formatMessage, parseLanguage, type Language } from '../core';
import { CLI_COMMANDS } from './commands';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `out` is a terminal a person reads: JSON is indented there, and written compact for programs (pipes, files). */
  readonly outIsTerminal?: boolean;
}

/** What a command module gets: where to write, the language, and a way to set the exit code. */
export interface CliContext {
  readonly io: CliIo;
  readonly language: Language;
  setExitCode(code: number): void;
}

export interface CliCommand {
  readonly name: string;
  register(program: Command, context: CliContext): void;
}

function languageOf(argv: readonly string[]): Language {
  const flag = argv.indexOf('--lang');
  return parseLanguage(flag >= 0 ? argv[flag + 1] : undefined);
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // One line: the message of a deep error may span several.
  return text.replace(/\s+/g, ' ').trim();
}

/** Runs the CLI and resolves to the exit code (never calls process.exit, so tests can drive it). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const context: CliContext = {
    io,
    language: languageOf(argv),
    setExitCode: (code) => {
      exitCode = Math.max(exitCode, code);
    },
  };
  const program = new Command('jindu')
    .description('进度助手 Jindu — 政府工作报告进展情况表的校验、数值核对与汇总')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  for (const command of CLI_COMMANDS) command.register(program, context);
  program.commands.forEach((command) => command.exitOverride().configureOutput({ writeOut: io.out, writeErr: io.err }));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    // Commander has printed its own line (unknown option, missing argument); anything else is a failure
    // of the command itself, which must not end in silence.
    if (typeof code !== 'string' || !code.startsWith('commander.')) io.err(formatMessage(context.language, 'cli.internalError', { detail: describeError(error) }));
    return 2;
  }
  return exitCode;
}
