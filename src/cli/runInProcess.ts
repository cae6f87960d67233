/** Wires `runCli` to this process's streams: output, errors, whether they are terminals. */
import { runCli } from './main';

/** The part of a process stream the CLI uses (a fake one in tests). */
export interface CliStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * Runs the CLI on `argv` and resolves to its exit code. Progress goes to `stderr` only when it is a
 * terminal (a person watching); piped or redirected, stderr carries errors and nothing else.
 */
export async function runInProcess(argv: readonly string[], stdout: CliStream = process.stdout, stderr: CliStream = process.stderr): Promise<number> {
  const line = (stream: CliStream) => (text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);
  try {
    return await runCli(argv, {
      out: line(stdout),
      err: line(stderr),
      outIsTerminal: stdout.isTTY === true,
      ...(stderr.isTTY === true ? { progress: (text: string) => stderr.write(text) } : {}),
    });
  } catch (error) {
    stderr.write(`进度助手内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
