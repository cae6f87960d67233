import { crc32 } from 'node:zlib';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { saveWorkbookFile } from '../../../src/adapters/xlsx/openWorkbookFile';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { canZipNatively, PackageZipper } from '../../../src/adapters/xlsx/zipPackageParts';
import { listEntries, sampleWorkbook, type ListedEntry } from './zipListing';

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
