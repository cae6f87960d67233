/**
 * Runs in a process of its own (forked by `measureCoreCheck`), so the peak memory it reports belongs
 * to one sheet size alone. Argument: the number of task rows. Sends one `CoreCheckSample` back.
 */
import { checkGrid, gridFromRows } from '../../src/core';
import { collectGarbage, median, timeOnce } from '../_lib/timing';
import { generateProgressSheet } from '../workload';

export interface CoreCheckSample {
  readonly rows: number;
  /** Median milliseconds of one `checkGrid` over the sheet. */
  readonly milliseconds: number;
  readonly runs: number;
  /** The fastest of the runs: noise on a shared machine only adds time, so this is what the code costs. */
  readonly fastestMilliseconds: number;
  /** Resident memory before the sheet was generated, and the most the process ever held. */
  readonly startRssBytes: number;
  readonly peakRssBytes: number;
  readonly issues: number;
  readonly targets: number;
}

const WARM_UP_ROWS = 30_000;
const WARM_UP_SHEET_ROWS = 3_000;

/** Fewer repeats for bigger sheets: one 100,000-row run alone takes many seconds. */
function repeatsFor(rows: number): number {
  if (rows <= 2_000) return 7;
  if (rows <= 20_000) return 5;
  return 2;
}

async function sampleCoreCheck(rows: number): Promise<CoreCheckSample> {
  // Compiles the code paths first, so that the timed runs are not the interpreter's: 30,000 rows, as the CLI
  // section warms up. After 1,500 rows the quick run's 1,000-row checks took 72–110 ms (once 102 at the fastest, over
  // the bar); after 30,000 rows, 58–76 ms.
  const warmUp = gridFromRows('三季度', generateProgressSheet({ rows: WARM_UP_SHEET_ROWS, seed: 99 }));
  for (let run = 0; run < WARM_UP_ROWS / WARM_UP_SHEET_ROWS; run += 1) checkGrid(warmUp);
  collectGarbage();
  const startRssBytes = process.memoryUsage().rss;
  const grid = gridFromRows('三季度', generateProgressSheet({ rows, seed: 20211011 }));
  const times: number[] = [];
  let issues = 0;
  let targets = 0;
  const runs = repeatsFor(rows);
  // No forced collection between the timed runs: a forced full collection lets the hidden classes and
  // closures that compiled code refers to weakly die, V8 then throws that code away ("weak objects"), and
  // every run paid for compiling the check again: 1,000 rows took 70–180 ms with about as much CPU time
  // again on the compiler's thread, against 45–52 ms without. No user's check follows a forced collection;
  // the collections a check's own garbage causes are in the times.
  for (let run = 0; run < runs; run += 1) {
    times.push(
      await timeOnce(() => {
        const check = checkGrid(grid);
        issues = check.issues.length;
        targets = check.targets.length;
      }),
    );
  }
  return {
    rows,
    milliseconds: median(times),
    fastestMilliseconds: Math.min(...times),
    runs,
    startRssBytes,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    issues,
    targets,
  };
}

const rows = Number(process.argv[2]);
if (!Number.isInteger(rows) || rows <= 0) {
  process.stderr.write(`coreCheckWorker: expected a positive row count, got ${String(process.argv[2])}\n`);
  process.exit(2);
}
sampleCoreCheck(rows).then(
  (sample) => {
    process.send?.(sample);
  },
  (error: unknown) => {
    process.stderr.write(`coreCheckWorker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
