/**
 * Core check throughput (parse + all rules + targets, `checkGrid`) at growing sheet sizes, each in a
 * fresh process so its peak memory is its own, the core bundled as the CLI and the pane ship it (bundledWorker). Bars: 10,000 rows within 1 s; 100,000 rows within 12×
 * the 10,000-row time (near-linear growth). The quick run scales the first bar to 1,000 rows in 100 ms.
 */
import path from 'node:path';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { bundledWorker } from '../_lib/bundledWorker';
import { sampleInWorker } from '../_lib/sampleInWorker';
import type { CoreCheckSample } from './coreCheckWorker';

const WORKER = path.join(__dirname, 'coreCheckWorker.ts');
const MEGABYTE = 1024 * 1024;
/** 1 s for 10,000 rows, i.e. 0.1 ms a row, at whatever size the bar is checked. */
const MILLISECONDS_PER_ROW_BAR = 0.1;
const GROWTH_BAR = 12;

/**
 * `barOn: 'fastest'` (the quick run CI makes) holds the bar against the fastest run rather than the median:
 * noise on a shared machine only adds time, and a smoke test that fails on noise teaches people to ignore it. The full run
 * keeps the median, the figure bench/README.md reports.
 */
export async function measureCoreCheck(sizes: readonly number[], barSize: number, barOn: 'median' | 'fastest' = 'median'): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const samples = new Map<number, CoreCheckSample>();
  const worker = await bundledWorker(WORKER);
  for (const size of sizes) {
    const sample = await sampleInWorker<CoreCheckSample>(worker, [String(size)], ['--expose-gc'], `the core check worker for ${size} rows`);
    samples.set(size, sample);
    const label = `core check, ${size.toLocaleString('en-US')} rows`;
    const detail = `median of ${sample.runs}; ${sample.issues.toLocaleString('en-US')} issues, ${sample.targets.toLocaleString('en-US')} targets`;
    if (size === barSize && barOn === 'fastest') {
      rows.push(infoRow(`core.check.${size}.ms`, label, sample.milliseconds, 'ms', detail));
      rows.push(atMostRow(`core.check.${size}.fastestMs`, '  fastest run', sample.fastestMilliseconds, 'ms', size * MILLISECONDS_PER_ROW_BAR, `the quick run's bar: fastest of ${sample.runs}`));
    } else if (size === barSize) {
      rows.push(atMostRow(`core.check.${size}.ms`, label, sample.milliseconds, 'ms', size * MILLISECONDS_PER_ROW_BAR, detail));
    } else {
      rows.push(infoRow(`core.check.${size}.ms`, label, sample.milliseconds, 'ms', detail));
    }
    rows.push(infoRow(`core.check.${size}.rowsPerSecond`, `  throughput`, (size / sample.milliseconds) * 1000, 'rows/s'));
    rows.push(
      infoRow(
        `core.check.${size}.peakMemory`,
        `  peak memory (whole process)`,
        sample.peakRssBytes / MEGABYTE,
        'MB',
        `${((sample.peakRssBytes - sample.startRssBytes) / MEGABYTE).toFixed(0)} MB above the process before the sheet was made`,
      ),
    );
  }
  const largest = Math.max(...sizes);
  const base = samples.get(barSize);
  const top = samples.get(largest);
  if (base && top && largest > barSize) {
    const growth = top.milliseconds / base.milliseconds;
    const sizeRatio = largest / barSize;
    rows.push(
      atMostRow(
        `core.check.growth.${largest}over${barSize}`,
        `core check growth, ${largest.toLocaleString('en-US')} ÷ ${barSize.toLocaleString('en-US')} rows`,
        growth,
        '×',
        GROWTH_BAR * (sizeRatio / 10),
        `${sizeRatio}× the rows`,
      ),
    );
  }
  if (barOn === 'median') {
    // The sources run by tsx, as `npm test` and a developer's scripts run them: what the bundle saves, shown beside it.
    const underTsx = await sampleInWorker<CoreCheckSample>(WORKER, [String(barSize)], ['--import', 'tsx', '--expose-gc'], `the core check worker under tsx for ${barSize} rows`);
    rows.push(infoRow(`core.check.${barSize}.tsxMs`, `core check, ${barSize.toLocaleString('en-US')} rows, sources under tsx`, underTsx.milliseconds, 'ms', `median of ${underTsx.runs}; not bundled`));
  }
  return rows;
}
