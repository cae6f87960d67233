/**
 * The installed command (`dist-cli/jindu.js` and the CLI it compiles through V8's code cache, all built
 * ahead of time, run as users run it: the file itself, through its first line) checking a seed sheet,
 * against `node -e 0` on the same machine. The two are run alternately, each in a fresh process, and the
 * fastest run of each compared. Bar: ≤ 3 × `node -e 0`.
 *
 * Why the fastest and not the medians: on a 2-core machine shared with other work the command (which keeps V8's
 * compiler and collector threads busy beside its own) is slowed by neighbours far more than `node -e 0`, so the
 * ratio of medians measured the machine's load (2.7× quiet, 3.25× in a CI run whose quick core check ran at half
 * its usual speed). The fastest run of each is each side's own cost, the estimator the quick run already uses for
 * the core and consolidate bars; the medians are still printed.
 */
import { spawnSync } from 'node:child_process';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { seed000Rows } from '../../src/core';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { median } from '../_lib/timing';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';

const ROOT = path.resolve(__dirname, '..', '..');
const COMMAND = path.join(ROOT, 'dist-cli', 'jindu.js');
const RATIO_BAR = 3;

/** Milliseconds of one fresh process, which must exit as `expected` says. */
function timeProcess(file: string, args: readonly string[], accept: (code: number | null) => boolean): number {
  const started = performance.now();
  const run = spawnSync(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const milliseconds = performance.now() - started;
  if (run.error !== undefined || !accept(run.status)) throw new Error(`${path.basename(file)} ${args.join(' ')} failed (exit ${String(run.status)}): ${run.stderr?.toString().trim() ?? run.error?.message}`);
  return milliseconds;
}

/** `npm run build:cli` before measuring, so the command measured is the one the sources give (esbuild takes a second). */
function buildCommand(): void {
  const built = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-cli.ts')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  if (built.status !== 0) throw new Error(`npm run build:cli failed: ${built.stderr.toString().trim()}`);
}

export async function measureCliStartup(repeats: number): Promise<BenchRow[]> {
  buildCommand();
  await stat(COMMAND);
  return withScratchFolder(async (scratch) => {
    const seed = await writeWorkbookFile(scratch, 'seed000.xlsx', '三季度', seed000Rows.map((row) => [...row]));
    const node: number[] = [];
    const command: number[] = [];
    // One of each first, unmeasured: the files are in the page cache for both sides alike.
    timeProcess(process.execPath, ['-e', '0'], (code) => code === 0);
    timeProcess(COMMAND, ['check', seed], (code) => code === 0 || code === 1);
    for (let run = 0; run < repeats; run += 1) {
      node.push(timeProcess(process.execPath, ['-e', '0'], (code) => code === 0));
      command.push(timeProcess(COMMAND, ['check', seed], (code) => code === 0 || code === 1));
    }
    const nodeMs = Math.min(...node);
    const commandMs = Math.min(...command);
    return [
      infoRow('cli.startup.check.ms', 'installed jindu check, seed sheet (fresh process)', commandMs, 'ms', `fastest of ${repeats}, dist-cli/jindu.js run through its first line; median ${median(command).toFixed(0)} ms`),
      infoRow('cli.startup.node.ms', '  node -e 0', nodeMs, 'ms', `fastest of ${repeats}, alternating with the command; median ${median(node).toFixed(0)} ms`),
      atMostRow('cli.startup.ratio', '  jindu check ÷ node -e 0', commandMs / nodeMs, '×', RATIO_BAR, `fastest runs; medians ${(median(command) / median(node)).toFixed(2)}×`),
    ];
  });
}
