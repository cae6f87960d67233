import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { runCli } from '../../src/cli/main';
import { checkWorkbook } from '../../src/core/check';
import { BUREAUS, COMMERCE, UNREADABLE_FILE } from '../fixtures/consolidate/bureaus';
import { writeBureauFiles } from '../fixtures/consolidate/writeBureauFiles';
import golden from '../fixtures/consolidate/compiled.expected.json';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

async function readBack(file: string) {
  return XlsxWorkbook.load(await readFile(file));
}

let folder: string;
let roster: string;
let files: string[];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-consolidate-'));
  ({ roster, files } = await writeBureauFiles(folder));
  await writeFile(path.join(folder, 'empty-roster.txt'), '# 三季度名单\n\n', 'utf8');
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('jindu consolidate', () => {
  it('compiles every readable source, reports the unreadable one, exits 1, and writes the golden 汇总 cell by cell', async () => {
    const { io, out } = capture();
    const output = path.join(folder, 'out-golden.xlsx');
    const code = await runCli(['consolidate', ...files, '-o', output, '--roster', roster, '--json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(out.join('')) as Record<string, unknown>;
    // The compiled sheet's keys in their order; the 统计 rows and skipped writes follow them.
    expect(Object.keys(report)).toEqual(['output', 'rows', 'units', 'sources', 'conflicts', 'duplicates', 'missing', 'issues', 'statistics', 'skipped']);
    const shapes = report as { sources: object[]; conflicts: object[]; missing: object[] };
    for (const source of shapes.sources) expect(Object.keys(source)).toEqual(['file', 'sheet', 'unit', 'rows']);
    for (const conflict of shapes.conflicts) expect(Object.keys(conflict)).toEqual(['serial', 'units', 'texts']);
    for (const missing of shapes.missing) expect(Object.keys(missing)).toEqual(['serial', 'unit']);
    expect(report).toMatchObject({
      output,
      rows: 50,
      units: golden.units,
      sources: golden.sources,
      conflicts: golden.conflicts,
      missing: golden.missing,
    });
    expect(report.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'file.corrupt', severity: 'error', file: files[4], message: expect.stringContaining(UNREADABLE_FILE.file) }),
        expect.objectContaining({ rule: 'sheet.notReport', severity: 'info', sheet: '填表说明' }),
        expect.objectContaining({ rule: 'consolidate.conflict', cell: 'B11' }),
      ]),
    );
    const compiled = await (await readBack(output)).readSheet('汇总');
    expect(compiled.text.length).toBe(golden.汇总.length);
    compiled.text.forEach((row, index) => expect({ row: index + 1, cells: row }).toEqual({ row: index + 1, cells: golden.汇总[index] }));
  });

  it('counts in 统计 the errors, warnings and targets unmet or behind that check finds on each bureau\u2019s sheet', async () => {
    const output = path.join(folder, 'out-statistics.xlsx');
    await runCli(['consolidate', ...files, '-o', output], capture().io);
    const statistics = (await (await readBack(output)).readSheet('统计')).text;
    const header = statistics[0] ?? [];
    const column = (label: string) => header.indexOf(label);
    const expected: string[][] = [];
    for (const file of files.slice(0, 4)) {
      const check = await checkWorkbook(await readBack(file));
      const sheets = check.sheets;
      const targets = sheets.flatMap((sheet) => sheet.targets);
      expected.push([
        sheets[0]?.unit ?? '',
        String(sheets.reduce((sum, sheet) => sum + sheet.rows, 0)),
        String(check.summary.error),
        String(check.summary.warning),
        String(targets.filter((target) => target.verdict === 'unmet').length),
        String(targets.filter((target) => target.verdict === 'behind').length),
      ]);
    }
    const actual = statistics.slice(1, 5).map((row) => [row[0] ?? '', ...['上报任务数', '错误', '警告', '目标未达成', '目标滞后'].map((label) => row[column(label)] ?? '')]);
    expect(actual).toEqual(expected);
    expect(expected.some((row) => row[2] !== '0' || row[3] !== '0')).toBe(true);
    expect(statistics[5]?.[0]).toBe('合计');
  });

  it('keeps text that starts with = or - as text in the written file', async () => {
    const { io } = capture();
    const output = path.join(folder, 'out-text.xlsx');
    expect(await runCli(['consolidate', path.join(folder, COMMERCE.file), '-o', output], io)).toBe(0);
    const compiled = await (await readBack(output)).readSheet('汇总');
    const progress = compiled.values.slice(2).map((row) => row[4]);
    expect(progress).toEqual(expect.arrayContaining(['-中德中小企业合作区新签约项目3个。', '=完成年度评估材料报送，待商务部反馈。']));
  });

  it('takes a folder for its .xlsx files, never its own output, and without --roster expects the units the tasks name', async () => {
    const { io, out } = capture();
    const output = path.join(folder, 'in-folder.xlsx');
    await runCli(['consolidate', folder, '-o', output, '--json'], capture().io);
    const code = await runCli(['consolidate', folder, '-o', output, '--json'], io);
    expect(code).toBe(1);
    const report = JSON.parse(out.join('')) as { sources: { file: string }[]; missing: { serial: string; unit: string }[]; rows: number };
    expect(report.sources.map((source) => source.file).sort()).toEqual(BUREAUS.map((bureau) => bureau.file).sort());
    expect(report.rows).toBe(50);
    expect(report.missing).toEqual(expect.arrayContaining([{ serial: '142', unit: '市公安局' }, { serial: '40', unit: '市体育局' }]));
  });

  it('takes the unit the user names for a file over its 填报单位', async () => {
    const { io, out } = capture();
    const output = path.join(folder, 'out-unit.xlsx');
    const code = await runCli(['consolidate', files[1] ?? '', files[2] ?? '', '-o', output, '--unit', `${COMMERCE.file}=济南市商务局`, '--json'], io);
    expect(code).toBe(0);
    const report = JSON.parse(out.join('')) as { sources: { file: string; unit: string }[] };
    expect(report.sources.map(({ file, unit }) => [file, unit])).toEqual([
      [COMMERCE.file, '济南市商务局'],
      ['市投资促进局.xlsx', '市投资促进局'],
    ]);
  });

  it('replaces 汇总 and 统计 of an existing output and keeps its other sheets', async () => {
    const output = path.join(folder, 'existing.xlsx');
    const existing = XlsxWorkbook.create();
    await existing.apply([
      { op: 'addSheet', sheet: '备忘', replace: false },
      { op: 'writeBlock', sheet: '备忘', row: 0, column: 0, values: [['上报截止10月15日']] },
      { op: 'addSheet', sheet: '汇总', replace: false },
      { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: Array.from({ length: 80 }, () => ['旧数据']) },
    ]);
    await writeFile(output, await existing.toBuffer());
    expect(await runCli(['consolidate', path.join(folder, COMMERCE.file), '-o', output], capture().io)).toBe(0);
    const workbook = await readBack(output);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['备忘', '汇总', '统计']);
    expect((await workbook.readSheet('汇总')).text).toHaveLength(2 + 4);
    expect((await workbook.readSheet('备忘')).text[0]?.[0]).toBe('上报截止10月15日');
    expect((await workbook.readSheet('统计')).text[2]?.[0]).toBe('合计');
  });

  it('prints a readable summary naming conflicts, duplicates and missing reports', async () => {
    const { io, out, err } = capture();
    await runCli(['consolidate', ...files, '-o', path.join(folder, 'out-text-report.xlsx'), '--roster', roster], io);
    const text = out.join('\n');
    expect(text).toContain('共 50 行');
    expect(text).toContain('任务文字不一致（1 处）');
    expect(text).toContain('市教育局 重复填报了序号 236（共 2 行）。');
    expect(text).toContain('应报未报（4 项）');
    expect(text).toContain('市文化和旅游局：序号 110、250');
    expect(text).toContain('市体育局：序号 40');
    expect(err.join('\n')).toContain('市文化和旅游局.xlsx');
  });

  const refusals = [
    { description: 'refuses to write over one of its inputs', args: () => ['consolidate', files[1] ?? '', '-o', files[1] ?? ''], message: '输出文件不能与输入文件相同' },
    { description: 'exits 2 and writes nothing when no source can be read', args: () => ['consolidate', files[4] ?? '', '-o', path.join(folder, 'nothing.xlsx')], message: '没有可汇总的进展情况表' },
    { description: 'exits 2 on a roster that lists no units', args: () => ['consolidate', files[1] ?? '', '-o', path.join(folder, 'nothing.xlsx'), '--roster', path.join(folder, 'empty-roster.txt')], message: '没有任何单位' },
  ];
  it.each(refusals)('$description', async ({ args, message }) => {
    const { io, err } = capture();
    expect(await runCli(args(), io)).toBe(2);
    expect(err.join('\n')).toContain(message);
    expect(existsSync(path.join(folder, 'nothing.xlsx'))).toBe(false);
  });
});
