/**
 * The installed `jindu` command: `npm run build:cli` compiles it into one file that runs without a
 * TypeScript compiler, carries the version, loads ExcelJS only when a command needs it, and still
 * writes workbooks through it when one does.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { version } from '../../package.json';
import { CLI_NODE_FLAGS } from '../../src/cli/nodeFlags';

const ROOT = path.resolve(__dirname, '..', '..');
const COMMAND = path.join(ROOT, 'dist-cli', 'jindu.js');

let folder: string;
let loadHook: string;

/** Runs the built command the way its first line does, with a hook that reports the packages it loads. */
function runCommand(args: readonly string[]) {
  const run = spawnSync(process.execPath, [...CLI_NODE_FLAGS, '--require', loadHook, COMMAND, ...args], { cwd: folder, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr, loaded: run.stderr.split('\n').filter((line) => line.startsWith('loaded ')) };
}

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-cli.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-installed-'));
  loadHook = path.join(folder, 'loadHook.js');
  await writeFile(
    loadHook,
    "const Module = require('module'); const load = Module._load; Module._load = function (request, ...rest) { if (request === 'exceljs') process.stderr.write('loaded exceljs\\n'); return load.call(this, request, ...rest); };\n",
  );
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the installed jindu command', () => {
  it('is one executable file whose first line runs Node with the command’s flags', async () => {
    const text = await readFile(COMMAND, 'utf8');
    expect(text.split('\n')[0]).toBe(`#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(' ')}`);
    const packageJson = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(path.resolve(ROOT, packageJson.bin.jindu ?? '')).toBe(COMMAND);
  });

  it('prints its version without loading ExcelJS', () => {
    const run = runCommand(['--version']);
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(version);
    expect(run.loaded).toEqual([]);
  });

  it('checks a CSV report without loading ExcelJS', async () => {
    const csv = path.join(folder, '三季度.csv');
    await writeFile(
      csv,
      ['填报单位：市商务局', '序号,任务,时间,节点任务,进展情况,自我评价', '1,建设口岸。（责任单位：市商务局）,三季度,完成验收。,已完成验收。,完成'].join('\n'),
      'utf8',
    );
    const run = runCommand(['check', csv, '--json']);
    expect(run.code).toBeLessThan(2);
    expect(JSON.parse(run.out)).toHaveProperty('summary');
    expect(run.loaded).toEqual([]);
  });

  it('loads ExcelJS on first use and writes a workbook through it', () => {
    const output = path.join(folder, '模板.xlsx');
    const run = runCommand(['fill', '-o', output, '--template', '--period', '三季度', '--year', '2022', '--unit', '市卫生健康委']);
    expect(run.err.replace(/^loaded exceljs\n/m, '')).toBe('');
    expect(run.code).toBe(0);
    expect(run.loaded).toEqual(['loaded exceljs']);
    expect(existsSync(output)).toBe(true);
  });
});
