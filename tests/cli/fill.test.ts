import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { openWorkbookFile } from '../../src/adapters/xlsx/openWorkbookFile';
import { runCli } from '../../src/cli/main';
import { checkGrid } from '../../src/core/check/checkGrid';
import type { CellValue } from '../../src/core/grid/sheetGrid';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../src/core/sample/seed001Plan';
import { seed000Rows } from '../../src/core/sample/seed000';

let scratch = '';
beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'jindu-fill-'));
  await writeSheetFile('seed000.xlsx', '三季度', seed000Rows);
  await writeSheetFile('seed001-plan.xlsx', SEED_001_PLAN_SHEET, SEED_001_PLAN_ROWS);
  await writeFile(path.join(scratch, 'notes.xlsx'), '这不是工作簿');
  await writeSheetFile('readme-only.xlsx', '说明', [['填表说明'], ['请于每季度末填报']]);
  await writeSheetFile('protected.xlsx', '三季度', seed000Rows, { protect: true });
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const at = (name: string) => path.join(scratch, name);

async function writeSheetFile(name: string, sheet: string, rows: readonly (readonly CellValue[])[], options: { protect?: boolean } = {}): Promise<void> {
  const workbook = XlsxWorkbook.create();
  const values = rows.map((row) => row.map((value) => (typeof value === 'object' && value !== null ? value.error : value)));
  await workbook.apply([
    { op: 'addSheet', sheet, replace: false },
    { op: 'writeBlock', sheet, row: 0, column: 0, values },
  ]);
  if (options.protect) await workbook.protectSheet(sheet);
  await writeFile(at(name), await workbook.toBuffer());
}

async function fill(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['fill', ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function readBack(name: string, sheet: string) {
  const opened = await openWorkbookFile(at(name));
  if (!opened.ok) throw new Error(`output must open: ${opened.problem.key}`);
  return { names: (await opened.workbook.listSheets()).map((info) => info.name), grid: await opened.workbook.readSheet(sheet) };
}

describe('jindu fill', () => {
  it('writes a blank standard template that Excel opens with its drop-downs, frozen header and print titles', async () => {
    const result = await fill('-o', at('template.xlsx'), '--template', '--period', '三季度', '--year', '2021', '--unit', '济南市卫生健康委');
    expect(result).toMatchObject({ code: 0, err: '' });
    const { grid } = await readBack('template.xlsx', '三季度');
    expect(grid.text[0]?.[0]).toBe('2021年《政府工作报告》重点工作任务和民生实事三季度进展情况');
    expect(grid.text[3]).toEqual(['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价']);
    const excel = new ExcelWorkbook();
    await excel.xlsx.readFile(at('template.xlsx'));
    const sheet = excel.getWorksheet('三季度');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '4:4' });
    expect(sheet?.getCell('F5').dataValidation).toMatchObject({ type: 'list' });
    expect(sheet?.getCell('C5').dataValidation).toMatchObject({ type: 'list' });
  });

  it('writes this quarter’s sheet from the seed-001 plan', async () => {
    const result = await fill('-o', at('from-plan.xlsx'), '--from-plan', at('seed001-plan.xlsx'), '--period', '三季度', '--year', '2022', '--unit', '济南市卫生健康委');
    expect(result.code).toBe(0);
    expect(result.out).toContain('生成 11 行');
    const { grid } = await readBack('from-plan.xlsx', '三季度');
    expect(grid.text[1]?.[0]).toBe('填报单位：济南市卫生健康委');
    expect(grid.text.slice(4).map((row) => row[2])).toEqual(Array(11).fill('三季度'));
    expect(grid.text[8]?.[0]).toBe('182');
    expect(grid.merges).toContainEqual({ top: 8, left: 0, bottom: 9, right: 0 });
  });

  it('adds next quarter’s sheet beside this one and leaves the input file as it was', async () => {
    const before = await readFile(at('seed000.xlsx'));
    const result = await fill(at('seed000.xlsx'), '-o', at('next.xlsx'), '--next-quarter');
    expect(result.code).toBe(0);
    const { names, grid } = await readBack('next.xlsx', '四季度');
    expect(names).toEqual(['三季度', '四季度']);
    expect(grid.text[0]?.[0]).toContain('四季度进展情况');
    expect(grid.text.slice(4).every((row) => (row[4] ?? '') === '' || row[4] === '进展情况')).toBe(true);
    expect(await readFile(at('seed000.xlsx'))).toEqual(before);
  });

  it('repairs every fixable issue of seed 000 and lists each edit for review', async () => {
    const result = await fill(at('seed000.xlsx'), '-o', at('fixed.xlsx'), '--fix', 'all');
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('共 110 处修改');
    expect(result.out).toContain('三季度 B8  合并跨页续行 + 规范标点和空白: “健全新药研发和成果转化扶持政” → “健全新药研发和成果转化扶持政策，加大新药研发奖补力度，支持医疗机构开展临床试验，…”');
    expect(result.out).toContain('三季度 A9:F9  删除重复表头');
    const { grid } = await readBack('fixed.xlsx', '三季度');
    const check = checkGrid(grid);
    expect(check.issues.filter((issue) => issue.fix).map((issue) => issue.rule)).toEqual([]);
    expect(check.rows).toBe(38);
  });

  it('repairs only the rules named after --fix', async () => {
    const result = await fill(at('seed000.xlsx'), '-o', at('headers.xlsx'), '--fix', 'row.repeatedHeader');
    expect(result.out).toContain('共 10 处修改');
    const { grid } = await readBack('headers.xlsx', '三季度');
    expect(grid.text.filter((row) => row[0] === '序号')).toHaveLength(1);
  });

  it.each([
    { description: 'says so when the sheet named by --sheet is not there', args: () => [at('seed000.xlsx'), '-o', at('x.xlsx'), '--fix', 'all', '--sheet', '四季度'], message: '没有名为“四季度”的工作表' },
    { description: 'says a protected sheet cannot be repaired', args: () => [at('protected.xlsx'), '-o', at('x-protected.xlsx'), '--fix', 'all'], message: '受保护' },
    { description: 'refuses rule ids it does not know', args: () => [at('seed000.xlsx'), '-o', at('x.xlsx'), '--fix', 'row.continuation,no.such'], message: '没有这些规则：no.such' },
    { description: 'refuses to write over its input', args: () => [at('seed000.xlsx'), '-o', at('seed000.xlsx'), '--next-quarter'], message: '输出文件不能与输入文件相同' },
    { description: 'says so when the input is not a workbook', args: () => [at('notes.xlsx'), '-o', at('x.xlsx'), '--next-quarter'], message: '无法读取' },
    { description: 'says so when the plan is not a workbook', args: () => ['-o', at('x.xlsx'), '--from-plan', at('notes.xlsx'), '--period', '三季度'], message: '无法读取' },
    { description: 'asks for a step when none is given', args: () => [at('seed000.xlsx'), '-o', at('x.xlsx')], message: '请指定' },
    { description: 'asks for the period of a generated sheet', args: () => ['-o', at('x.xlsx'), '--template'], message: '--period' },
    { description: 'rejects a period it cannot read', args: () => ['-o', at('x.xlsx'), '--template', '--period', '第三期'], message: '无法识别时间“第三期”' },
    { description: 'says a plan workbook without a plan sheet holds none', args: () => ['-o', at('x.xlsx'), '--from-plan', at('template.xlsx'), '--period', '三季度'], message: '没有可识别的节点任务表' },
  ])('$description (exit 2)', async ({ args, message }) => {
    const result = await fill(...args());
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it('writes the file but exits 1 when a sheet names no period to advance from', async () => {
    const result = await fill(at('seed001-plan.xlsx'), '-o', at('plan-next.xlsx'), '--next-quarter');
    expect(result.code).toBe(1);
    expect(result.err).toContain('表格标题中没有时间');
    expect((await readBack('plan-next.xlsx', SEED_001_PLAN_SHEET)).names).toEqual([SEED_001_PLAN_SHEET]);
  });

  it.each([
    { description: 'says a workbook without a progress sheet has nothing to repair', step: '--fix' },
    { description: 'says a workbook without a progress sheet has no next quarter', step: '--next-quarter' },
  ])('$description (exit 1)', async ({ step }) => {
    const args = step === '--fix' ? ['--fix', 'all'] : [step];
    const result = await fill(at('readme-only.xlsx'), '-o', at(`readme-${step}.xlsx`), ...args);
    expect(result.code).toBe(1);
    expect(result.err).toContain('没有可识别的进展情况表');
  });

  it('speaks English with --lang en', async () => {
    const result = await fill('-o', at('x.xlsx'), '--template', '--lang', 'en');
    expect(result.err).toContain('need --period');
  });
});
