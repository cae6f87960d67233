/**
 * Reads every .xlsx in a folder with Jindu's own reader and reports what a user would meet: files refused
 * (with the reason), `[object Object]` in shown text, and files over 10 s or 1 GB. Not part of CI: the
 * folder holds third-party files, which stay out of the repository.
 *
 *   npx tsx scripts/conformance.ts FOLDER
 *
 * Comparing the shown text with a judge (SheetJS plus a zh-CN formatter) is still to be added.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { XlsxSheetReader } from '../src/adapters/xlsx/sheetReader';

const SLOW_MILLISECONDS = 10_000;
const HEAVY_BYTES = 1024 ** 3;

async function main(folder: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => /\.xls[xm]$/i.test(name)).sort();
  const refused = new Map<string, string[]>();
  const objectText: string[] = [];
  const slow: string[] = [];
  let read = 0;
  let cells = 0;
  for (const name of names) {
    const bytes = await readFile(path.join(folder, name));
    const started = performance.now();
    const heapBefore = process.memoryUsage().heapUsed;
    try {
      const reader = XlsxSheetReader.read(bytes);
      for (const sheet of await reader.listSheets()) {
        const grid = await reader.readSheet(sheet.name);
        for (const row of grid.text) for (const text of row) {
          if (text !== '') cells += 1;
          if (text.includes('[object Object]')) objectText.push(`${name} · ${sheet.name}`);
        }
      }
      read += 1;
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/ in [^ ]+$/, '').replace(/\d+/g, 'N') : String(error);
      refused.set(reason, [...(refused.get(reason) ?? []), name]);
    }
    const elapsed = performance.now() - started;
    if (elapsed > SLOW_MILLISECONDS || process.memoryUsage().heapUsed - heapBefore > HEAVY_BYTES) slow.push(`${name} ${Math.round(elapsed)} ms`);
  }
  console.log(`files ${names.length}, read ${read}, refused ${names.length - read}, non-empty cells ${cells}`);
  console.log(`[object Object]: ${objectText.length}`, objectText.slice(0, 10));
  console.log(`over 10 s or 1 GB: ${slow.length}`, slow);
  for (const [reason, files] of [...refused].sort((a, b) => b[1].length - a[1].length)) console.log(`${files.length}\t${reason}\t${files.slice(0, 3).join(' ')}`);
}

void main(process.argv[2] ?? '.');
