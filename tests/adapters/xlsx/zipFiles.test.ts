import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

  const chineseEntries = [
    { name: '市商务局.xlsx', bytes: new Uint8Array([1, 2, 3]) },
    { name: '市卫生健康委.xlsx', bytes: new Uint8Array([4]) },
  ];

  it('marks every name as UTF-8 (flag bit 11) in local headers and the central directory, as Windows and 7-Zip read it', () => {
    const archive = zipFiles(chineseEntries);
    const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
    const flagsAt = (signature: number, flagOffset: number): number[] => {
      const found: number[] = [];
      for (let at = 0; at + 4 <= archive.length; at++) if (view.getUint32(at, true) === signature) found.push(view.getUint16(at + flagOffset, true));
      return found;
    };
    const local = flagsAt(0x04034b50, 6);
    const central = flagsAt(0x02014b50, 8);
    expect(local).toHaveLength(chineseEntries.length);
    expect(central).toHaveLength(chineseEntries.length);
    for (const flags of [...local, ...central]) expect(flags & 0x0800).toBe(0x0800);
  });

  // Info-ZIP unzip garbles names without the flag; Debian's build honours it. Where it is not installed
  // (it is in CI's apt line), the flag test above still guards the archive.
  (existsSync('/usr/bin/unzip') ? it : it.skip)('lists Chinese names correctly in Info-ZIP unzip', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'jindu-zip-'));
    try {
      const file = path.join(folder, '拆分.zip');
      writeFileSync(file, zipFiles(chineseEntries));
      const listed = execFileSync('/usr/bin/unzip', ['-Z1', file], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      expect(listed.split('\n').filter(Boolean)).toEqual(chineseEntries.map((entry) => entry.name));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes an empty archive for no entries', async () => {
    const archive = await JSZip.loadAsync(zipFiles([]));
    expect(Object.keys(archive.files)).toEqual([]);
  });
});
