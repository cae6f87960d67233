import { deflateStoredZip } from '../../../src/adapters/xlsx/deflateStoredZip';
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { listEntries, sampleWorkbook } from './zipListing';

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
