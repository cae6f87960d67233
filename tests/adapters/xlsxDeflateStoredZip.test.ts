import { inflateRawSync } from 'node:zlib';
import { deflateStoredZip } from '../../src/adapters/xlsx/deflateStoredZip';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';

interface ListedEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
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
  ]);
  return workbook;
}

const cases = [
  { description: 'a one-row sheet', rows: 1 },
  { description: 'a sheet of 2,000 rows', rows: 2000 },
];

describe('deflateStoredZip', () => {
  it.each(cases)('compresses every part of $description and keeps its name, content and CRC', async ({ rows }) => {
    const stored = await (await sampleWorkbook(rows)).toBuffer({ uncompressed: true });
    const compressed = await deflateStoredZip(stored);
    const before = listEntries(stored);
    const after = listEntries(compressed);

    expect(before.every((entry) => entry.method === 0)).toBe(true);
    expect(after.map((entry) => entry.name)).toEqual(before.map((entry) => entry.name));
    after.forEach((entry, index) => {
      const original = before[index];
      expect(entry.method).toBe(entry.size === 0 ? 0 : 8);
      expect(entry.crc).toBe(original?.crc);
      expect(entry.size).toBe(original?.size);
      expect(Buffer.from(entry.content).equals(Buffer.from(original?.content ?? []))).toBe(true);
    });
    expect(compressed.byteLength).toBeLessThan(stored.byteLength);
  });

  it.each(cases)('gives $description back as the same workbook when loaded again', async ({ rows }) => {
    const compressed = await deflateStoredZip(await (await sampleWorkbook(rows)).toBuffer({ uncompressed: true }));
    const grid = await (await XlsxWorkbook.load(compressed)).readSheet('三季度');

    expect(grid.values).toHaveLength(rows);
    expect(grid.values[rows - 1]).toEqual([rows, `任务${(rows - 1) % 7}：新建改扩建社区卫生服务中心`, '=不是公式']);
    expect(grid.numberFormats?.[0]?.[2]).toBe('@');
  });

  it('refuses bytes that are not a zip', async () => {
    await expect(deflateStoredZip(new TextEncoder().encode('not a zip at all, just some text here'))).rejects.toThrow();
  });
});
