/** Reading zips back in the tests of the adapter's zip writers: entries as the central directory lists them, and a workbook to zip. */
import { inflateRawSync } from 'node:zlib';
import { XlsxWorkbook } from '../../src/adapters/xlsx/xlsxWorkbook';

export interface ListedEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly externalAttributes: number;
  readonly content: Uint8Array;
}

/** The entries of a zip as its central directory lists them, each with its content unpacked. */
export function listEntries(zip: Uint8Array): ListedEntry[] {
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
