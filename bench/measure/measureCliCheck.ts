/**
 * `jindu check` on an .xlsx file (read through the fast reader, check, print JSON) against ExcelJS merely
 * loading the same file: the ratio says what our work adds to the read nobody can avoid. Bar: ≤ 1.5.
 */
import { readFile } from 'node:fs/promises';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { openWorkbookFileForReading } from '../../src/adapters/xlsx/openWorkbookFile';
import { checkJson } from '../../src/cli/format/checkReport';
import { formatJson } from '../../src/cli/format/json';
import { runCli } from '../../src/cli/main';
import { checkGrid, type SheetCheck, type SheetGrid } from '../../src/core';
import { atMostRow, infoRow, type BenchRow } from '../_lib/benchRow';
import { collectGarbage, median, medianTimesAlternating, timeOnce } from '../_lib/timing';
import { withScratchFolder, writeWorkbookFile } from '../_lib/workloadFiles';
import { generateProgressSheet } from '../workload';

const RATIO_BAR = 1.5;
const WARM_UP_ROWS = 30_000;

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

/**
 * Where the CLI's time goes, step by step along the same path (medians): reading the file into a grid
 * (`openWorkbookFileForReading`, the fast reader), the check itself, and the JSON. Tells the owners which to speed up.
 */
async function breakdownOf(file: string, repeats: number): Promise<string> {
  const steps: Record<'read' | 'check' | 'json', number[]> = { read: [], check: [], json: [] };
  for (let run = 0; run < repeats; run += 1) {
    let grid: SheetGrid | null = null;
    steps.read.push(
      await timeOnce(async () => {
        const opened = await openWorkbookFileForReading(file);
        if (!opened.ok) throw new Error(`the bench file did not open: ${opened.problem.key}`);
        grid = await opened.workbook.readSheet('三季度');
      }),
    );
    if (grid === null) throw new Error('the bench sheet was not read');
    const sheetGrid: SheetGrid = grid;
    let sheetCheck: SheetCheck | null = null;
    steps.check.push(await timeOnce(() => (sheetCheck = checkGrid(sheetGrid))));
    if (sheetCheck === null) throw new Error('the bench sheet was not checked');
    const checked: SheetCheck = sheetCheck;
    const result = { sheets: [checked], notices: [], summary: checked.summary };
    // As the CLI writes it to a program (the bench reads the output like a pipe): compact.
    steps.json.push(await timeOnce(() => formatJson(checkJson(file, result, 'zh-CN'), { out: () => undefined, err: () => undefined })));
  }
  const [read, check, json] = [steps.read, steps.check, steps.json].map((times) => median(times).toFixed(0));
  return `read ${read} + checkGrid ${check} + JSON ${json} ms`;
}

export async function measureCliCheck(rows: number, repeats: number): Promise<BenchRow[]> {
  return withScratchFolder(async (folder) => {
    const file = await writeWorkbookFile(folder, `bench-${rows}.xlsx`, '三季度', generateProgressSheet({ rows, seed: 20211011 }));
    // Before timing, each side reads at least WARM_UP_ROWS rows: module loading and the compiler's first
    // passes are not what the ratio is about, and one run of a small file does not get through them.
    for (let run = 0; run < Math.max(1, Math.ceil(WARM_UP_ROWS / rows)); run += 1) {
      await loadWithExcelJs(file);
      await runCliCheck(file);
    }
    collectGarbage();
    const times = await medianTimesAlternating(() => runCliCheck(file), () => loadWithExcelJs(file), repeats);
    const label = `${rows.toLocaleString('en-US')}-row .xlsx`;
    const breakdown = await breakdownOf(file, repeats);
    return [
      infoRow(`cli.check.${rows}.ms`, `CLI check, ${label}`, times.first, 'ms', `median of ${repeats}, open + check + JSON`),
      infoRow(`cli.check.${rows}.excelJsLoad.ms`, `  ExcelJS load of the same file`, times.second, 'ms'),
      atMostRow(`cli.check.${rows}.ratio`, `  CLI check ÷ ExcelJS load`, times.first / times.second, '×', RATIO_BAR, breakdown),
    ];
  });
}
