/**
 * `jindu consolidate` writes a new OUT.xlsx with the streaming writer and an existing one through the
 * workbook model (its other sheets kept). Both must give the same 汇总 and 统计: every cell's value,
 * style and note, the merges, widths, frozen rows and page setup (print titles included), read back by ExcelJS and
 * by the product's own reader.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook as ExcelWorkbook, type Worksheet } from 'exceljs';
import { writeWorkbookFile } from '../../bench/_lib/workloadFiles';
import { generateBureauSheets } from '../../bench/workload';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { openWorkbookFileForReading } from '../../src/adapters/xlsx/openWorkbookFile';
import { runCli } from '../../src/cli/main';
import { writeBureauFiles } from '../fixtures/consolidate/writeBureauFiles';

let folder: string;
let inputs: string;
let roster: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-consolidate-streamed-'));
  inputs = path.join(folder, 'bureaus');
  await mkdir(inputs);
  ({ roster } = await writeBureauFiles(inputs));
  // Generated bureaus besides the hand-made ones: shared tasks, long progress texts, continuation rows.
  for (const bureau of generateBureauSheets(5, 40, 20261205)) await writeWorkbookFile(inputs, `${bureau.unit}.xlsx`, '三季度', bureau.rows);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const quiet = { out: () => undefined, err: () => undefined };

/** The text of a cell as Excel shows it: a rich-text value is its runs joined. */
function plainValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'richText' in value && Array.isArray(value.richText)) {
    return (value.richText as { text: string }[]).map((run) => run.text).join('');
  }
  return value;
}

/** Everything of a sheet a user can see or print, cell by cell, as plain data. */
function describeSheet(worksheet: Worksheet) {
  const cells: Record<string, unknown> = {};
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells[cell.address] = {
        value: cell.isMerged && cell.master.address !== cell.address ? 'merged' : plainValue(cell.value),
        style: JSON.parse(JSON.stringify(cell.style)) as unknown,
        note: cell.note ?? null,
      };
    });
  });
  const { pageSetup } = worksheet;
  return {
    cells,
    merges: (worksheet.model as { merges?: string[] }).merges ?? [],
    widths: (worksheet.columns ?? []).map((column) => column.width ?? null),
    views: worksheet.views.map((view) => JSON.parse(JSON.stringify(view)) as unknown),
    pageSetup: {
      orientation: pageSetup.orientation,
      paperSize: pageSetup.paperSize,
      fitToPage: pageSetup.fitToPage,
      fitToWidth: pageSetup.fitToWidth,
      fitToHeight: pageSetup.fitToHeight,
      printTitlesRow: pageSetup.printTitlesRow,
    },
  };
}

async function loadWithExcelJs(file: string): Promise<ExcelWorkbook> {
  const workbook = new ExcelWorkbook();
  await workbook.xlsx.load((await readFile(file)) as unknown as Parameters<ExcelWorkbook['xlsx']['load']>[0]);
  return workbook;
}

describe('jindu consolidate into a new file (streamed) and into an existing one (workbook model)', () => {
  let streamed: string;
  let modelled: string;

  beforeAll(async () => {
    streamed = path.join(folder, 'streamed.xlsx');
    modelled = path.join(folder, 'modelled.xlsx');
    const existing = XlsxWorkbook.create();
    await existing.apply([
      { op: 'addSheet', sheet: '说明', replace: false },
      { op: 'writeBlock', sheet: '说明', row: 0, column: 0, values: [['本表由进度助手汇总']] },
    ]);
    await writeFile(modelled, await existing.toBuffer());
    // Exit 1: the fixture folder holds one damaged file, listed and left out by both paths alike.
    expect(await runCli(['consolidate', inputs, '-o', streamed, '--roster', roster], quiet)).toBe(1);
    expect(await runCli(['consolidate', inputs, '-o', modelled, '--roster', roster], quiet)).toBe(1);
  });

  it.each(['汇总', '统计'])('writes the same %s cell by cell: values, styles, notes, merges, widths, views and page setup', async (sheet) => {
    const [fromStream, fromModel] = await Promise.all([loadWithExcelJs(streamed), loadWithExcelJs(modelled)]);
    const streamedSheet = fromStream.getWorksheet(sheet);
    const modelledSheet = fromModel.getWorksheet(sheet);
    if (streamedSheet === undefined || modelledSheet === undefined) throw new Error(`${sheet} is missing`);
    const described = describeSheet(streamedSheet);
    expect(described).toEqual(describeSheet(modelledSheet));
    // Not two empty sheets alike: the compiled sheet carries the fixture's findings.
    expect(Object.keys(described.cells).length).toBeGreaterThan(sheet === '汇总' ? 500 : 50);
    if (sheet === '汇总') {
      const notes = Object.values(described.cells).filter((cell) => (cell as { note: unknown }).note !== null);
      expect(notes.length).toBeGreaterThan(0);
      // The title spans the six columns, 填报单位, 来源 and the fixture's two extra columns.
      expect(described.merges).toEqual(['A1:J1']);
    }
  });

  it('reads back the same grids through the product’s own reader, text starting with = or - kept as text', async () => {
    const [fromStream, fromModel] = await Promise.all([openWorkbookFileForReading(streamed), openWorkbookFileForReading(modelled)]);
    if (!fromStream.ok || !fromModel.ok) throw new Error('a written workbook did not open');
    for (const sheet of ['汇总', '统计']) {
      const [a, b] = await Promise.all([fromStream.workbook.readSheet(sheet), fromModel.workbook.readSheet(sheet)]);
      expect({ values: a.values, text: a.text, merges: a.merges, numberFormats: a.numberFormats }).toEqual({
        values: b.values,
        text: b.text,
        merges: b.merges,
        numberFormats: b.numberFormats,
      });
    }
    const compiled = await fromStream.workbook.readSheet('汇总');
    const progress = compiled.values.slice(2).map((row) => row[4]);
    expect(progress).toEqual(expect.arrayContaining(['-中德中小企业合作区新签约项目3个。', '=完成年度评估材料报送，待商务部反馈。']));
    const formulaLike = compiled.values.findIndex((row) => row[4] === '=完成年度评估材料报送，待商务部反馈。');
    expect(compiled.numberFormats?.[formulaLike]?.[4]).toBe('@');
  });

  it('keeps the other sheets of an existing output and writes only 汇总 and 统计 into a new one', async () => {
    const [fromStream, fromModel] = await Promise.all([loadWithExcelJs(streamed), loadWithExcelJs(modelled)]);
    expect(fromStream.worksheets.map((worksheet) => worksheet.name)).toEqual(['汇总', '统计']);
    expect(fromModel.worksheets.map((worksheet) => worksheet.name)).toEqual(['说明', '汇总', '统计']);
  });
});
