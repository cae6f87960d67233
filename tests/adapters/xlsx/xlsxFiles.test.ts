import { mkdtemp, readdir, readFile, rm, truncate, writeFile, symlink, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inspectXlsxBytes } from '../../../src/adapters/xlsx/inspectXlsxBytes';
import { openWorkbookBytes } from '../../../src/adapters/xlsx/openWorkbookBytes';
import { openWorkbookFile, saveWorkbookFile } from '../../../src/adapters/xlsx/openWorkbookFile';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { formatMessage, messageKeys } from '../../../src/core/messages';

const fixtures = path.join(__dirname, '..', '..', 'fixtures', 'files');
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'jindu-xlsx-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function sampleBytes(): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['序号', '任务'], [57, '健全新药研发']] },
  ]);
  return workbook.toBuffer();
}

/** Rewrites the declared uncompressed size of every entry in the zip's central directory. */
function withDeclaredUnpackedSize(bytes: Uint8Array, sizePerEntry: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.length; offset += 1) {
    if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 24, sizePerEntry, true);
  }
  return copy;
}

describe('openWorkbookFile refuses files it cannot read, with the message to show', () => {
  const cases = [
    { description: 'a password-protected workbook (OLE container with an encrypted package)', file: 'encrypted.xlsx', key: 'file.encrypted' },
    { description: 'an Excel 97–2003 workbook', file: 'legacy.xls', key: 'file.notXlsx' },
    { description: 'a workbook cut off before its zip directory', file: 'truncated.xlsx', key: 'file.corrupt' },
    { description: 'a workbook whose sheet XML is broken', file: 'damaged-part.xlsx', key: 'file.corrupt' },
    { description: 'a workbook without sheets', file: 'no-sheets.xlsx', key: 'file.empty' },
    { description: 'a Word document renamed to .xlsx', file: 'word.xlsx', key: 'file.notXlsx' },
    { description: 'text saved under an .xlsx name', file: 'text.xlsx', key: 'file.notXlsx' },
    { description: 'a file of zero bytes', file: 'empty.xlsx', key: 'file.empty' },
    { description: 'a file that does not exist', file: 'missing.xlsx', key: 'file.notFound' },
  ];

  it.each(cases)('$description', async ({ file, key }) => {
    const filePath = path.join(fixtures, file);
    const opened = await openWorkbookFile(filePath);
    expect(opened).toEqual({ ok: false, problem: { key, params: { file: filePath } } });
    expect(messageKeys('zh-CN').has(key)).toBe(true);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const huge = path.join(scratch, 'huge.xlsx');
    await writeFile(huge, '');
    await truncate(huge, 51 * 1024 * 1024);
    const opened = await openWorkbookFile(huge);
    expect(opened).toEqual({ ok: false, problem: { key: 'file.tooLarge', params: { file: huge, limit: 50 } } });
    if (!opened.ok) expect(formatMessage('zh-CN', opened.problem.key, opened.problem.params)).toContain('50 MB');
  });

  it('opens a good workbook and reads it', async () => {
    const good = path.join(scratch, 'good.xlsx');
    await writeFile(good, await sampleBytes());
    const opened = await openWorkbookFile(good);
    if (!opened.ok) throw new Error(`expected to open: ${opened.problem.key}`);
    expect((await opened.workbook.readSheet('三季度')).text[1]).toEqual(['57', '健全新药研发']);
  });
});

describe('inspectXlsxBytes checks bytes before unpacking them (the browser uses it too)', () => {
  it('refuses a zip whose entries would unpack past 500 MB', async () => {
    const bomb = withDeclaredUnpackedSize(await sampleBytes(), 100 * 1024 * 1024);
    expect(inspectXlsxBytes(bomb, 'bomb.xlsx')).toEqual({
      ok: false,
      problem: { key: 'file.unpackedTooLarge', params: { file: 'bomb.xlsx', limit: 500 } },
    });
  });

  it('refuses more than 50 MB of bytes', () => {
    const inspection = inspectXlsxBytes(new Uint8Array(50 * 1024 * 1024 + 1), 'big.xlsx');
    expect(inspection.ok ? null : inspection.problem.key).toBe('file.tooLarge');
  });

  it('accepts a workbook and reports its unpacked size', async () => {
    const bytes = await sampleBytes();
    const inspection = inspectXlsxBytes(bytes, 'good.xlsx');
    expect(inspection.ok).toBe(true);
    if (inspection.ok) expect(inspection.unpackedBytes).toBeGreaterThan(bytes.length);
  });

  it('takes an ArrayBuffer as the browser gives it', async () => {
    const bytes = await sampleBytes();
    const arrayBuffer = new Uint8Array(bytes).buffer;
    const opened = await openWorkbookBytes('三季度.xlsx', arrayBuffer);
    expect(opened.ok).toBe(true);
  });
});

describe('saveWorkbookFile', () => {
  it('writes a new file that opens again', async () => {
    const source = path.join(scratch, 'source.xlsx');
    await writeFile(source, await sampleBytes());
    const opened = await openWorkbookFile(source);
    if (!opened.ok) throw new Error(opened.problem.key);
    await opened.workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 1, values: [['已修改']] }]);
    const output = path.join(scratch, 'output.xlsx');
    expect(await saveWorkbookFile(opened.workbook, output)).toEqual({ ok: true, path: output });
    const reopened = await openWorkbookFile(output);
    if (!reopened.ok) throw new Error(reopened.problem.key);
    expect((await reopened.workbook.readSheet('三季度')).text[1]?.[1]).toBe('已修改');
  });

  it('refuses to overwrite an input file, under any spelling of its path', async () => {
    const source = path.join(scratch, 'input.xlsx');
    await writeFile(source, await sampleBytes());
    const before = await readFile(source);
    const link = path.join(scratch, 'link.xlsx');
    await symlink(source, link);
    const opened = await openWorkbookFile(source);
    if (!opened.ok) throw new Error(opened.problem.key);
    for (const spelling of [source, link, path.join(scratch, '.', 'input.xlsx')]) {
      expect(await saveWorkbookFile(opened.workbook, spelling)).toEqual({
        ok: false,
        problem: { key: 'file.wouldOverwrite', params: { file: spelling } },
      });
    }
    expect(await readFile(source)).toEqual(before);
  });

  it('refuses to overwrite another opened input too (consolidating many files)', async () => {
    const first = path.join(scratch, 'bureau-a.xlsx');
    const second = path.join(scratch, 'bureau-b.xlsx');
    await writeFile(first, await sampleBytes());
    await copyFile(first, second);
    const openedFirst = await openWorkbookFile(first);
    const openedSecond = await openWorkbookFile(second);
    if (!openedFirst.ok || !openedSecond.ok) throw new Error('expected both to open');
    const saved = await saveWorkbookFile(openedFirst.workbook, second);
    expect(saved.ok ? null : saved.problem.key).toBe('file.wouldOverwrite');
  });
});

describe('saveWorkbookFile says why an output cannot be written, and leaves nothing behind', () => {
  it.each([
    { description: 'a folder that does not exist', output: () => path.join(scratch, 'missing', 'out.xlsx'), key: 'file.outputFolderMissing' },
    { description: 'a "folder" that is a file', output: () => path.join(scratch, 'plain-file.txt', 'out.xlsx'), key: 'file.outputFolderMissing' },
    { description: 'a name that is a folder', output: () => scratch, key: 'file.outputIsFolder' },
    { description: 'a name longer than the file system allows', output: () => path.join(scratch, `${'进'.repeat(100)}.xlsx`), key: 'file.outputNameTooLong' },
  ])('$description: $key', async ({ output, key }) => {
    await writeFile(path.join(scratch, 'plain-file.txt'), 'x');
    const before = (await readdir(scratch)).sort();
    const workbook = XlsxWorkbook.create();
    await workbook.apply([{ op: 'addSheet', sheet: '三季度', replace: false }]);
    const saved = await saveWorkbookFile(workbook, output());
    expect(saved).toEqual({ ok: false, problem: { key, params: { file: output() } } });
    expect((await readdir(scratch)).sort()).toEqual(before);
  });
});
