import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { runCli } from './src/cli/main';
import { writeWorkbookFile } from './bench/_lib/workloadFiles';
import { generateBureauSheets } from './bench/workload';
(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'cp-'));
  const files: string[] = [];
  for (const b of generateBureauSheets(10, 100, 20211011)) files.push(await writeWorkbookFile(folder, `${b.unit}.xlsx`, '三季度', b.rows));
  let n = 0;
  const one = async () => { await runCli(['consolidate', ...files, '-o', path.join(folder, `o${n++}.xlsx`), '--json'], { out: () => {}, err: () => {} }); };
  for (let i = 0; i < 10; i++) await one();
  const t = performance.now(); for (let i = 0; i < 20; i++) await one(); console.log('mean', ((performance.now() - t) / 20).toFixed(0));
})();
