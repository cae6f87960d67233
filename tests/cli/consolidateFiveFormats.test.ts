/**
 * The lead office's folder as bureaus really send it: one quarter's sheet saved five ways (.xlsx, Excel
 * 97-2003 .xls, CSV in UTF-8 with BOM, CSV as Excel on Chinese Windows saves it (GBK), a Word table under
 * the title and 填报单位 lines). Every bureau is compiled with every row, `check` finds the same rules in
 * every format, and an unreadable file beside them is named while the rest still compile.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { runCli } from '../../src/cli/main';
import type { CellValue } from '../../src/core/grid/sheetGrid';
import { COMMERCE } from '../fixtures/consolidate/bureaus';
import { xlsxBytesOf } from '../fixtures/consolidate/writeBureauFiles';
import { wordBytesOfSheetRows } from '../fixtures/docx/writeWordReport';
import { legacyBytesOf } from '../fixtures/legacy/writeLegacyFiles';

const TASKS_PER_UNIT = 5;

/** COMMERCE's sheet for another unit, with a fifth task whose progress is left empty (an error in every format). */
function sheetOf(unit: string): CellValue[][] {
  const rows = (COMMERCE.sheets['三季度'] ?? []).map((row) => row.map((cell) => (typeof cell === 'string' ? cell.replace(/市商务局/g, unit) : cell)));
  const footer = rows.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith('联系电话'));
  const fifth: CellValue[] = [300, `年底前新建口袋公园5个。（责任单位：${unit}）`, '三季度', '建成口袋公园3个。', null, '完成'];
  return [...rows.slice(0, footer), fifth, ...rows.slice(footer)];
}

function csvOf(rows: readonly (readonly CellValue[])[]): string {
  const field = (value: CellValue) => {
    const text = value === null ? '' : typeof value === 'object' ? value.error : String(value);
    return /["\r\n,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n');
}

const FILES: readonly { readonly file: string; readonly unit: string; readonly bytes: (rows: CellValue[][]) => Promise<Uint8Array> | Uint8Array }[] = [
  { file: '市商务局.xlsx', unit: '市商务局', bytes: (rows) => xlsxBytesOf({ file: '市商务局.xlsx', sheets: { 三季度: rows } }) },
  { file: '市财政局.xls', unit: '市财政局', bytes: (rows) => legacyBytesOf({ 三季度: rows }, 'xls') },
  { file: '市教育局.csv', unit: '市教育局', bytes: (rows) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvOf(rows), 'utf8')])) },
  { file: '市民政局.csv', unit: '市民政局', bytes: (rows) => new Uint8Array(iconv.encode(csvOf(rows), 'gbk')) },
  { file: '市卫健委.docx', unit: '市卫健委', bytes: (rows) => wordBytesOfSheetRows(rows, 2) },
];

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-five-formats-'));
  for (const entry of FILES) await writeFile(path.join(folder, entry.file), await entry.bytes(sheetOf(entry.unit)));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function run(args: readonly string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await runCli([...args], { out: (text) => out.push(text), err: () => undefined });
  return { code, out: out.join('') };
}

describe('a folder of five bureaus, one sheet saved five ways', () => {
  it('compiles 5 of 5 units and 25 of 25 rows, and exits 0', async () => {
    const { code, out } = await run(['consolidate', folder, '-o', path.join(folder, '汇总.xlsx'), '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out) as { units: string[]; rows: number; issues: { severity: string; rule: string }[] };
    expect([...report.units].sort()).toEqual(FILES.map((entry) => entry.unit).sort());
    expect(report.rows).toBe(FILES.length * TASKS_PER_UNIT);
    expect(report.issues.filter((issue) => issue.rule.startsWith('format.') || issue.rule.startsWith('file.'))).toEqual([]);
  });

  it('check finds the same rules, as often, in every format', async () => {
    const rulesOf = async (file: string) => {
      const { out } = await run(['check', path.join(folder, file), '--json']);
      const report = JSON.parse(out) as { sheets: { issues: { rule: string }[] }[] };
      return report.sheets.flatMap((sheet) => sheet.issues.map((issue) => issue.rule)).sort();
    };
    const expected = await rulesOf('市商务局.xlsx');
    expect(expected).toContain('progress.empty');
    for (const entry of FILES.slice(1)) expect([entry.file, await rulesOf(entry.file)]).toEqual([entry.file, expected]);
  });

  it('names an unreadable file beside them and still compiles the five', async () => {
    const withBroken = await mkdtemp(path.join(tmpdir(), 'jindu-five-formats-broken-'));
    try {
      for (const entry of FILES) await writeFile(path.join(withBroken, entry.file), await entry.bytes(sheetOf(entry.unit)));
      await writeFile(path.join(withBroken, '市交通局.xlsx'), 'PK\u0003\u0004 cut short by the mail gateway');
      const { code, out } = await run(['consolidate', withBroken, '-o', path.join(withBroken, '汇总.xlsx'), '--json']);
      expect(code).toBe(1);
      const report = JSON.parse(out) as { units: string[]; rows: number; issues: { severity: string; file: string }[] };
      expect(report.units).toHaveLength(5);
      expect(report.rows).toBe(25);
      expect(report.issues.filter((issue) => issue.severity === 'error').map((issue) => path.basename(issue.file))).toEqual(['市交通局.xlsx']);
    } finally {
      await rm(withBroken, { recursive: true, force: true });
    }
  });
});
