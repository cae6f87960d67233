import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';
import type { CellValue } from '../../src/core/grid/sheetGrid';
import { COMMERCE, type BureauWorkbook } from '../fixtures/consolidate/bureaus';
import { xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';
import { cyclicFatChain } from '../fixtures/hostile/hostileXls';
import { legacyBytesOf } from '../fixtures/legacy/writeLegacyFiles';
import { wordBytesOfSheetRows } from '../fixtures/docx/writeWordReport';

/** The sheet as Excel writes CSV: every field quoted where it holds a separator, quote or line break. */
function csvOf(rows: readonly (readonly CellValue[])[], separator: string): string {
  const field = (value: CellValue) => {
    const text = value === null ? '' : typeof value === 'object' ? value.error : String(value);
    return /["\r\n,;\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(separator)).join('\r\n');
}

/** COMMERCE's sheet with the unit renamed, so each format stands for one more bureau. */
function asUnit(unit: string): BureauWorkbook {
  const rows = COMMERCE.sheets['三季度'] ?? [];
  return { file: `${unit}.xlsx`, sheets: { 三季度: rows.map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace('市商务局', unit) : cell))) } };
}

const sheetRows = (bureau: BureauWorkbook) => bureau.sheets['三季度'] ?? [];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-formats-'));
  await writeFile(path.join(folder, '市商务局.xlsx'), await xlsxBytesOf(asUnit('市商务局')));
  await writeFile(path.join(folder, '市教育局.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(sheetRows(asUnit('市教育局')), ','), 'utf8')]));
  await writeFile(path.join(folder, '市民政局.csv'), iconv.encode(csvOf(sheetRows(asUnit('市民政局')), ','), 'gbk'));
  await writeFile(path.join(folder, '市文旅局.txt'), iconv.encode(csvOf(sheetRows(asUnit('市文旅局')), '\t'), 'gb18030'));
  // Excel 97-2003, and the Excel 2003 XML and web page report systems export under .xls (written by SheetJS).
  await writeFile(path.join(folder, '市财政局.xls'), legacyBytesOf({ 三季度: sheetRows(asUnit('市财政局')) }, 'xls'));
  await writeFile(path.join(folder, '市住建局.xls'), legacyBytesOf({ 三季度: sheetRows(asUnit('市住建局')) }, 'xlml'));
  await writeFile(path.join(folder, '市交通局.xls'), legacyBytesOf({ 三季度: sheetRows(asUnit('市交通局')) }, 'html'));
  // Refused with a reason: a damaged .xls (its sector chain loops), and a Word 97-2003 document.
  await writeFile(path.join(folder, '市审计局.xls'), cyclicFatChain());
  // A Word document whose body is the sheet as a table under the title and 填报单位 paragraphs.
  await writeFile(path.join(folder, '市卫健委.docx'), await wordBytesOfSheetRows(sheetRows(asUnit('市卫健委')), 2));
  const compound = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le')]);
  await writeFile(path.join(folder, '市水务局.doc'), compound('WordDocument'));
  // Skipped and named: a lock file, a hidden file, a subfolder.
  await writeFile(path.join(folder, '~$市商务局.xlsx'), Buffer.alloc(165, 1));
  await writeFile(path.join(folder, '.DS_Store'), Buffer.alloc(10, 0));
  await mkdir(path.join(folder, '旧稿'));
  // The roster kept beside the reports is no report.
  await writeFile(path.join(folder, '应报单位.txt'), '市商务局\n市教育局\n市民政局\n市文旅局\n市财政局\n市住建局\n市交通局\n市卫健委\n', 'utf8');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('jindu consolidate on a folder of mixed formats', () => {
  it('compiles the .xlsx, every CSV (UTF-8 with BOM, GBK, tab-separated GB18030), every .xls (BIFF8, Excel 2003 XML, web page) and the Word table, names each refused or skipped file, exits 1', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const output = path.join(folder, '汇总.xlsx');
    const code = await runCli(['consolidate', folder, '-o', output, '--roster', path.join(folder, '应报单位.txt'), '--json'], { out: (text) => out.push(text), err: (text) => err.push(text) });
    expect(code).toBe(1);
    const report = JSON.parse(out.join('')) as { units: string[]; rows: number; issues: { rule: string; severity: string; file: string }[] };
    expect([...report.units].sort()).toEqual(['市商务局', '市教育局', '市文旅局', '市民政局', '市财政局', '市住建局', '市交通局', '市卫健委'].sort());
    const perUnit = sheetRows(COMMERCE).filter((row) => typeof row[0] === 'number').length;
    expect(report.rows).toBe(8 * perUnit);
    const ruleOf = (name: string) => report.issues.filter((issue) => path.basename(issue.file) === name).map((issue) => `${issue.severity}:${issue.rule}`);
    for (const compiled of ['市财政局.xls', '市住建局.xls', '市交通局.xls']) expect(ruleOf(compiled).filter((rule) => rule.startsWith('error:format.') || rule.startsWith('error:file.'))).toEqual([]);
    expect(ruleOf('市审计局.xls')).toEqual(['error:format.legacyDamaged']);
    expect(ruleOf('市卫健委.docx').filter((rule) => rule.startsWith('error:'))).toEqual([]);
    expect(ruleOf('市水务局.doc')).toEqual(['error:format.legacyWord']);
    expect(ruleOf('~$市商务局.xlsx')).toEqual(['info:consolidate.cli.lockFileSkipped']);
    expect(ruleOf('.DS_Store')).toEqual(['info:consolidate.cli.hiddenFileSkipped']);
    expect(ruleOf('旧稿')).toEqual(['info:consolidate.cli.subfolderSkipped']);
    expect(ruleOf('应报单位.txt')).toEqual(['info:consolidate.cli.rosterSkipped']);

    // The compiled workbook says itself which files it lacks.
    const note = await noteOf(output);
    expect(note).toContain('以下文件或工作表未纳入本次汇总');
    expect(note).toContain('市审计局.xls');
    expect(note).not.toContain('市财政局.xls');
    expect(note).toContain('~$市商务局.xlsx');
    // The Word document's rows say where they came from: the file, its format and the row of its table.
    const origins = await originsOf(output);
    expect(origins.filter((origin) => origin.startsWith('市卫健委.docx｜Word 表1｜第'))).toHaveLength(perUnit);
    expect(origins).toContain('市卫健委.docx｜Word 表1｜第2行');
    // Every other row names its file, and what the file really is when the name does not say it (a web page or XML saved as .xls).
    const fileOf = (origin: string) => origin.split('｜')[0];
    const files = new Set(origins.map(fileOf));
    expect([...files].sort()).toEqual(
      [
        '市商务局.xlsx',
        '市教育局.csv（CSV 文本）',
        '市民政局.csv（CSV 文本）',
        '市文旅局.txt（CSV 文本）',
        '市财政局.xls（Excel 97-2003 工作簿）',
        '市住建局.xls（Excel 2003 XML 表格，扩展名为 .xls）',
        '市交通局.xls（HTML 表格，扩展名为 .xls）',
        '市卫健委.docx',
      ].sort(),
    );
  });

  it('prints the refused files and the skipped ones in the readable report', async () => {
    const err: string[] = [];
    const code = await runCli(['consolidate', folder, '-o', path.join(folder, '汇总2.xlsx')], { out: () => undefined, err: (text) => err.push(text) });
    expect(code).toBe(1);
    const text = err.join('\n');
    expect(text).toContain('未能汇总的文件与工作表');
    expect(text).toMatch(/市审计局\.xls.*文件结构已损坏.*另存为 \.xlsx/);
    expect(text).toContain('已跳过（不是单位的表）');
    expect(text).toMatch(/~\$市商务局\.xlsx.*临时锁定文件/);
  });
});

/** The 来源 column of 汇总, one text per compiled row. */
async function originsOf(file: string): Promise<string[]> {
  const { XlsxWorkbook } = await import('../../src/adapters/xlsx');
  const grid = await (await XlsxWorkbook.load(await readFile(file))).readSheet('汇总');
  const header = grid.text.findIndex((row) => row.includes('来源'));
  const column = grid.text[header]?.indexOf('来源') ?? -1;
  return grid.text.slice(header + 1).map((row) => row[column] ?? '').filter((text) => text !== '');
}

/** The note text of 统计!A1, read from the comments part ExcelJS wrote. */
async function noteOf(file: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(await readFile(file));
  const parts = Object.keys(zip.files).filter((name) => /^xl\/comments\d*\.xml$/.test(name));
  const texts = await Promise.all(parts.map((name) => zip.file(name)?.async('string') ?? ''));
  return texts.join('\n').replace(/<[^>]+>/g, '');
}
