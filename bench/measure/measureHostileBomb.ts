/**
 * A 5 MB .xlsx whose worksheet part declares 100 bytes and inflates to 5 GB: refused with the
 * same message as an honest bomb, within 5 s and 500 MB of memory (the whole process), by `jindu check`
 * (the own reader, then its fallback) and by `openWorkbookBytes` (file mode, `fill`, `split`). Each path
 * runs in a fresh process so its peak memory is its own.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lyingBombBytes } from '../../tests/fixtures/hostile/hostileFiles';
import { atMostRow, conditionRow, type BenchRow } from '../_lib/benchRow';
import { sampleInWorker } from '../_lib/sampleInWorker';
import { withScratchFolder } from '../_lib/workloadFiles';
import type { HostileBombSample } from './hostileBombWorker';

const WORKER = path.join(__dirname, 'hostileBombWorker.ts');
const MEGABYTE = 1024 * 1024;
const TIME_BAR_MS = 5_000;
const MEMORY_BAR_MB = 500;

/** `inflatedMegabytes`: 5,120 in the full run (5 GB); the quick run uses a smaller lie, over the limit all the same. */
export async function measureHostileBomb(inflatedMegabytes: number): Promise<BenchRow[]> {
  return withScratchFolder(async (folder) => {
    const file = path.join(folder, 'lying-bomb.xlsx');
    await writeFile(file, await lyingBombBytes(inflatedMegabytes));
    const fileMegabytes = (await stat(file)).size / MEGABYTE;
    const label = `${fileMegabytes.toFixed(1)} MB .xlsx inflating to ${(inflatedMegabytes / 1024).toFixed(1)} GB, declaring 100 B`;
    const rows: BenchRow[] = [];
    for (const bombPath of ['check', 'bytes'] as const) {
      const sample = await sampleInWorker<HostileBombSample>(WORKER, [bombPath, file], ['--import', 'tsx'], `the bomb worker (${bombPath})`);
      const refused = sample.outcome.includes('解压后超过 500 MB') || sample.outcome === 'file.unpackedTooLarge';
      const name = bombPath === 'check' ? 'jindu check' : 'openWorkbookBytes (file mode, fill, split)';
      rows.push(conditionRow(`hostile.bomb.${bombPath}.refused`, `lying zip bomb, ${name}`, refused ? 1 : 0, '', 'refused as a bomb', refused, `${label}; ${sample.outcome}`));
      rows.push(atMostRow(`hostile.bomb.${bombPath}.ms`, '  time to refuse', sample.milliseconds, 'ms', TIME_BAR_MS));
      rows.push(
        atMostRow(
          `hostile.bomb.${bombPath}.peakMemory`,
          '  peak memory (whole process)',
          sample.peakRssBytes / MEGABYTE,
          'MB',
          MEMORY_BAR_MB,
          `${((sample.peakRssBytes - sample.startRssBytes) / MEGABYTE).toFixed(0)} MB above the process before the file was read`,
        ),
      );
    }
    return rows;
  });
}
