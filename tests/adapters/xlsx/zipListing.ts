/** Reading zips back in the tests of the adapter's zip writers: entries as the central directory lists them, and a workbook to zip. */
import { XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { readZipEntries } from '../../support/readZipEntries';

export interface ListedEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly externalAttributes: number;
  readonly content: Uint8Array;
}

/**
 * The entries of a zip as its central directory lists them, each with its content unpacked; the zip must end
 * with its directory (no comment), and every local header must say what the directory says.
 */
export function listEntries(zip: Uint8Array): ListedEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const entries = readZipEntries(zip);
  expect(view.getUint32(zip.byteLength - 22, true)).toBe(0x06054b50);
  return entries.map(({ name, method, crc, compressedSize, size, externalAttributes, localOffset, content }) => {
    expect(view.getUint16(localOffset + 8, true)).toBe(method);
    expect(view.getUint32(localOffset + 14, true)).toBe(crc);
    expect(view.getUint32(localOffset + 18, true)).toBe(compressedSize);
    return { name, method, crc, size, externalAttributes, content };
  });
}

export async function sampleWorkbook(rows: number): Promise<XlsxWorkbook> {
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
