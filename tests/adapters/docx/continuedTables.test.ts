/**
 * A report that Word split into a table per page (a page break between them, the header repeated or not)
 * is read as one report; a table with a title of its own, other columns or another header is not.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DocxWorkbook } from '../../../src/adapters/docx/docxWorkbook';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { runCli } from '../../../src/cli/main';
import { checkWorkbook, issuePlace } from '../../../src/core';
import { wordReportBytes, type WordCell, type WordReport } from '../../fixtures/docx/writeWordReport';

const cells = (...texts: string[]): WordCell[] => texts.map((text) => ({ text }));
const HEADER = cells('序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价');
const ABOVE = ['2024年《政府工作报告》重点工作任务三季度进展情况', '填报单位：市教育局    填报时间：2024年10月9日'];
const taskRow = (serial: number, progress = `已完成第${serial}项`) => cells(String(serial), `任务${serial}：年底前建成学校${serial}所`, '三季度', `建成学校${serial}所`, progress, '完成');

/** The first page's table, then the rest after a page break (an empty paragraph), as `next` gives it. */
async function splitReport(next: WordReport): Promise<Uint8Array> {
  return wordReportBytes({ above: ABOVE, rows: [HEADER, taskRow(1), taskRow(2)] }, next);
}

async function sheetsOf(bytes: Uint8Array) {
  const opened = await DocxWorkbook.open('市教育局.docx', bytes);
  if (!opened.ok) throw new Error(opened.problem.key);
  const sheets = await opened.workbook.listSheets();
  return { workbook: opened.workbook, names: sheets.map((sheet) => sheet.name) };
}

describe('Word tables continued across a page break', () => {
  it.each([
    { description: 'the next page repeats the header', next: { above: [''], rows: [HEADER, taskRow(3), taskRow(4)] }, sheets: ['表1'] },
    { description: 'the next page goes on without a header', next: { above: [''], rows: [taskRow(3), taskRow(4)] }, sheets: ['表1'] },
    { description: 'the next table has a title of its own: another report', next: { above: ['附表：市民政局进展情况'], rows: [HEADER, taskRow(3)] }, sheets: ['表1', '表2'] },
    { description: 'the next table has other columns', next: { above: [''], rows: [cells('指标', '数值'), cells('学校', '5')] }, sheets: ['表1', '表2'] },
    {
      description: 'the next table has another header',
      next: { above: [''], rows: [cells('单位', '任务', '时间', '完成情况', '进展情况', '备注'), cells('市民政局', '养老', '三季度', '完成', '已完成', '')] },
      sheets: ['表1', '表2'],
    },
  ])('$description', async ({ next, sheets }) => {
    expect((await sheetsOf(await splitReport(next))).names).toEqual(sheets);
  });

  it('checks the joined report as one, telling places in the table each row is in', async () => {
    const { workbook } = await sheetsOf(await splitReport({ above: [''], rows: [HEADER, taskRow(3), taskRow(4, '')] }));
    const grid = await workbook.readSheet('表1');
    expect(grid.documentTable).toEqual({ table: 1, firstRow: 2, continuedIn: [{ table: 2, firstRow: 5 }] });
    const check = await checkWorkbook(workbook);
    const sheet = check.sheets[0];
    expect(sheet?.rows).toBe(4);
    // Task 4 is the third row of the second table (after its repeated header and task 3).
    const empty = sheet?.issues.find((issue) => issue.rule === 'progress.empty');
    expect(empty === undefined ? null : issuePlace(empty, 'zh-CN')).toBe('表2 第3行 第5列');
    expect(sheet?.issues.filter((issue) => issue.rule.startsWith('header.'))).toEqual([]);
  });

  it('compiles one unit with every row, and 来源 names the table each row is in', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'jindu-word-split-'));
    try {
      await writeFile(path.join(folder, '市教育局.docx'), await splitReport({ above: [''], rows: [taskRow(3), taskRow(4)] }));
      const output = path.join(folder, '汇总.xlsx');
      const out: string[] = [];
      const code = await runCli(['consolidate', folder, '-o', output, '--json'], { out: (text) => out.push(text), err: () => undefined });
      expect(code).toBe(0);
      const report = JSON.parse(out.join('')) as { units: string[]; rows: number };
      expect(report).toMatchObject({ units: ['市教育局'], rows: 4 });
      const compiled = await (await XlsxWorkbook.load(await readFile(output))).readSheet('汇总');
      const origins = compiled.text.flat().filter((text) => text.startsWith('市教育局.docx｜'));
      expect(origins.sort()).toEqual(['市教育局.docx｜Word 表1｜第2行', '市教育局.docx｜Word 表1｜第3行', '市教育局.docx｜Word 表2 第1行', '市教育局.docx｜Word 表2 第2行'].sort());
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
