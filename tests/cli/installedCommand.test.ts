/**
 * The installed `jindu` command: `npm run build:cli` compiles it ahead of time so it runs without a
 * TypeScript compiler, carries the version, loads ExcelJS only when a command needs it, and still
 * writes workbooks through it when one does. Its code cache only saves time: whatever became of the
 * cache, a check prints the same.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { version } from '../../package.json';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { INSTALLED_FILES } from '../../src/cli/launch/installedFiles';
import { CLI_NODE_FLAGS, COMMANDS_WITH_NODE_FLAGS } from '../../src/cli/nodeFlags';
import { isCellError, seed000Rows } from '../../src/core';

const ROOT = path.resolve(__dirname, '..', '..');
const INSTALLED = path.join(ROOT, 'dist-cli');
const COMMAND = path.join(INSTALLED, INSTALLED_FILES.command);

let folder: string;
let loadHook: string;
let seedSheet: string;

async function writeSeedSheet(into: string): Promise<string> {
  const workbook = XlsxWorkbook.create();
  const values = seed000Rows.map((row) => row.map((value) => (isCellError(value) ? value.error : value)));
  await workbook.apply([
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values },
  ]);
  const file = path.join(into, 'seed000.xlsx');
  await writeFile(file, await workbook.toBuffer());
  return file;
}

/** Runs an installed command (the built one, or a copy of it) on the seed sheet, as its first line runs it. */
function checkSeed(command: string) {
  const run = spawnSync(process.execPath, [command, 'check', seedSheet, '--json'], { cwd: folder, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** What the built command loads only when a command needs it (ExcelJS; node:crypto for writing files; node:child_process never). */
const LOADED_ON_FIRST_USE = ['exceljs', 'node:crypto', 'node:child_process'];

/** Runs the built command the way its first line does, with a hook that reports which of LOADED_ON_FIRST_USE it loads. */
function runCommand(args: readonly string[]) {
  const run = spawnSync(process.execPath, ['--require', loadHook, COMMAND, ...args], { cwd: folder, encoding: 'utf8' });
  const loaded = run.stderr.split('\n').filter((line) => line.startsWith('loaded '));
  return { code: run.status, out: run.stdout, err: run.stderr.split('\n').filter((line) => !line.startsWith('loaded ')).join('\n'), loaded: loaded.map((line) => line.slice('loaded '.length)).sort() };
}

beforeAll(async () => {
  const built = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', 'build-cli.ts')], { cwd: ROOT, encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-installed-'));
  loadHook = path.join(folder, 'loadHook.js');
  seedSheet = await writeSeedSheet(folder);
  await writeFile(
    loadHook,
    `const Module = require('module'); const watched = new Set(${JSON.stringify(LOADED_ON_FIRST_USE)}); const load = Module._load; Module._load = function (request, ...rest) { if (watched.has(request)) process.stderr.write('loaded ' + request + '\\n'); return load.call(this, request, ...rest); };\n`,
  );
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the installed jindu command', () => {
  it('is an executable file whose first line runs Node without flags', async () => {
    const text = await readFile(COMMAND, 'utf8');
    expect(text.split('\n')[0]).toBe('#!/usr/bin/env node');
    const packageJson = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(path.resolve(ROOT, packageJson.bin.jindu ?? '')).toBe(COMMAND);
  });

  it('prints its version without loading what only some commands need', () => {
    const run = runCommand(['--version']);
    expect(run.code).toBe(0);
    expect(run.out.trim()).toBe(version);
    expect(run.loaded).toEqual([]);
  });

  it('checks a CSV report without loading what only some commands need', async () => {
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

  it('checks an .xlsx report with its own reader, without loading what only some commands need', () => {
    const run = runCommand(['check', seedSheet, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toHaveProperty('summary');
    expect(run.loaded).toEqual([]);
  });

  it('loads ExcelJS and node:crypto on first use and writes a workbook through them', () => {
    const output = path.join(folder, '模板.xlsx');
    const run = runCommand(['fill', '-o', output, '--template', '--period', '三季度', '--year', '2022', '--unit', '市卫生健康委']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.loaded).toEqual(['exceljs', 'node:crypto']);
    expect(existsSync(output)).toBe(true);
  });
});

describe('the installed command’s Node flags', () => {
  /** Runs the built command with a hook, in it and in any process it starts, that reports each process's flags and heap limit. */
  function runReportingProcesses(args: readonly string[]) {
    const hook = path.join(folder, 'processHook.js');
    const run = spawnSync(process.execPath, [COMMAND, ...args], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${hook}` },
    });
    const processes = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('process '))
      .map((line) => JSON.parse(line.slice('process '.length)) as { flags: string[]; heapLimitMegabytes: number });
    const err = run.stderr
      .split('\n')
      .filter((line) => !line.startsWith('process '))
      .join('\n');
    return { code: run.status, out: run.stdout, err, processes };
  }

  beforeAll(async () => {
    await writeFile(
      path.join(folder, 'processHook.js'),
      "process.on('exit', () => process.stderr.write('process ' + JSON.stringify({ flags: process.execArgv, heapLimitMegabytes: require('v8').getHeapStatistics().heap_size_limit / 1048576 }) + '\\n'));\n",
    );
  });

  it('checks in one process started without flags, so Node’s own code cache serves it', () => {
    const run = runReportingProcesses(['check', seedSheet, '--json']);
    expect(run.code).toBe(0);
    expect(run.processes.map((started) => started.flags)).toEqual([[]]);
  });

  it.each(COMMANDS_WITH_NODE_FLAGS)('runs %s in a process of its own with the heap cap', (command) => {
    // Without its arguments: the command still starts, and says what is missing.
    const run = runReportingProcesses([command]);
    expect(run.code).toBe(2);
    expect(run.processes.map((started) => started.flags)).toEqual([CLI_NODE_FLAGS, []]);
    const [capped, launcher] = run.processes;
    expect(capped?.heapLimitMegabytes).toBeLessThan(launcher?.heapLimitMegabytes ?? 0);
    expect(capped?.heapLimitMegabytes).toBeLessThan(1536 + 100);
  });

  it('passes on the exit code, output and errors of the process it starts', async () => {
    const output = path.join(folder, '汇总.xlsx');
    const done = runReportingProcesses(['consolidate', seedSheet, '-o', output, '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toHaveProperty('output');
    expect(existsSync(output)).toBe(true);
    const args = ['consolidate', path.join(folder, '没有这个文件.xlsx'), '-o', path.join(folder, '另一个汇总.xlsx')];
    const failed = runReportingProcesses(args);
    // What the command says when started with the flags directly, as the bench's worker is.
    const direct = spawnSync(process.execPath, [...CLI_NODE_FLAGS, COMMAND, ...args], { cwd: folder, encoding: 'utf8' });
    expect({ code: failed.code, out: failed.out, err: failed.err }).toEqual({ code: direct.status, out: direct.stdout, err: direct.stderr });
    expect(failed.code).toBe(2);
    expect(failed.err).toContain('没有这个文件.xlsx');
  });
});

describe('the installed command’s code cache', () => {
  it('comes with the build, beside the command, and a check takes it as it is', async () => {
    const cache = path.join(INSTALLED, INSTALLED_FILES.codeCache);
    const before = await stat(cache);
    const run = checkSeed(COMMAND);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    // Only a cache V8 refused, or none, is written anew.
    expect((await stat(cache)).mtimeMs).toBe(before.mtimeMs);
  });

  it('changes nothing a check prints when it is missing, made by another Node, damaged or cannot be written, and is written anew where it can be', async () => {
    const expected = checkSeed(COMMAND);
    // Beside the built command, so the packages it leaves in node_modules are found as they are for it.
    const copy = await mkdtemp(path.join(INSTALLED, 'copy-'));
    try {
      await checkCopy(copy, expected);
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  }, 60_000);
});

/** Prepares each state of the cache in a copy of the installed command, and checks the seed with it. */
async function checkCopy(copy: string, expected: ReturnType<typeof checkSeed>): Promise<void> {
  await Promise.all([INSTALLED_FILES.command, INSTALLED_FILES.bundle].map((name) => copyFile(path.join(INSTALLED, name), path.join(copy, name))));
  const command = path.join(copy, INSTALLED_FILES.command);
  const cache = path.join(copy, INSTALLED_FILES.codeCache);
  const built = await readFile(path.join(INSTALLED, INSTALLED_FILES.codeCache));
  const headerEnd = built.indexOf(0x0a);
  const header = JSON.parse(built.subarray(0, headerEnd).toString('utf8')) as Record<string, unknown>;

  const cases: { description: string; prepare: () => Promise<void>; writtenAnew: boolean }[] = [
    { description: 'missing', prepare: () => rm(cache, { recursive: true, force: true }), writtenAnew: true },
    {
      description: 'made by another Node',
      prepare: () => writeFile(cache, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, node: 'v18.0.0' })}\n`), built.subarray(headerEnd + 1)])),
      writtenAnew: true,
    },
    {
      description: 'damaged behind a right header',
      prepare: () => writeFile(cache, Buffer.concat([built.subarray(0, headerEnd + 1), Buffer.alloc(built.length - headerEnd - 1, 0x5a)])),
      writtenAnew: true,
    },
    {
      description: 'a folder where the cache file should be',
      prepare: async () => {
        await rm(cache, { force: true });
        await mkdir(cache);
      },
      writtenAnew: false,
    },
  ];
  for (const { description, prepare, writtenAnew } of cases) {
    await prepare();
    const run = checkSeed(command);
    expect({ description, ...run }).toEqual({ description, ...expected });
    if (!writtenAnew) {
      expect((await stat(cache)).isDirectory()).toBe(true);
      continue;
    }
    expect({ description, header: (await readFile(cache)).subarray(0, headerEnd) }).toEqual({ description, header: built.subarray(0, headerEnd) });
    // The next check takes the new cache as it is.
    const written = (await stat(cache)).mtimeMs;
    expect(checkSeed(command)).toEqual(expected);
    expect({ description, written: (await stat(cache)).mtimeMs }).toEqual({ description, written });
  }
}
