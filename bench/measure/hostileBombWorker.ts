/**
 * Runs in a process of its own (forked by `measureHostileBomb`), so the peak memory it reports is what
 * refusing one lying zip bomb cost. Arguments: the path (`check`: `jindu check FILE`, the own reader and
 * its fallback; `bytes`: `openWorkbookBytes`, the path of file mode and of `fill`/`split`) and the file.
 * Sends one `HostileBombSample` back.
 */
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { openWorkbookBytes } from '../../src/adapters/xlsx/openWorkbookBytes';
import { runCli } from '../../src/cli/main';

export type BombPath = 'check' | 'bytes';

export interface HostileBombSample {
  readonly path: BombPath;
  readonly milliseconds: number;
  readonly startRssBytes: number;
  readonly peakRssBytes: number;
  /** What the user is told: the stderr line, or the problem's key. */
  readonly outcome: string;
}

async function refuse(bombPath: BombPath, file: string): Promise<string> {
  if (bombPath === 'check') {
    const said: string[] = [];
    const code = await runCli(['check', file], { out: (text) => said.push(text), err: (text) => said.push(text) });
    return `exit ${code}: ${said.join(' ')}`;
  }
  const opened = await openWorkbookBytes(file, await readFile(file));
  return opened.ok ? 'opened' : opened.problem.key;
}

async function main(): Promise<void> {
  const [bombPath, file] = process.argv.slice(2);
  if ((bombPath !== 'check' && bombPath !== 'bytes') || file === undefined) throw new Error('usage: hostileBombWorker check|bytes FILE');
  const startRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  const outcome = await refuse(bombPath, file);
  const milliseconds = performance.now() - started;
  // maxRSS is in kilobytes: the most this process ever held, the tsx loader and Node itself included.
  const sample: HostileBombSample = { path: bombPath, milliseconds, startRssBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024, outcome };
  process.send?.(sample);
}

main().catch((error: unknown) => {
  process.stderr.write(`hostileBombWorker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
