import JSZip from 'jszip';
import { zipFiles } from '../../../src/adapters/xlsx/zipFiles';

describe('zipFiles', () => {
  it('writes an archive that a standard unzip reads back byte for byte, Chinese names included', async () => {
    const entries = [
      { name: '市商务局.xlsx', bytes: new Uint8Array([80, 75, 3, 4, 1, 2, 3]) },
      { name: '市卫生健康委.xlsx', bytes: new TextEncoder().encode('进展情况'.repeat(100)) },
      { name: 'empty.txt', bytes: new Uint8Array(0) },
    ];
    const archive = await JSZip.loadAsync(zipFiles(entries, new Date(2021, 9, 11, 9, 30, 0)), { checkCRC32: true });
    expect(Object.keys(archive.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) {
      const file = archive.file(entry.name);
      expect(file).not.toBeNull();
      expect(await file?.async('uint8array')).toEqual(entry.bytes);
    }
    expect(archive.file('市商务局.xlsx')?.date.getFullYear()).toBe(2021);
  });

  it('writes an empty archive for no entries', async () => {
    const archive = await JSZip.loadAsync(zipFiles([]));
    expect(Object.keys(archive.files)).toEqual([]);
  });
});
