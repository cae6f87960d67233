/**
 * Progress of long work (consolidate, split) is drawn on stderr when stderr is a terminal, rewritten in
 * place and cleared before the results, and never written when stderr is piped or redirected.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProgressLine } from '../../src/cli/progressLine';
import { runInProcess, type CliStream } from '../../src/cli/runInProcess';
import { writeBureauFiles } from '../fixtures/consolidate/writeBureauFiles';

/** A stream as a test sees it: what was written, and whether it claims to be a terminal. */
function fakeStream(isTTY: boolean): CliStream & { text: () => string } {
  const chunks: string[] = [];
  return { isTTY, write: (text: string) => chunks.push(text), text: () => chunks.join('') };
}

let folder: string;
let files: string[];

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-progress-'));
  ({ files } = await writeBureauFiles(folder));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('ProgressLine', () => {
  it('rewrites one line in place, skips updates closer than its interval, and clears what it drew', () => {
    const written: string[] = [];
    let clock = 0;
    const progress = new ProgressLine((text) => written.push(text), 100, () => clock);
    progress.update('正在读取第 1/3 个文件：甲.xlsx', true);
    clock = 50;
    progress.update('正在读取第 2/3 个文件：乙.xlsx');
    clock = 60;
    progress.update('b 3/3', true);
    progress.clear();
    expect(written).toHaveLength(3);
    expect(written[0]).toBe('\r正在读取第 1/3 个文件：甲.xlsx');
    // The shorter line covers the longer one's rest: 30 columns drawn (CJK counts two), 5 now.
    expect(written[1]).toBe(`\rb 3/3${' '.repeat(25)}`);
    expect(written[2]).toBe(`\r${' '.repeat(5)}\r`);
  });

  it('writes nothing without a progress stream', () => {
    const progress = new ProgressLine(undefined);
    expect(() => {
      progress.update('x', true);
      progress.clear();
    }).not.toThrow();
  });
});

describe('progress of the CLI', () => {
  it('consolidate at a terminal shows each file read, then clears the line before the results', async () => {
    const stdout = fakeStream(false);
    const stderr = fakeStream(true);
    const output = path.join(folder, 'tty.xlsx');
    const code = await runInProcess(['consolidate', ...files, '-o', output, '--json'], stdout, stderr);
    expect(code).toBe(1); // one fixture file is unreadable, and is named
    const drawn = stderr.text();
    expect(drawn).toContain(`\r正在读取第 1/${files.length} 个文件：`);
    expect(drawn).toContain(`\r正在读取第 ${files.length}/${files.length} 个文件：`);
    expect(drawn).toContain('正在写入');
    // The line is cleared: the last thing drawn returns to the start of an empty line.
    expect(drawn.endsWith('\r')).toBe(true);
    expect(JSON.parse(stdout.text()).output).toBe(output);
  });

  it('consolidate and split piped write no progress at all: stderr carries errors only', async () => {
    const output = path.join(folder, 'piped.xlsx');
    const consolidateErr = fakeStream(false);
    expect(await runInProcess(['consolidate', ...files, '-o', output, '--json'], fakeStream(false), consolidateErr)).toBe(1);
    expect(consolidateErr.text()).not.toContain('\r');
    expect(consolidateErr.text()).not.toContain('正在读取');

    const splitErr = fakeStream(false);
    await runInProcess(['split', output, '-o', path.join(folder, 'parts-piped')], fakeStream(false), splitErr);
    expect(splitErr.text()).not.toContain('\r');
  });

  it('split at a terminal shows each unit written, in English with --lang en', async () => {
    const compiled = path.join(folder, 'for-split.xlsx');
    await runInProcess(['consolidate', ...files, '-o', compiled, '--json'], fakeStream(false), fakeStream(false));
    const stderr = fakeStream(true);
    const code = await runInProcess(['split', compiled, '-o', path.join(folder, 'parts-tty'), '--lang', 'en'], fakeStream(false), stderr);
    expect(code).toBeLessThan(2);
    expect(stderr.text()).toMatch(/\rWriting the workbook of unit 1 of \d+: /);
    expect(stderr.text().endsWith('\r')).toBe(true);
  });
});
