/**
 * The `jindu` command line: argv → the application layer's use cases (src/app/useCases, the same the pane runs), on files opened
 * by the format adapters (.xlsx, .xls, .et, .csv, .docx).
 * Exit codes: 0 success, 1 the work found errors (or some input was unreadable), 2 nothing could be done
 * (an input unreadable, an output not written, a wrong option, an internal error). Every failure says so in
 * one line on stderr, in the chosen language, before the command returns.
 * Each command lives in its own module under commands/ and is listed in commands/index.ts.
 */
import { version as JINDU_VERSION } from '../../package.json';
import { Command } from 'commander';
import { formatMessage, parseLanguage, type Language } from '../core';
import { CLI_COMMANDS } from './commands';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** `out` is a terminal a person reads: JSON is indented there, and written compact for programs (pipes, files). */
  readonly outIsTerminal?: boolean;
  /**
   * Where progress of long work goes (consolidate, split, check of several files): stderr when it is a
   * terminal, absent when stderr is piped or redirected, so nothing but results and errors reach a log.
   * Each text rewrites the line it is on (`\r…`); a final `\n` ends it.
   */
  readonly progress?: (text: string) => void;
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

/** Commander's error codes that have a message of their own; the rest say `cli.usage.other`. */
const USAGE_KEYS: Readonly<Record<string, string>> = {
  'commander.unknownCommand': 'cli.usage.unknownCommand',
  'commander.unknownOption': 'cli.usage.unknownOption',
  'commander.missingArgument': 'cli.usage.missingArgument',
  'commander.missingMandatoryOptionValue': 'cli.usage.missingOption',
  'commander.optionMissingArgument': 'cli.usage.optionMissingValue',
  'commander.excessArguments': 'cli.usage.excessArguments',
};

/** One line in the user's language; what commander quoted (the option, the command) is kept as written. */
function usageError(language: Language, code: string, error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? text.replace(/^error:\s*/, '');
  return formatMessage(language, USAGE_KEYS[code] ?? 'cli.usage.other', { detail: quoted });
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
  // Commander's own error lines are English only; they are said again below in the user's language.
  const output = { writeOut: io.out, writeErr: io.err, outputError: () => undefined };
  const program = new Command('jindu')
    .description('进度助手 Jindu — 政府工作报告进展情况表的校验、数值核对与汇总')
    .version(JINDU_VERSION, '-V, --version')
    .exitOverride()
    .configureOutput(output);

  for (const command of CLI_COMMANDS) command.register(program, context);
  program.commands.forEach((command) => command.exitOverride().configureOutput(output));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    // A usage error (unknown option, missing argument) or a failure of the command itself: never silence.
    if (typeof code === 'string' && code.startsWith('commander.')) io.err(usageError(context.language, code, error));
    else io.err(formatMessage(context.language, 'cli.internalError', { detail: describeError(error) }));
    return 2;
  }
  return exitCode;
}
