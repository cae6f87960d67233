/**
 * A second opinion on the .xls reader from another writer of Excel 97-2003 files: LibreOffice, as many
 * bureaus' machines (信创 desktops) save with it. A workbook written as .xlsx by SheetJS is converted to
 * .xls by `soffice --headless --convert-to xls`; Jindu must read the .xls as it reads the .xlsx (every
 * shown text, merged area and issue). LibreOffice is some 2 minutes of packages to install, more than CI
 * is given for it, so the test runs where `soffice` is installed (Debian: `libreoffice-calc-nogui`) and
 * says it was skipped elsewhere.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { openSpreadsheetBytes } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { openWorkbookForReading } from '../../../src/adapters/xlsx';
import { checkWorkbook, type WorkbookReader } from '../../../src/core';
import { COMMERCE } from '../../fixtures/consolidate/bureaus';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
const hasLibreOffice = soffice.status === 0;
const describeWithLibreOffice = hasLibreOffice ? describe : describe.skip;
if (!hasLibreOffice) console.info('LibreOffice (soffice) is not installed: the second opinion on .xls files is skipped.');

/** COMMERCE's report, and a sheet of the cells an .xls holds beyond text: formats, a formula, merged cells. */
function sheetJsWorkbook(): XLSX.WorkBook {
  const workbook = XLSX.utils.book_new();
  const report = (COMMERCE.sheets['三季度'] ?? []).map((row) => row.map((value) => (typeof value === 'object' && value !== null ? value.error : value)));
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(report), '三季度');
  const figures = XLSX.utils.aoa_to_sheet([
    ['指标', '数值', '完成率', '截止日期', '合计'],
    ['新建学校', 12, 0.856, 45565, null],
    ['新增学位', 5000, 1.2, 45657, null],
    ['说明：两项合计', null, null, null, null],
  ]);
  const format = (address: string, code: string) => {
    const cell = figures[address] as XLSX.CellObject | undefined;
    if (cell) cell.z = code;
  };
  format('B3', '#,##0');
  format('C2', '0.0%');
  format('C3', '0%');
  format('D2', 'yyyy"年"m"月"d"日"');
  format('D3', 'yyyy/m/d');
  figures['E2'] = { t: 'n', f: 'B2+B3', v: 5012 };
  figures['!merges'] = [{ s: { r: 3, c: 0 }, e: { r: 3, c: 4 } }];
  XLSX.utils.book_append_sheet(workbook, figures, '指标');
  return workbook;
}

/** The index of the last item that is not empty, -1 when none is. */
function lastFilled(items: readonly (string | readonly string[])[]): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if ((items[index] ?? '').length > 0) return index;
  return -1;
}

async function gridsOf(workbook: WorkbookReader) {
  const sheets = await workbook.listSheets();
  return Promise.all(
    sheets.map(async (sheet) => {
      const grid = await workbook.readSheet(sheet.name);
      // Trailing empty rows and columns are layout, not content: LibreOffice may keep or drop them.
      const trimmed = grid.text.map((row) => row.slice(0, lastFilled(row) + 1));
      const text = trimmed.slice(0, lastFilled(trimmed) + 1);
      return { name: sheet.name, text, merges: [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left) };
    }),
  );
}

describeWithLibreOffice('an .xls written by LibreOffice', () => {
  let folder: string;
  let xlsxPath: string;
  let xlsBytes: Uint8Array;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'jindu-libreoffice-'));
    xlsxPath = path.join(folder, '市商务局.xlsx');
    await writeFile(xlsxPath, new Uint8Array(XLSX.write(sheetJsWorkbook(), { bookType: 'xlsx', type: 'buffer' }) as ArrayBuffer));
    // A profile of its own, so a LibreOffice the user has open is neither used nor disturbed.
    const converted = spawnSync('soffice', [`-env:UserInstallation=file://${path.join(folder, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', folder, xlsxPath], { encoding: 'utf8', timeout: 120_000 });
    if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
    xlsBytes = new Uint8Array(await readFile(path.join(folder, '市商务局.xls')));
  }, 150_000);
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('is read as the .xlsx it was converted from: every shown text, merged area and issue', async () => {
    const fromXlsx = await openWorkbookForReading('市商务局.xlsx', new Uint8Array(await readFile(xlsxPath)));
    const fromXls = await openSpreadsheetBytes('市商务局.xls', xlsBytes, async () => {
      throw new Error('an .xls is no .xlsx');
    });
    if (!fromXlsx.ok || !fromXls.ok) throw new Error('not opened');
    expect(fromXls.format).toBe('xls');
    const grids = await gridsOf(fromXls.workbook);
    expect(grids.map((grid) => grid.name)).toEqual(['三季度', '指标']);
    expect(grids[1]?.text.slice(1, 3)).toEqual([
      ['新建学校', '12', '85.6%', '2024年9月30日', '5012'],
      ['新增学位', '5,000', '120%', '2024/12/31'],
    ]);
    expect(grids[1]?.merges).toEqual([{ top: 3, left: 0, bottom: 3, right: 4 }]);
    expect(grids).toEqual(await gridsOf(fromXlsx.workbook));
    const issues = async (workbook: WorkbookReader) => (await checkWorkbook(workbook)).sheets.flatMap((sheet) => sheet.issues.map((issue) => `${sheet.sheet}!${issue.cell} ${issue.rule}`)).sort();
    expect(await issues(fromXls.workbook)).toEqual(await issues(fromXlsx.workbook));
  });
});
