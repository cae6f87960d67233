import { readdir, readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { runCli } from '../../src/cli/main';
import { parseReport } from '../../src/core/report';
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET } from '../../src/core/sample';
import { writeBureauFiles } from '../fixtures/consolidate/writeBureauFiles';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

let folder: string;
let compiled: string;
let plan: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-split-'));
  const { files } = await writeBureauFiles(folder);
  compiled = path.join(folder, 'compiled.xlsx');
  await runCli(['consolidate', ...files, '-o', compiled], capture().io);
  plan = path.join(folder, 'plan.xlsx');
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet: SEED_001_PLAN_SHEET, replace: false },
    { op: 'writeBlock', sheet: SEED_001_PLAN_SHEET, row: 0, column: 0, values: SEED_001_PLAN_ROWS.map((row) => row.map((value) => (typeof value === 'object' && value !== null ? value.error : value))) },
  ]);
  await writeFile(plan, await workbook.toBuffer());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function reportOf(file: string) {
  const workbook = await XlsxWorkbook.load(await readFile(file));
  const [sheet] = await workbook.listSheets();
  const { report } = parseReport(await workbook.readSheet(sheet?.name ?? ''));
  return report;
}

describe('jindu split', () => {
  it('gives each bureau of a compiled workbook its own file, in order of first appearance, in the standard layout, with 填报单位 filled', async () => {
    const { io, out } = capture();
    const dir = path.join(folder, 'by-unit');
    expect(await runCli(['split', compiled, '-o', dir, '--json'], io)).toBe(0);
    const result = JSON.parse(out.join('')) as { sheet: string; files: { unit: string; file: string; tasks: number }[] };
    expect(result.sheet).toBe('汇总');
    expect(result.files.map(({ unit, tasks }) => [unit, tasks])).toEqual([
      ['济南市卫生健康委', 38],
      ['市教育局', 5],
      ['市商务局', 4],
      ['市投资促进局', 3],
    ]);
    expect((await readdir(dir)).sort()).toEqual(['市商务局.xlsx', '市投资促进局.xlsx', '市教育局.xlsx', '济南市卫生健康委.xlsx'].sort());
    const commerce = await reportOf(path.join(dir, '市商务局.xlsx'));
    expect(commerce?.metadata.unit?.text).toBe('市商务局');
    expect(commerce?.rows.filter((row) => row.kind === 'task').map((row) => (row.kind === 'task' ? row.joined.progress : ''))).toEqual([
      '新增跨境电商企业23家，累计达到412家。',
      '举办“泉城购”促消费活动8场，国庆期间活动正在筹备。',
      '-中德中小企业合作区新签约项目3个。',
      '=完成年度评估材料报送，待商务部反馈。',
    ]);
  });

  it('splits by the units the task texts name with --by 责任单位', async () => {
    const { io, out } = capture();
    const dir = path.join(folder, 'by-responsibility');
    expect(await runCli(['split', compiled, '-o', dir, '--by', '责任单位'], io)).toBe(0);
    expect(out.join('\n')).toContain('市体育局.xlsx：2 行');
    const sports = await reportOf(path.join(dir, '市体育局.xlsx'));
    expect(sports?.rows.filter((row) => row.kind === 'task')).toHaveLength(2);
  });

  it('hands a quarterly plan out to every unit it names', async () => {
    const dir = path.join(folder, 'plan');
    expect(await runCli(['split', plan, '-o', dir], capture().io)).toBe(0);
    const civil = await reportOf(path.join(dir, '市民政局.xlsx'));
    expect(civil?.metadata.unit?.text).toBe('市民政局');
    expect(civil?.rows.filter((row) => row.kind === 'task').map((row) => (row.kind === 'task' ? row.joined.period : ''))).toEqual(['一、二季度', '三季度', '四季度']);
  });

  const refusals = [
    { description: 'exits 2 on a --by that is neither a column nor a responsibility label', args: () => ['split', compiled, '-o', path.join(folder, 'x'), '--by', '处室'], message: '找不到用于拆分的列“处室”' },
    { description: 'exits 2 on a sheet that does not exist', args: () => ['split', compiled, '-o', path.join(folder, 'x'), '--sheet', '四季度'], message: '没有名为“四季度”的工作表' },
    { description: 'exits 2 on a file that cannot be read', args: () => ['split', path.join(folder, '市文化和旅游局.xlsx'), '-o', path.join(folder, 'x')], message: '已损坏' },
  ];
  it.each(refusals)('$description', async ({ args, message }) => {
    const { io, err } = capture();
    expect(await runCli(args(), io)).toBe(2);
    expect(err.join('\n')).toContain(message);
  });
});
