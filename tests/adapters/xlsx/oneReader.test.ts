/**
 * One reader: the page (file mode, previous reports) reads a user's .xlsx with the same sheet reader as
 * the CLI, so both show the same grid for the same file, including where ExcelJS would read otherwise
 * (formula results of 0, ISO dates, CJK built-in formats). ExcelJS stays the writer; after a write the
 * page reads the bytes ExcelJS writes, as `jindu check` would read a file `jindu fill` wrote.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as xlsx from '../../../src/adapters/xlsx';
import { buildSampleWorkbook, SAMPLE_REPORT_SHEET } from '../../../src/adapters/xlsx/buildSampleWorkbook';
import { openFileWorkbook, openWorkbookForReading } from '../../../src/adapters/xlsx/openFileWorkbook';
import { openWorkbookFileForReading } from '../../../src/adapters/xlsx/openWorkbookFile';
import type { SheetGrid, WorkbookReader } from '../../../src/core';
import { workbookPackage } from './sheetReaderParts';

const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;

/** Hand-made packages covering what the two readers used to read differently, and the plain cases. */
const PACKAGES: Readonly<Record<string, () => Uint8Array>> = {
  'formula results of 0 and FALSE': () =>
    workbookPackage({
      sheets: [{ name: '公式', body: sheetData('<row r="1"><c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>"完成"</f><v>完成</v></c></row>') }],
    }),
  'ISO dates and a CJK built-in format': () =>
    workbookPackage({
      styleFormatIds: [0, 14, 31],
      sheets: [{ name: '时间', body: sheetData('<row r="1"><c r="A1" s="1" t="d"><v>2025-09-30</v></c><c r="B1" s="2"><v>45930</v></c></row>') }],
    }),
  'shared strings, merges and literals between digits': () =>
    workbookPackage({
      sharedStrings: ['<si><t>序号</t></si>', '<si><t>任务</t></si>'],
      numberFormats: { 164: '0000"年"00"月"' },
      styleFormatIds: [0, 164],
      sheets: [
        {
          name: '进度',
          body:
            sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>202509</v></c></row>') +
            '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
        },
      ],
      method: 'deflated',
    }),
  'the 1904 date system written as true': () =>
    workbookPackage({
      workbookPr: '<workbookPr date1904="true"/>',
      styleFormatIds: [0, 14],
      sheets: [{ name: 'Mac', body: sheetData('<row r="1"><c r="A1" s="1"><v>43007</v></c></row>') }],
    }),
};

async function gridsOf(workbook: WorkbookReader): Promise<Record<string, SheetGrid>> {
  const grids: Record<string, SheetGrid> = {};
  for (const sheet of await workbook.listSheets()) grids[sheet.name] = await workbook.readSheet(sheet.name);
  return grids;
}

/** What the CLI reads from the file: its grids, or the message key of its refusal. */
async function cliRead(file: string): Promise<Record<string, SheetGrid> | string> {
  const opened = await openWorkbookFileForReading(file);
  return opened.ok ? gridsOf(opened.workbook) : opened.problem.key;
}

describe('the page reads a file as the CLI does', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'jindu-one-reader-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function samples(): Promise<[string, Uint8Array][]> {
    const made: [string, Uint8Array][] = Object.entries(PACKAGES).map(([name, build]) => [name, build()]);
    made.push(['the built-in sample', await (await buildSampleWorkbook(xlsx)).toBuffer()]);
    const fixtures = path.join(__dirname, '../../fixtures/files');
    for (const name of (await readdir(fixtures)).filter((entry) => entry.endsWith('.xlsx'))) made.push([name, new Uint8Array(await readFile(path.join(fixtures, name)))]);
    return made;
  }

  it('gives the same grids, or the same refusal, in file mode, for previous reports and in the CLI', async () => {
    const compared: string[] = [];
    for (const [name, bytes] of await samples()) {
      const file = path.join(folder, `${compared.length}.xlsx`);
      await writeFile(file, bytes);
      const cli = await cliRead(file);
      const forReading = await openWorkbookForReading(file, bytes);
      const inFileMode = await openFileWorkbook(file, bytes);
      expect({ name, grids: forReading.ok ? await gridsOf(forReading.workbook) : forReading.problem.key }).toEqual({ name, grids: cli });
      expect({ name, grids: inFileMode.ok ? await gridsOf(inFileMode.workbook) : inFileMode.problem.key }).toEqual({ name, grids: cli });
      compared.push(name);
    }
    // Refusals are compared too: the damaged, encrypted and non-workbook fixtures are among the samples.
    expect(compared.length).toBeGreaterThanOrEqual(Object.keys(PACKAGES).length + 5);
  });

  it('shows what Excel shows where ExcelJS would not: 0 and FALSE results, ISO dates, 年月 formats', async () => {
    const expectations: [string, string, string[][]][] = [
      ['formula results of 0 and FALSE', '公式', [['0', 'FALSE', '完成']]],
      ['ISO dates and a CJK built-in format', '时间', [['2025/9/30', '2025年9月30日']]],
      ['shared strings, merges and literals between digits', '进度', [['序号', '任务', ''], ['2025年09月', '', '']]],
      ['the 1904 date system written as true', 'Mac', [['2021/9/30']]],
    ];
    for (const [name, sheet, text] of expectations) {
      const bytes = PACKAGES[name]?.() ?? new Uint8Array();
      const opened = await openFileWorkbook(`${name}.xlsx`, bytes);
      expect(opened.ok).toBe(true);
      if (opened.ok) expect((await opened.workbook.readSheet(sheet)).text).toEqual(text);
      const exceljs = await xlsx.openWorkbookBytes(`${name}.xlsx`, bytes);
      if (name === 'formula results of 0 and FALSE' && exceljs.ok) expect((await exceljs.workbook.readSheet(sheet)).text).not.toEqual(text);
    }
  });

  it('after a write, reads the workbook ExcelJS writes with the same reader', async () => {
    const bytes = PACKAGES['formula results of 0 and FALSE']?.() ?? new Uint8Array();
    const opened = await openFileWorkbook('公式.xlsx', bytes);
    if (!opened.ok) throw new Error('the sample did not open');
    await opened.workbook.apply([{ op: 'writeBlock', sheet: '公式', row: 1, column: 0, values: [['进展', 3]] }]);
    const grid = await opened.workbook.readSheet('公式');
    expect(grid.text[1]).toEqual(['进展', '3', '']);
    const reread = await cliRead(await writeAndName(path.join(folder, 'written.xlsx'), await opened.workbook.toBuffer()));
    expect(typeof reread === 'string' ? reread : reread['公式']?.text).toEqual(grid.text);
  });

  it('reads the sample as the CLI does after marks are written and cleared', async () => {
    const sample = await (await buildSampleWorkbook(xlsx)).toBuffer();
    const opened = await openFileWorkbook('sample.xlsx', sample);
    if (!opened.ok) throw new Error('the sample did not open');
    const before = await opened.workbook.readSheet(SAMPLE_REPORT_SHEET);
    const saved = opened.workbook.saveDecorations(SAMPLE_REPORT_SHEET, ['B3']);
    await opened.workbook.apply([{ op: 'setFormat', sheet: SAMPLE_REPORT_SHEET, range: 'B3', format: { fill: '#FFC7CE' } }]);
    opened.workbook.restoreDecorations(saved);
    expect((await opened.workbook.readSheet(SAMPLE_REPORT_SHEET)).text).toEqual(before.text);
  });
});

async function writeAndName(file: string, bytes: Uint8Array): Promise<string> {
  await writeFile(file, bytes);
  return file;
}
