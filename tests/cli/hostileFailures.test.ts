/**
 * Failure paths of the commands: each says in one stderr line what failed and what to do (Chinese, or
 * English with --lang en), exits as documented, and leaves no partial result: no half-written file, no
 * temporary file, nothing written through a link planted in the output folder.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { runCli } from '../../src/cli/main';
import { fileNameOf } from '../../src/core/consolidate/splitPlan';
import { parseReport } from '../../src/core/report';
import { writeBureauFiles } from '../fixtures/consolidate/writeBureauFiles';
import { AWKWARD_UNITS, compiledForUnits, lyingBombBytes, smallReportBytes } from '../fixtures/hostile/hostileFiles';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

/** Every line written to stderr (one `err` call may hold several). */
const linesOf = (written: readonly string[]) => written.join('\n').split('\n').filter((line) => line !== '');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-failures-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function unitOfSplitFile(file: string): Promise<string | undefined> {
  const workbook = await XlsxWorkbook.load(await readFile(file));
  const [sheet] = await workbook.listSheets();
  return parseReport(await workbook.readSheet(sheet?.name ?? '')).report?.metadata.unit?.text;
}

describe('an output that cannot be written', () => {
  it.each([
    { lang: 'zh-CN', expected: '所在文件夹不存在。请先创建该文件夹' },
    { lang: 'en', expected: 'its folder does not exist. Create the folder first' },
  ])('fill -o into a folder that does not exist says so in one line ($lang), exits 2, and claims nothing done', async ({ lang, expected }) => {
    const input = path.join(folder, `report-${lang}.xlsx`);
    await writeFile(input, await smallReportBytes());
    const output = path.join(folder, 'no-such-folder', 'out.xlsx');
    const { io, out, err } = capture();
    expect(await runCli(['fill', input, '-o', output, '--fix', 'all', '--lang', lang], io)).toBe(2);
    expect(linesOf(err)).toHaveLength(1);
    expect(err[0]).toContain(expected);
    expect(out).toEqual([]);
    expect(existsSync(path.dirname(output))).toBe(false);
  });

  it('fill -o onto a symbolic link refuses to write through it, and the link’s target is untouched', async () => {
    const input = path.join(folder, 'report-link.xlsx');
    await writeFile(input, await smallReportBytes());
    const outside = path.join(folder, 'outside.txt');
    await writeFile(outside, 'not yours');
    const link = path.join(folder, 'planted-link.xlsx');
    await symlink(outside, link);
    const { io, err } = capture();
    expect(await runCli(['fill', input, '-o', link, '--fix', 'all'], io)).toBe(2);
    expect(linesOf(err)).toEqual([`“${link}”是一个符号链接，为安全起见不会写入或替换它。请删除该链接，或换一个输出位置。`]);
    expect(await readFile(outside, 'utf8')).toBe('not yours');
  });

  it('an error inside a command is one line naming it, not a silent exit 2', async () => {
    const compiled = path.join(folder, 'compiled-for-error.xlsx');
    await writeFile(compiled, await compiledForUnits(['市商务局']));
    const apply = jest.spyOn(XlsxWorkbook.prototype, 'apply').mockRejectedValue(new Error('simulated failure'));
    try {
      const { io, err } = capture();
      expect(await runCli(['split', compiled, '-o', path.join(folder, 'split-error'), '--lang', 'en'], io)).toBe(2);
      expect(linesOf(err)).toEqual(['Jindu internal error (Error: simulated failure); the command did not finish and no input file was changed. Send this line and the command you ran to the maintainers.']);
    } finally {
      apply.mockRestore();
    }
  });
});

describe('split', () => {
  it('gives every awkward unit name a safe, distinct file and keeps the unit’s own text inside', async () => {
    const compiled = path.join(folder, 'compiled-awkward.xlsx');
    await writeFile(compiled, await compiledForUnits(AWKWARD_UNITS));
    const output = path.join(folder, 'awkward');
    const { io, out, err } = capture();
    expect(await runCli(['split', compiled, '-o', output, '--json'], io)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out.join('')) as { files: { unit: string; file: string }[] };
    const names = await readdir(output);
    expect(names).toHaveLength(result.files.length);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      const base = name.replace(/\.xlsx$/, '');
      expect(base).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i);
      expect(base).not.toMatch(/[. ]$/);
      expect(Array.from(base).length).toBeLessThanOrEqual(103);
      expect(Buffer.byteLength(name)).toBeLessThan(255);
    }
    // The long name and the device names each got their file, and the text inside is the unit's as written.
    const longUnit = AWKWARD_UNITS.find((unit) => unit.length > 100) ?? '';
    for (const unit of ['CON', 'nul.txt', '市发改委.', '市发改委', longUnit]) {
      const entry = result.files.find((file) => file.unit === unit);
      expect(entry).toBeDefined();
      expect(await unitOfSplitFile(entry?.file ?? '')).toBe(unit.trim());
    }
    expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('reports a link planted under a unit’s file name, writes every other unit’s file, and leaves the link’s target alone', async () => {
    const units = ['市商务局', '市教育局', '市投资促进局'];
    const compiled = path.join(folder, 'compiled-three.xlsx');
    await writeFile(compiled, await compiledForUnits(units));
    const output = path.join(folder, 'with-link');
    await mkdir(output);
    const outside = path.join(folder, 'precious.txt');
    await writeFile(outside, 'precious');
    const link = path.join(output, `${fileNameOf('市教育局')}.xlsx`);
    await symlink(outside, link);
    const { io, err } = capture();
    expect(await runCli(['split', compiled, '-o', output], io)).toBe(2);
    expect(linesOf(err)).toEqual([
      `“${link}”是一个符号链接，为安全起见不会写入或替换它。请删除该链接，或换一个输出位置。`,
      '有 1 个单位的文件未能写出（原因见上）；其余 2 个已完整写出。请处理后重新拆分。',
    ]);
    expect(await readFile(outside, 'utf8')).toBe('precious');
    expect((await readdir(output)).sort()).toEqual(['市商务局.xlsx', '市投资促进局.xlsx', '市教育局.xlsx'].sort());
    expect(await unitOfSplitFile(path.join(output, '市商务局.xlsx'))).toBe('市商务局');
  });
});

describe('consolidate with a zip bomb among the bureaus', () => {
  it('lists the bomb as refused and compiles every other file', async () => {
    const bureaus = path.join(folder, 'bureaus');
    await mkdir(bureaus);
    const { files } = await writeBureauFiles(bureaus);
    const bomb = path.join(bureaus, '炸弹.xlsx');
    await writeFile(bomb, await lyingBombBytes(520));
    const output = path.join(folder, 'compiled-with-bomb.xlsx');
    const { io, out } = capture();
    expect(await runCli(['consolidate', ...files, bomb, '-o', output, '--json'], io)).toBe(1);
    const result = JSON.parse(out.join('')) as { rows: number; sources: { file: string }[]; issues: { file: string; rule: string; message: string }[] };
    expect(result.sources.map((source) => source.file)).toEqual(expect.arrayContaining(['市卫生健康委.xlsx', '市商务局.xlsx', '市投资促进局.xlsx', '市教育局.xlsx']));
    expect(result.issues).toContainEqual(expect.objectContaining({ file: bomb, rule: 'file.unpackedTooLarge', message: `“${bomb}”解压后超过 500 MB，已拒绝读取。` }));
    expect(result.rows).toBeGreaterThan(40);
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
