/**
 * Runs the installed command again, in a child process started with Node flags (the heap cap of the commands that
 * hold many reports), with this process's standard streams, and ends this process as the child ended.
 */
import { spawn } from 'node:child_process';

const PASSED_ON: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * @example
 * relaunchWithNodeFlags(__filename, ['consolidate', '各单位', '-o', '汇总.xlsx'], ['--max-old-space-size=1536']);
 */
export function relaunchWithNodeFlags(script: string, argv: readonly string[], flags: readonly string[]): void {
  const child = spawn(process.execPath, [...flags, script, ...argv], { stdio: 'inherit' });
  // A terminal's Ctrl-C reaches both processes; a signal sent to this one alone is passed on, so the child never outlives it.
  const passOn = PASSED_ON.map((signal) => {
    const handler = () => child.kill(signal);
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  child.on('error', (error) => {
    process.stderr.write(`进度助手内部错误 / internal error: ${error.message}\n`);
    process.exitCode = 2;
  });
  child.on('exit', (code, signal) => {
    for (const stop of passOn) stop();
    if (signal !== null) process.kill(process.pid, signal);
    else process.exitCode = code ?? 2;
  });
}
