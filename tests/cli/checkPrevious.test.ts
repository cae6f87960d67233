/**
 * `jindu check THIS.xlsx --previous LAST.xlsx` end to end, on two quarters of a real report (武昌区 2021,
 * tests/corpus/targets) written as .xlsx files: the comparison's issues with the previous cell in `--json`,
 * the stalled target in the readable report, and the refusals.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { runCli } from '../../src/cli/main';
import { gridFromRows, type CellValue, type SheetGrid } from '../../src/core';
import { corpusSheet } from '../core/previous/realPairSheets';

let scratch = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'jindu-check-previous-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function writeSheets(name: string, grids: readonly SheetGrid[]): Promise<string> {
  const workbook = new ExcelWorkbook();
  for (const grid of grids) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.values.forEach((values, row) => {
      values.forEach((value, column) => {
        if (typeof value === 'string' || typeof value === 'number') sheet.getCell(row + 1, column + 1).value = value;
      });
    });
  }
  const file = path.join(scratch, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

async function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['check', ...args], { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join(''), err: err.join('') };
}

interface JsonIssue {
  readonly rule: string;
  readonly cell: string;
  readonly previous?: { readonly file: string; readonly sheet: string; readonly cell: string; readonly text: string };
}

describe('jindu check --previous', () => {
  it('reports the totals that are lower than last time, with the previous cell and text in --json', async () => {
    // The 前三季度 report given as the previous one of 上半年: every total of 上半年 is lower (realPairs.expected.ts).
    const current = await writeSheets('上半年.xlsx', [corpusSheet('wuchang-2021-quzhengfugongzuobaogao-bannian')]);
    const previous = await writeSheets('前三季度.xlsx', [corpusSheet('wuchang-2021-quzhengfugongzuobaogao-qiansanjidu')]);
    const { code, out } = await check(current, '--previous', previous, '--json');
    expect(code).toBeLessThan(2);
    const json = JSON.parse(out) as { sheets: { issues: JsonIssue[] }[] };
    const decreased = json.sheets.flatMap((sheet) => sheet.issues).filter((issue) => issue.rule === 'previous.figureDecreased');
    expect(decreased.map((issue) => issue.cell)).toEqual(['E5', 'E5', 'E6', 'E7', 'E9']);
    expect(decreased[2]?.previous).toEqual({ file: '前三季度.xlsx', sheet: '三季度', cell: 'E6', text: expect.stringContaining('1,211,484万元') as unknown as string });
  });

  it('says a target is stalled in its verdict when its figure did not move', async () => {
    const sheet = (period: string, progress: string): SheetGrid =>
      gridFromRows(period, [
        [`2021年《政府工作报告》重点工作任务${period}进展情况`],
        ['填报单位：济南市卫生健康委'],
        ['填报时间：2021年10月11日'],
        ['序号', '重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
        [1, '推进基层医疗卫生服务体系建设。', '全年', '年底前建成社区卫生服务中心40家。', progress, '序时推进'] as CellValue[],
      ]);
    const current = await writeSheets('三季度.xlsx', [sheet('三季度', '各项目加快推进，累计建成社区卫生服务中心10家，其余正在装修。')]);
    const previous = await writeSheets('二季度.xlsx', [sheet('二季度', '累计建成社区卫生服务中心10家。')]);
    const { out } = await check(current, '--previous', previous);
    expect(out).toContain('落后于序时进度，与上期相比未变化（停滞）');
    const english = await check(current, '--previous', previous, '--lang', 'en');
    expect(english.out).toContain('behind schedule, unchanged since the previous report (stalled)');
    const json = JSON.parse((await check(current, '--previous', previous, '--json')).out) as { sheets: { targets: { stalled?: boolean }[] }[] };
    expect(json.sheets[0]?.targets.map((target) => target.stalled ?? false)).toEqual([true]);
  });

  it('refuses a previous file it cannot read, and a previous sheet that is not there', async () => {
    const current = await writeSheets('本期.xlsx', [corpusSheet('wuchang-2021-quzhengfugongzuobaogao-bannian')]);
    const unreadable = await check(current, '--previous', path.join(scratch, 'nothing-here.xlsx'));
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).not.toBe('');
    const noSheet = await check(current, '--previous', current, '--previous-sheet', '四季度');
    expect(noSheet.code).toBe(2);
    expect(noSheet.err).toContain('四季度');
  });
});
