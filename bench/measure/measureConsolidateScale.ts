/**
 * `jindu consolidate` of a folder of many bureau files in a fresh process: rows per second and peak
 * memory (the whole process). The full run is a province compiling its cities, 2,000 files × 500 rows (a
 * million rows), within 2 GB: sources are compiled as each file is read and 汇总 is written row by row.
 * The files are generated one at a time, so the bench itself never holds the million rows either. The
 * worker runs with the Node flags the installed command gives consolidate (`src/cli/nodeFlags.ts`).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { sampleInWorker } from '../_lib/sampleInWorker';
import { CLI_NODE_FLAGS } from '../../src/cli/nodeFlags';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';
import { eachBureauSheet } from '../workload';
import type { ConsolidateScaleSample } from './consolidateScaleWorker';

const WORKER = path.join(__dirname, 'consolidateScaleWorker.ts');
const MEGABYTE = 1024 * 1024;
/** The whole process, Node and the loader included, at any size. */
const PEAK_MEMORY_BAR_MB = 2048;

export async function measureConsolidateScale(fileCount: number, rowsPerFile: number): Promise<BenchRow[]> {
  return withScratchFolder(async (scratch) => {
    const folder = path.join(scratch, 'bureaus');
    await mkdir(folder);
    for (const bureau of eachBureauSheet(fileCount, rowsPerFile, 20211011)) await writeWorkbookFile(folder, `${bureau.unit}.xlsx`, '三季度', bureau.rows);
    // With the flags the installed command runs with (its heap cap among them): the bench measures what users run.
    const sample = await sampleInWorker<ConsolidateScaleSample>(WORKER, [folder, path.join(scratch, '汇总.xlsx')], [...CLI_NODE_FLAGS, '--import', 'tsx'], 'the consolidate worker');
    if (sample.exitCode === 2 || sample.rows === 0) throw new Error(`jindu consolidate compiled nothing (exit ${sample.exitCode})`);
    const label = `${fileCount.toLocaleString('en-US')} files × ${rowsPerFile} rows`;
    return [
      infoRow(`consolidate.scale.${fileCount}x${rowsPerFile}.ms`, `consolidate in its own process, ${label}`, sample.milliseconds, 'ms', `${sample.rows.toLocaleString('en-US')} rows compiled`),
      infoRow(`consolidate.scale.${fileCount}x${rowsPerFile}.rowsPerSecond`, '  throughput', (sample.rows / sample.milliseconds) * 1000, 'rows/s'),
      atMostRow(
        `consolidate.scale.${fileCount}x${rowsPerFile}.peakMemory`,
        '  peak memory (whole process)',
        sample.peakRssBytes / MEGABYTE,
        'MB',
        PEAK_MEMORY_BAR_MB,
        `${((sample.peakRssBytes - sample.startRssBytes) / MEGABYTE).toFixed(0)} MB above the process at start`,
      ),
    ];
  });
}
