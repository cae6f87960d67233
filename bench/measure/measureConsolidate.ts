/**
 * `jindu consolidate` of many bureau files into one workbook, against ExcelJS loading the same files and
 * writing a workbook of the same rows: the ratio says what compiling adds to the reading and writing
 * nobody can avoid. Bar: ≤ 1.5, on the medians of the full run. The quick run CI makes holds it on the fastest run of each
 * side, as it holds the core check and the worst cell: noise on a shared machine only adds time, and it does not add it to
 * both sides alike — a run with another process busy on the second core measured 1.8–2.6× where a quiet one measured 1.46×,
 * the same code.
 */
import { Workbook as ExcelWorkbook } from 'exceljs';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { collectGarbage, median, timesAlternating } from '../_lib/timing';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';
import { generateBureauSheets } from '../workload';
import { loadWithExcelJs } from './measureCliCheck';

const RATIO_BAR = 1.5;
/** Rows consolidated by each side before timing, as the CLI check section warms up: the compiler's first passes are not what the ratio is about. */
const WARM_UP_ROWS = 30_000;

/** The unavoidable part: read every file, put every row of its sheets into one sheet, write that. */
async function loadAndWriteWithExcelJs(files: readonly string[], output: string): Promise<void> {
  const compiled = new ExcelWorkbook();
  const sheet = compiled.addWorksheet('汇总');
  for (const file of files) {
    const source = await loadWithExcelJs(file);
    for (const worksheet of source.worksheets) {
      worksheet.eachRow((row) => {
        sheet.addRow(Array.isArray(row.values) ? row.values.slice(1) : []);
      });
    }
  }
  await compiled.xlsx.writeFile(output);
}

async function runCliConsolidate(files: readonly string[], output: string): Promise<void> {
  let printed = 0;
  const code = await runCli(['consolidate', ...files, '-o', output, '--json'], { out: (text) => (printed += text.length), err: (text) => (printed += text.length) });
  if (code === 2 || printed === 0) throw new Error(`jindu consolidate could not compile the bench files (exit ${code})`);
}

export async function measureConsolidate(fileCount: number, rowsPerFile: number, repeats: number, barOn: 'median' | 'fastest' = 'median'): Promise<BenchRow[]> {
  return withScratchFolder(async (folder) => {
    const bureaus = generateBureauSheets(fileCount, rowsPerFile, 20211011);
    const files: string[] = [];
    for (const bureau of bureaus) files.push(await writeWorkbookFile(folder, `${bureau.unit}.xlsx`, '三季度', bureau.rows));
    // Each run writes a new file: `consolidate` keeps the other sheets of an existing output, which would grow.
    let run = 0;
    const nextOutput = (kind: string) => path.join(folder, `${kind}-${(run += 1)}.xlsx`);
    for (let warm = 0; warm < Math.max(1, Math.ceil(WARM_UP_ROWS / (fileCount * rowsPerFile))); warm += 1) {
      await runCliConsolidate(files, nextOutput('warm'));
      await loadAndWriteWithExcelJs(files, nextOutput('warm'));
    }
    collectGarbage();
    const times = await timesAlternating(
      () => runCliConsolidate(files, nextOutput('jindu')),
      () => loadAndWriteWithExcelJs(files, nextOutput('exceljs')),
      repeats,
    );
    const [jindu, excelJs] = [median(times.first), median(times.second)];
    const [fastestJindu, fastestExcelJs] = [Math.min(...times.first), Math.min(...times.second)];
    const label = `${fileCount} files × ${rowsPerFile} rows`;
    const ratio =
      barOn === 'fastest'
        ? atMostRow(`consolidate.${fileCount}x${rowsPerFile}.ratio`, `  consolidate ÷ ExcelJS load + write`, fastestJindu / fastestExcelJs, '×', RATIO_BAR,
            `the quick run's bar: fastest of ${repeats} each (${fastestJindu.toFixed(0)} ÷ ${fastestExcelJs.toFixed(0)} ms); medians ${(jindu / excelJs).toFixed(2)}×`)
        : atMostRow(`consolidate.${fileCount}x${rowsPerFile}.ratio`, `  consolidate ÷ ExcelJS load + write`, jindu / excelJs, '×', RATIO_BAR);
    return [
      infoRow(`consolidate.${fileCount}x${rowsPerFile}.ms`, `consolidate, ${label}`, jindu, 'ms', `median of ${repeats}, read + check + compile + write`),
      infoRow(`consolidate.${fileCount}x${rowsPerFile}.excelJs.ms`, `  ExcelJS load all + write rows`, excelJs, 'ms'),
      ratio,
    ];
  });
}
