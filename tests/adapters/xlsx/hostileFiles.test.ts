/**
 * Hostile files against every way a file is read: the own reader (`check`, `consolidate`), ExcelJS
 * (`fill`, `split`, the fallback) and the browser's path (`openWorkbookBytes`). The files are made by
 * tests/fixtures/hostile; the 5 GB bomb's time and memory are measured in the bench, not here.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { measureUnpackedSize } from '../../../src/adapters/xlsx/measureUnpackedSize';
import { normalizeSpreadsheetXml } from '../../../src/adapters/xlsx/normalizeSpreadsheetXml';
import { openWorkbookBytes } from '../../../src/adapters/xlsx/openWorkbookBytes';
import { openWorkbookFile, openWorkbookFileForReading } from '../../../src/adapters/xlsx/openWorkbookFile';
import { readXlsxBytes } from '../../../src/adapters/xlsx/sheetReader';
import { UnsupportedXlsxError } from '../../../src/adapters/xlsx/sheetReader/readerErrors';
import type { SheetGrid } from '../../../src/core/grid/sheetGrid';
import { lyingBombBytes, smallReportBytes, withCdata, withFarRow, withPrefixedSpreadsheetMl, zeroBombData, zipEntries, unzipEntries } from '../../fixtures/hostile/hostileFiles';

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'jindu-hostile-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

const BOMB_REFUSED = (file: string) => ({ ok: false, problem: { key: 'file.unpackedTooLarge', params: { file, limit: 500 } } });

/** The grid through ExcelJS, as `fill` and `split` (and the browser) read it. */
async function excelJsGrid(bytes: Uint8Array, sheet = '三季度'): Promise<SheetGrid> {
  const opened = await openWorkbookBytes('test.xlsx', bytes);
  if (!opened.ok) throw new Error(`expected to open: ${opened.problem.key}`);
  return opened.workbook.readSheet(sheet);
}

describe('a zip that lies about its sizes is refused by what it really inflates to', () => {
  // 520 MB of zeros behind a declared 100 bytes, in a 0.5 MB file: just over the 500 MB limit.
  it('in a worksheet part: the own reader, ExcelJS and the browser path all refuse it as a bomb', async () => {
    const bytes = await lyingBombBytes(520);
    const file = path.join(scratch, 'bomb.xlsx');
    await writeFile(file, bytes);
    // The own reader never inflates past the declared size; it leaves the file to the counting path.
    expect(() => readXlsxBytes(bytes)).toThrow(UnsupportedXlsxError);
    expect(await openWorkbookFileForReading(file)).toEqual(BOMB_REFUSED(file));
    expect(await openWorkbookFile(file)).toEqual(BOMB_REFUSED(file));
    expect(await openWorkbookBytes('炸弹.xlsx', bytes)).toEqual(BOMB_REFUSED('炸弹.xlsx'));
  });

  it('in a part no sheet needs (document properties), which the own reader only checks for damage', async () => {
    const bytes = await lyingBombBytes(520, 'docProps/app.xml');
    const file = path.join(scratch, 'bomb-in-properties.xlsx');
    await writeFile(file, bytes);
    expect(() => readXlsxBytes(bytes)).toThrow(UnsupportedXlsxError);
    expect(await openWorkbookFileForReading(file)).toEqual(BOMB_REFUSED(file));
  });

  it('counts the bytes inflated, not the sizes declared, and stops at the limit', async () => {
    const honest = await smallReportBytes();
    const measured = await measureUnpackedSize(honest, 'a.xlsx');
    const declared = unzipEntries(honest).reduce((sum, entry) => sum + entry.content.length, 0);
    expect(measured).toEqual({ ok: true, unpackedBytes: declared, partsToNormalize: [] });
    expect(await measureUnpackedSize(honest, 'a.xlsx', declared - 1)).toEqual({ ok: false, problem: { key: 'file.unpackedTooLarge', params: { file: 'a.xlsx', limit: 0 } } });
    const lying = zipEntries([{ name: 'xl/workbook.xml', packed: { data: zeroBombData(3), declaredSize: 10 } }]);
    expect(await measureUnpackedSize(lying, 'b.xlsx', 2 * 1024 * 1024)).toEqual({ ok: false, problem: { key: 'file.unpackedTooLarge', params: { file: 'b.xlsx', limit: 2 } } });
  });

  it('calls a part whose deflate data is broken damaged', async () => {
    const broken = zipEntries([{ name: 'xl/workbook.xml', packed: { data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 10 } }]);
    expect(await measureUnpackedSize(broken, 'c.xlsx')).toEqual({ ok: false, problem: { key: 'file.corrupt', params: { file: 'c.xlsx' } } });
  });
});

describe('XML the readers used to get wrong', () => {
  it('keeps the text of CDATA sections, in both readers', async () => {
    const plain = await smallReportBytes([[99, '前x后', '三季度', 'a<b&c', '进展', '完成']]);
    const bytes = withCdata(withCdata(plain, '前', 'x', '后'), 'a', '<b&', 'c');
    const sharedStrings = new TextDecoder().decode(unzipEntries(bytes).find((entry) => entry.name === 'xl/sharedStrings.xml')?.content);
    expect(sharedStrings).toContain('前<![CDATA[x]]>后');
    const own = await readXlsxBytes(bytes).readSheet('三季度');
    expect(own.text[8]).toEqual(['99', '前x后', '三季度', 'a<b&c', '进展', '完成']);
    expect(await excelJsGrid(bytes)).toEqual(own);
  });

  it('reads SpreadsheetML written with a namespace prefix as it reads it without', async () => {
    const plain = await smallReportBytes();
    const prefixed = withPrefixedSpreadsheetMl(plain);
    const sheetXml = new TextDecoder().decode(unzipEntries(prefixed).find((entry) => entry.name === 'xl/worksheets/sheet1.xml')?.content);
    expect(sheetXml).toContain('<x:row');
    const expected = await readXlsxBytes(plain).readSheet('三季度');
    expect(expected.values.length).toBeGreaterThan(3);
    expect(await readXlsxBytes(prefixed).readSheet('三季度')).toEqual(expected);
    expect(await excelJsGrid(prefixed)).toEqual(expected);
  });

  it('spends memory on the cells of a sheet that names row 1,048,576, not on a million rows', async () => {
    const bytes = withFarRow(await smallReportBytes());
    for (const grid of [await readXlsxBytes(bytes).readSheet('三季度'), await excelJsGrid(bytes)]) {
      expect(grid.values).toHaveLength(1_048_576);
      expect(grid.text[1_048_575]?.[0]).toBe('最后一行');
      // Every empty row is one shared, frozen row: a pointer each, and no one can write into all of them at once.
      expect(grid.values[500]).toBe(grid.values[900_000]);
      expect(grid.text[500]).toBe(grid.text[900_000]);
      expect(Object.isFrozen(grid.values[500])).toBe(true);
    }
  });

  it.each([
    { description: 'CDATA becomes escaped text', input: '<t>前<![CDATA[x<y & z]]>后</t>', expected: '<t>前x&lt;y &amp; z后</t>' },
    {
      description: 'the prefix bound to SpreadsheetML is dropped from every element',
      input: '<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:si><x:t>a</x:t></x:si></x:sst>',
      expected: '<?xml version="1.0"?><sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>a</t></si></sst>',
    },
    {
      description: 'a prefix bound to another namespace is left alone',
      input: '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice/></mc:AlternateContent>',
      expected: '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice/></mc:AlternateContent>',
    },
    { description: 'an unterminated CDATA section is left for the reader to call damaged', input: '<t>a<![CDATA[b</t>', expected: '<t>a<![CDATA[b</t>' },
    { description: 'plain SpreadsheetML is returned as it is', input: '<worksheet><sheetData/></worksheet>', expected: '<worksheet><sheetData/></worksheet>' },
  ])('normalizeSpreadsheetXml: $description', ({ input, expected }) => {
    expect(normalizeSpreadsheetXml(input)).toBe(expected);
  });
});

describe('in a browser that inflates only zlib-wrapped data (Chrome and Edge before 103)', () => {
  const Current = globalThis.DecompressionStream;
  class OlderDecompressionStream extends Current {
    constructor(format: CompressionFormat) {
      if (format === 'deflate-raw') throw new TypeError(`Unsupported compression format: '${format}'`);
      super(format);
    }
  }
  beforeEach(() => {
    globalThis.DecompressionStream = OlderDecompressionStream;
  });
  afterEach(() => {
    globalThis.DecompressionStream = Current;
  });

  it('counts what parts really inflate to (all but the last chunk of each), and refuses a lying part', async () => {
    const honest = await smallReportBytes();
    const measured = await measureUnpackedSize(honest, 'a.xlsx');
    expect(measured.ok).toBe(true);
    const lying = zipEntries([{ name: 'xl/workbook.xml', packed: { data: zeroBombData(3), declaredSize: 10 } }]);
    expect(await measureUnpackedSize(lying, 'b.xlsx', 2 * 1024 * 1024)).toEqual({ ok: false, problem: { key: 'file.unpackedTooLarge', params: { file: 'b.xlsx', limit: 2 } } });
  });

  it('opens a file with CDATA as it is, since a part it cannot inflate whole it cannot rewrite', async () => {
    const bytes = withCdata(await smallReportBytes([[99, '前x后', '三季度', '节点', '进展', '完成']]), '前', 'x', '后');
    expect((await excelJsGrid(bytes)).text[8]?.slice(2)).toEqual(['三季度', '节点', '进展', '完成']);
  });
});
