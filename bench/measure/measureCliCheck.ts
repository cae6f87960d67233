/**
 * `jindu check` on an .xlsx file (open through the xlsx adapter, check, print JSON) against ExcelJS merely
 * loading the same file: the ratio says what our work adds to the read nobody can avoid. Bar: ≤ 1.5.
 */
import { readFile } from 'node:fs/promises';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { runCli } from '../../src/cli/main';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { collectGarbage, medianTimesAlternating } from '../_lib/timing';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';
import { generateProgressSheet } from '../workload';

const RATIO_BAR = 1.5;

export async function loadWithExcelJs(file: string): Promise<ExcelWorkbook> {
  const workbook = new ExcelWorkbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as Parameters<ExcelWorkbook['xlsx']['load']>[0]);
  return workbook;
}

/** Runs `jindu check FILE --json` in this process, its output kept (and its exit code checked) rather than printed. */
async function runCliCheck(file: string): Promise<void> {
  let printed = 0;
  const code = await runCli(['check', file, '--json'], { out: (text) => (printed += text.length), err: (text) => (printed += text.length) });
  if (code === 2 || printed === 0) throw new Error(`jindu check could not check the bench file ${file} (exit ${code})`);
}

export async function measureCliCheck(rows: number, repeats: number): Promise<BenchRow[]> {
  return withScratchFolder(async (folder) => {
    const file = await writeWorkbookFile(folder, `bench-${rows}.xlsx`, '三季度', generateProgressSheet({ rows, seed: 20211011 }));
    // Once each before timing: module loading and the first compilation are not what users wait for twice.
    await loadWithExcelJs(file);
    await runCliCheck(file);
    collectGarbage();
    const times = await medianTimesAlternating(() => runCliCheck(file), () => loadWithExcelJs(file), repeats);
    const label = `${rows.toLocaleString('en-US')}-row .xlsx`;
    return [
      infoRow(`cli.check.${rows}.ms`, `CLI check, ${label}`, times.first, 'ms', `median of ${repeats}, open + check + JSON`),
      infoRow(`cli.check.${rows}.excelJsLoad.ms`, `  ExcelJS load of the same file`, times.second, 'ms'),
      atMostRow(`cli.check.${rows}.ratio`, `  CLI check ÷ ExcelJS load`, times.first / times.second, '×', RATIO_BAR),
    ];
  });
}
