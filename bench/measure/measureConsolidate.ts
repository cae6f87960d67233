/**
 * `jindu consolidate` of many bureau files into one workbook, against ExcelJS loading the same files and
 * writing a workbook of the same rows: the ratio says what compiling adds to the reading and writing
 * nobody can avoid. Bar: ≤ 1.5.
 */
import { Workbook as ExcelWorkbook } from 'exceljs';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { collectGarbage, medianTimesAlternating } from '../_lib/timing';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';
import { generateBureauSheets } from '../workload';
import { loadWithExcelJs } from './measureCliCheck';

const RATIO_BAR = 1.5;

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

export async function measureConsolidate(fileCount: number, rowsPerFile: number, repeats: number): Promise<BenchRow[]> {
  return withScratchFolder(async (folder) => {
    const bureaus = generateBureauSheets(fileCount, rowsPerFile, 20211011);
    const files: string[] = [];
    for (const bureau of bureaus) files.push(await writeWorkbookFile(folder, `${bureau.unit}.xlsx`, '三季度', bureau.rows));
    // Each run writes a new file: `consolidate` keeps the other sheets of an existing output, which would grow.
    let run = 0;
    const nextOutput = (kind: string) => path.join(folder, `${kind}-${(run += 1)}.xlsx`);
    await runCliConsolidate(files, nextOutput('warm'));
    await loadAndWriteWithExcelJs(files, nextOutput('warm'));
    collectGarbage();
    const times = await medianTimesAlternating(
      () => runCliConsolidate(files, nextOutput('jindu')),
      () => loadAndWriteWithExcelJs(files, nextOutput('exceljs')),
      repeats,
    );
    const label = `${fileCount} files × ${rowsPerFile} rows`;
    return [
      infoRow(`consolidate.${fileCount}x${rowsPerFile}.ms`, `consolidate, ${label}`, times.first, 'ms', `median of ${repeats}, read + check + compile + write`),
      infoRow(`consolidate.${fileCount}x${rowsPerFile}.excelJs.ms`, `  ExcelJS load all + write rows`, times.second, 'ms'),
      atMostRow(`consolidate.${fileCount}x${rowsPerFile}.ratio`, `  consolidate ÷ ExcelJS load + write`, times.first / times.second, '×', RATIO_BAR),
    ];
  });
}
