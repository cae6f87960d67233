/**
 * Runs in a process of its own (forked by `measureConsolidateScale`), so the peak memory it reports is
 * what one `jindu consolidate` of the folder cost. Arguments: the folder of bureau files and the output.
 * Sends one `ConsolidateScaleSample` back.
 */
import { performance } from 'node:perf_hooks';
import { runCli } from '../../src/cli/main';

export interface ConsolidateScaleSample {
  readonly milliseconds: number;
  readonly rows: number;
  readonly exitCode: number;
  readonly startRssBytes: number;
  readonly peakRssBytes: number;
}

async function main(): Promise<void> {
  const [folder, output] = process.argv.slice(2);
  if (folder === undefined || output === undefined) throw new Error('usage: consolidateScaleWorker FOLDER OUTPUT');
  const startRssBytes = process.memoryUsage().rss;
  let printed = '';
  const started = performance.now();
  const exitCode = await runCli(['consolidate', folder, '-o', output, '--json'], { out: (text) => (printed += text), err: () => undefined });
  const milliseconds = performance.now() - started;
  const rows = printed === '' ? 0 : (JSON.parse(printed) as { rows: number }).rows;
  // maxRSS is in kilobytes: the most this process ever held, the tsx loader and Node itself included.
  process.send?.({ milliseconds, rows, exitCode, startRssBytes, peakRssBytes: process.resourceUsage().maxRSS * 1024 } satisfies ConsolidateScaleSample);
}

main().catch((error: unknown) => {
  process.stderr.write(`consolidateScaleWorker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
