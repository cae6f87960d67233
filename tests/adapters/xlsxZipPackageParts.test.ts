import { crc32, inflateRawSync } from 'node:zlib';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { saveWorkbookFile } from '../../src/adapters/xlsx/openWorkbookFile';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';
import { canZipNatively, PackageZipper } from '../../src/adapters/xlsx/zipPackageParts';

interface ListedEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly externalAttributes: number;
  readonly content: Uint8Array;
}

/** The entries of a zip as its central directory lists them, each with its content unpacked. */
function listEntries(zip: Uint8Array): ListedEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const entries: ListedEntry[] = [];
  let cursor = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    const method = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const localOffset = view.getUint32(cursor + 42, true);
    // The local header must say what the central directory says.
    expect(view.getUint16(localOffset + 8, true)).toBe(method);
    expect(view.getUint32(localOffset + 14, true)).toBe(view.getUint32(cursor + 16, true));
    expect(view.getUint32(localOffset + 18, true)).toBe(compressedSize);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = zip.subarray(start, start + compressedSize);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(cursor + 46, cursor + 46 + nameLength)),
      method,
      crc: view.getUint32(cursor + 16, true),
      size: view.getUint32(cursor + 24, true),
      externalAttributes: view.getUint32(cursor + 38, true),
      content: method === 8 ? new Uint8Array(inflateRawSync(data)) : data,
    });
    cursor += 46 + nameLength + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
  }
  return entries;
}

async function sampleWorkbook(rows: number): Promise<XlsxWorkbook> {
  const workbook = XlsxWorkbook.create();
  const values = Array.from({ length: rows }, (_, row) => [row + 1, `任务${row % 7}：新建改扩建社区卫生服务中心`, '=不是公式']);
  await workbook.apply([
    { op: 'addSheet', sheet: '三季度', replace: false },
    { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values },
    { op: 'setFormat', sheet: '三季度', range: `A1:C${rows}`, format: { border: true, wrap: true } },
    { op: 'setNote', sheet: '三季度', cell: 'B1', text: '请补充进展' },
    { op: 'setValidationList', sheet: '三季度', range: `C1:C${rows}`, list: ['完成', '未完成'] },
    { op: 'addSheet', sheet: '统计', replace: false },
    { op: 'writeBlock', sheet: '统计', row: 0, column: 0, values: [['单位', '任务数'], ['市商务局', rows]] },
  ]);
  return workbook;
}

async function zipNatively(workbook: XlsxWorkbook): Promise<Uint8Array> {
  const zipper = new PackageZipper();
  expect(await workbook.renderParts((part) => zipper.add(part))).toBe(true);
  return zipper.finish();
}

const text = (entry: ListedEntry | undefined) => new TextDecoder().decode(entry?.content ?? new Uint8Array(0));
/** docProps/core.xml carries the time of writing, which differs between two saves. */
const withoutTimes = (xml: string) => xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1><');

const cases = [
  { description: 'a one-row sheet', rows: 1 },
  { description: 'a sheet of 2,000 rows', rows: 2000 },
];

describe('PackageZipper', () => {
  it('is available on the Node the project runs on', () => {
    expect(canZipNatively()).toBe(true);
  });

  it.each(cases)('zips $description into the entries JSZip writes, in its order, with the same contents', async ({ rows }) => {
    const throughJsZip = listEntries(await (await sampleWorkbook(rows)).toBuffer());
    const native = listEntries(await zipNatively(await sampleWorkbook(rows)));

    expect(native.map((entry) => entry.name)).toEqual(throughJsZip.map((entry) => entry.name));
    native.forEach((entry, index) => {
      const expected = throughJsZip[index];
      expect(entry.externalAttributes).toBe(expected?.externalAttributes);
      expect(entry.crc).toBe(crc32(entry.content));
      expect(entry.size).toBe(entry.content.byteLength);
      expect(withoutTimes(text(entry))).toBe(withoutTimes(text(expected)));
    });
  });

  it.each(cases)('gives $description back as the same workbook when loaded again', async ({ rows }) => {
    const reloaded = await XlsxWorkbook.load(await zipNatively(await sampleWorkbook(rows)));
    const grid = await reloaded.readSheet('三季度');

    expect(grid.values).toHaveLength(rows);
    expect(grid.values[rows - 1]).toEqual([rows, `任务${(rows - 1) % 7}：新建改扩建社区卫生服务中心`, '=不是公式']);
    expect(grid.numberFormats?.[0]?.[2]).toBe('@');
    expect((await reloaded.readSheet('统计')).values).toEqual([['单位', '任务数'], ['市商务局', rows]]);
  });

  it('puts a folder entry before the first part in each folder, and keeps the first place and last content of a part added twice', async () => {
    const zipper = new PackageZipper();
    zipper.add({ name: '[Content_Types].xml', data: '<Types/>', base64: false });
    zipper.add({ name: 'xl/worksheets/sheet1.xml', data: '<worksheet>旧</worksheet>', base64: false });
    zipper.add({ name: 'xl/media/image1.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47]).toString('base64'), base64: true });
    zipper.add({ name: 'xl/worksheets/sheet1.xml', data: '<worksheet>新</worksheet>', base64: false });
    zipper.add({ name: 'xl/empty.xml', data: new Uint8Array(0), base64: false });
    const entries = listEntries(await zipper.finish());

    expect(entries.map((entry) => entry.name)).toEqual([
      '[Content_Types].xml',
      'xl/',
      'xl/worksheets/',
      'xl/worksheets/sheet1.xml',
      'xl/media/',
      'xl/media/image1.png',
      'xl/empty.xml',
    ]);
    expect(entries.filter((entry) => entry.name.endsWith('/')).every((entry) => entry.externalAttributes === 0x10 && entry.size === 0)).toBe(true);
    expect(text(entries[3])).toBe('<worksheet>新</worksheet>');
    expect([...(entries[5]?.content ?? [])]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(entries[6]).toMatchObject({ method: 0, size: 0 });
  });

  it.each([
    { description: 'a small part (compressed at once)', rows: 100 },
    { description: 'a part of several megabytes (compressed on the thread pool)', rows: 60_000 },
  ])('compresses $description to the same bytes and CRC', async ({ rows }) => {
    const xml = Array.from({ length: rows }, (_, row) => `<row r="${row + 1}"><c t="s"><v>${(row * 7919) % 100_003}</v></c></row>`).join('');
    const zipper = new PackageZipper();
    zipper.add({ name: 'xl/worksheets/sheet1.xml', data: xml, base64: false });
    const sheet = listEntries(await zipper.finish()).find((entry) => entry.name === 'xl/worksheets/sheet1.xml');

    expect(sheet).toMatchObject({ name: 'xl/worksheets/sheet1.xml', method: 8, size: Buffer.byteLength(xml), crc: crc32(xml) });
    expect(text(sheet)).toBe(xml);
  });

  it('is what saveWorkbookFile writes: a compressed file that reads back', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'jindu-zip-'));
    try {
      const file = path.join(folder, '汇总.xlsx');
      expect(await saveWorkbookFile(await sampleWorkbook(2000), file)).toMatchObject({ ok: true });
      const entries = listEntries(new Uint8Array(await readFile(file)));

      expect(entries.filter((entry) => entry.size > 0).every((entry) => entry.method === 8)).toBe(true);
      expect((await (await XlsxWorkbook.load(await readFile(file))).readSheet('三季度')).values).toHaveLength(2000);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
