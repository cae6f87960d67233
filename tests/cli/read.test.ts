/**
 * `jindu read`: the shown text of each sheet, one JSON line per file (or its error), or a readable table.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/main';
import { formatShownTextTable } from '../../src/cli/format/shownText';
import iconv from 'iconv-lite';
import { workbookPackage } from '../adapters/xlsx/sheetReaderParts';
import { cyclicFatChain } from '../fixtures/hostile/hostileXls';
import { legacyBytesOf } from '../fixtures/legacy/writeLegacyFiles';

let scratch = '';
let progressFile = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'jindu-read-'));
  progressFile = path.join(scratch, '三季度.xlsx');
  const bytes = workbookPackage({
    styleFormatIds: [0, 9],
    sharedStrings: ['<si><t>序号</t></si>', '<si><t>进展情况</t></si>'],
    sheets: [
      {
        name: '三季度',
        body:
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
          '<row r="2"><c r="A2"><v>1</v></c><c r="B2" s="1"><f>0/4</f><v>0</v></c></row></sheetData>',
      },
      { name: '说明', body: '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>第一行_x000A_第二行</t></is></c></row></sheetData>' },
    ],
  });
  await writeFile(progressFile, bytes);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out, err };
}

describe('jindu read --json', () => {
  it('prints one line per file with the shown text of every sheet, or the error with its key and message', async () => {
    const missing = path.join(scratch, '没有.xlsx');
    const { code, out } = await run(['read', progressFile, missing, '--json', '--lang', 'en']);
    const lines = out.join('\n').split('\n').map((line) => JSON.parse(line) as unknown);
    expect(lines).toStrictEqual([
      {
        file: progressFile,
        sheets: [
          { name: '三季度', text: [['序号', '进展情况'], ['1', '0%']] },
          { name: '说明', text: [['第一行\n第二行']] },
        ],
      },
      { file: missing, error: { key: 'file.notFound', message: expect.stringContaining('没有.xlsx') } },
    ]);
    expect(code).toBe(1);
  });

  it('prints only the named sheet, matched ignoring case as elsewhere', async () => {
    const { code, out } = await run(['read', progressFile, '--sheet', '说明', '--json']);
    expect(JSON.parse(out.join('\n'))).toStrictEqual({ file: progressFile, sheets: [{ name: '说明', text: [['第一行\n第二行']] }] });
    expect(code).toBe(0);
  });

  it('names a sheet that is not there as the file error, and exits 2 when no file was read', async () => {
    const { code, out } = await run(['read', progressFile, '--sheet', '四季度', '--json']);
    expect(JSON.parse(out.join('\n'))).toStrictEqual({ file: progressFile, error: { key: 'sheet.notFound', message: '工作簿中没有名为“四季度”的工作表。' } });
    expect(code).toBe(2);
  });
});

describe('jindu read without --json', () => {
  it('prints each sheet as a table, and each unreadable file on stderr', async () => {
    const missing = path.join(scratch, '没有.xlsx');
    const { code, out, err } = await run(['read', progressFile, missing, '--sheet', '三季度']);
    expect(out.join('\n').split('\n')).toStrictEqual([`== ${progressFile} · 三季度 ==`, '序号 | 进展情况', '1    | 0%', '']);
    expect(err).toHaveLength(1);
    expect(err[0]).toContain('没有.xlsx');
    expect(code).toBe(1);
  });

  it('pads columns by the width a terminal draws, and keeps a cell with line breaks on one line', () => {
    expect(formatShownTextTable([['任务', 'x'], ['ab', '甲\n乙'], ['', '']])).toStrictEqual(['任务 | x', 'ab   | 甲↵乙', '     |']);
  });
});

describe('jindu read on the formats bureaus send besides .xlsx', () => {
  it('prints the shown text of an .xls (its formats applied) and of a GBK CSV, and names a damaged .xls', async () => {
    const xls = path.join(scratch, '市财政局.xls');
    const csv = path.join(scratch, '市民政局.csv');
    const damaged = path.join(scratch, '坏.xls');
    await writeFile(xls, legacyBytesOf({ 三季度: [['序号', '进展情况'], [1, '已完成']] }, 'xls'));
    await writeFile(csv, iconv.encode('序号,进展情况\n1,已完成', 'gbk'));
    await writeFile(damaged, cyclicFatChain());
    const { code, out } = await run(['read', xls, csv, damaged, '--json']);
    expect(code).toBe(1);
    const lines = out.join('\n').split('\n').map((line) => JSON.parse(line) as { file: string; sheets?: { name: string; text: string[][] }[]; error?: { key: string } });
    expect(lines[0]?.sheets).toEqual([{ name: '三季度', text: [['序号', '进展情况'], ['1', '已完成']] }]);
    expect(lines[1]?.sheets).toEqual([{ name: '市民政局', text: [['序号', '进展情况'], ['1', '已完成']] }]);
    expect(lines[2]?.error?.key).toBe('format.legacyDamaged');
  });
});
