/**
 * The installed command compiles its bundle through V8's code cache. The cache only ever saves time: absent,
 * made from another source, by another Node, damaged or unwritable, the file still compiles and runs as written.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileWithCodeCache, type CodeCacheOutcome } from '../../../src/cli/launch/compileWithCodeCache';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'jindu-code-cache-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function sourceFile(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, text, 'utf8');
  return file;
}

let copies = 0;

/**
 * Compiles and runs `file` with the cache `cache`, and says what became of the cache and what the file exported.
 * Each compile reads a copy under a new name, as a fresh process would: V8 keeps the scripts a process compiled,
 * by source and name, and would hand back the earlier one without looking at the cache.
 */
async function compileAndRun(file: string, cache: string): Promise<{ outcome: CodeCacheOutcome; exported: unknown; written: boolean }> {
  copies += 1;
  const copy = path.join(path.dirname(file), 'copies', `${copies}-${path.basename(file)}`);
  await mkdir(path.dirname(copy), { recursive: true });
  await copyFile(file, copy);
  const compiled = compileWithCodeCache(copy, cache);
  const exported = compiled.runAsCommonJs();
  return { outcome: compiled.outcome, exported, written: compiled.outcome === 'accepted' ? false : compiled.writeCodeCache() };
}

/** Several functions, so the cache has something to hold beyond the top level. */
const SOURCE = [
  'function letters(text) { return text.split("").filter((c) => /[a-z]/.test(c)); }',
  'function shout(text) { return letters(text).join("").toUpperCase(); }',
  'module.exports = shout("jin-du 1");',
].join('\n');

describe('compileWithCodeCache', () => {
  it('compiles without a cache, writes one after the run, and V8 takes it the next time', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    expect(await compileAndRun(file, cache)).toEqual({ outcome: 'absent', exported: 'JINDU', written: true });
    expect(await compileAndRun(file, cache)).toEqual({ outcome: 'accepted', exported: 'JINDU', written: false });
  });

  it('starts the cache file with one line naming the source and the Node that made it', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    await compileAndRun(file, cache);
    const bytes = await readFile(cache);
    const header = JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
    expect(header).toEqual({ sourceLength: SOURCE.length, sourceCrc32: expect.any(Number), node: process.version, arch: process.arch });
    expect(bytes.length).toBeGreaterThan(bytes.indexOf(0x0a) + 1);
  });

  it('holds the functions the run compiled when written after it', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const before = compileWithCodeCache(file, path.join(folder, 'before.codecache'));
    before.writeCodeCache();
    const after = compileWithCodeCache(file, path.join(folder, 'after.codecache'));
    after.runAsCommonJs();
    after.writeCodeCache();
    const sizes = await Promise.all(['before', 'after'].map(async (name) => (await readFile(path.join(folder, `${name}.codecache`))).length));
    expect(sizes[1]).toBeGreaterThan(sizes[0] ?? Infinity);
  });

  it('never hands V8 the cache of another source of the same length (V8 compares lengths only), and replaces it', async () => {
    const cache = path.join(folder, 'cli.codecache');
    const first = await sourceFile('first.js', 'module.exports = "first build";');
    const second = await sourceFile('second.js', 'module.exports = "other build";');
    expect((await readFile(first, 'utf8')).length).toBe((await readFile(second, 'utf8')).length);
    await compileAndRun(first, cache);
    expect(await compileAndRun(second, cache)).toEqual({ outcome: 'stale', exported: 'other build', written: true });
    expect((await compileAndRun(second, cache)).outcome).toBe('accepted');
  });

  it('does not use a cache made by another Node or on another architecture', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    await compileAndRun(file, cache);
    const bytes = await readFile(cache);
    const headerEnd = bytes.indexOf(0x0a);
    const header = JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as Record<string, unknown>;
    for (const madeBy of [{ node: 'v18.0.0' }, { arch: process.arch === 'arm64' ? 'x64' : 'arm64' }]) {
      await writeFile(cache, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...madeBy })}\n`), bytes.subarray(headerEnd + 1)]));
      expect(await compileAndRun(file, cache)).toEqual({ outcome: 'stale', exported: 'JINDU', written: true });
    }
  });

  it('falls back to a plain compile when V8 refuses the cached data, and replaces it', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    await compileAndRun(file, cache);
    const bytes = await readFile(cache);
    const headerEnd = bytes.indexOf(0x0a);
    // The header is right, the data behind it is not V8's (as after a V8 update or with other V8 flags).
    await writeFile(cache, Buffer.concat([bytes.subarray(0, headerEnd + 1), Buffer.alloc(bytes.length - headerEnd - 1, 0x5a)]));
    expect(await compileAndRun(file, cache)).toEqual({ outcome: 'rejected', exported: 'JINDU', written: true });
    expect((await compileAndRun(file, cache)).outcome).toBe('accepted');
  });

  it.each([
    { description: 'an empty file', bytes: Buffer.alloc(0) },
    { description: 'no header line', bytes: Buffer.from('not a cache') },
    { description: 'a header that is not JSON', bytes: Buffer.from('{sourceLength\nxyz') },
    { description: 'a header of other fields', bytes: Buffer.from('[1,2,3]\nxyz') },
  ])('treats $description as no cache', async ({ bytes }) => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    await writeFile(cache, bytes);
    const { outcome, exported } = await compileAndRun(file, cache);
    expect(exported).toBe('JINDU');
    expect(['absent', 'stale']).toContain(outcome);
  });

  it('runs as before, silently, where the cache cannot be written, and leaves nothing behind', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    // A file where the cache's folder should be, and a folder where the cache file should be.
    const notAFolder = await sourceFile('plain.txt', 'a file');
    await mkdir(path.join(folder, 'cli.codecache'));
    for (const cache of [path.join(notAFolder, 'cli.codecache'), path.join(folder, 'cli.codecache')]) {
      expect(await compileAndRun(file, cache)).toEqual({ outcome: 'absent', exported: 'JINDU', written: false });
    }
    expect((await readdir(folder)).sort()).toEqual(['cli.codecache', 'cli.js', 'copies', 'plain.txt']);
    expect(await readdir(path.join(folder, 'cli.codecache'))).toEqual([]);
  });

  it('gives the file its own require, module, __filename and __dirname, and keeps its line numbers', async () => {
    await sourceFile('answer.js', 'module.exports = 42;');
    const file = await sourceFile(
      'cli.js',
      ['const answer = require("./answer");', 'module.exports = { answer, filename: __filename, dirname: __dirname, thisIsExports: this === module.exports,', '  fail() { throw new Error("line three"); } };'].join('\n'),
    );
    const exported = compileWithCodeCache(file, path.join(folder, 'cli.codecache')).runAsCommonJs() as Record<string, unknown> & { fail(): void };
    expect({ ...exported, fail: undefined }).toEqual({ answer: 42, filename: file, dirname: folder, thisIsExports: true, fail: undefined });
    let stack = '';
    try {
      exported.fail();
    } catch (error) {
      // The file runs in Node's own context, whose Error is not this test's.
      stack = String((error as { stack?: unknown }).stack);
    }
    expect(stack).toContain(`${file}:3:`);
  });

  it('reads and writes no cache on a Node that cannot fingerprint the source', async () => {
    const file = await sourceFile('cli.js', SOURCE);
    const cache = path.join(folder, 'cli.codecache');
    let compile: typeof compileWithCodeCache | undefined;
    jest.isolateModules(() => {
      jest.doMock('node:zlib', () => ({ ...jest.requireActual<object>('node:zlib'), crc32: undefined }));
      compile = jest.requireActual<{ compileWithCodeCache: typeof compileWithCodeCache }>('../../../src/cli/launch/compileWithCodeCache').compileWithCodeCache;
    });
    if (!compile) throw new Error('the module did not load');
    const compiled = compile(file, cache);
    expect(compiled.outcome).toBe('unsupported');
    expect(compiled.runAsCommonJs()).toBe('JINDU');
    expect(compiled.writeCodeCache()).toBe(false);
    expect(await readdir(folder)).toEqual(['cli.js']);
  });
});
