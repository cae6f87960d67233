/**
 * Hostile .xls files (tests/fixtures/hostile/hostileXls.ts) are refused with a message, never followed
 * round a loop or trusted for a size: each refusal names the check that caught it (not an exhausted
 * memory or a RangeError), and the cost of a looping file grows with the file, not with the loop.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DamagedFileError } from '../../../src/adapters/xls/damagedFileError';
import { openLegacySpreadsheet } from '../../../src/adapters/xls/openLegacySpreadsheet';
import { XlsWorkbook } from '../../../src/adapters/xls/xlsWorkbook';
import { runCli } from '../../../src/cli/main';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';
import { xlsBytes } from '../../fixtures/legacy/buildBiff8';
import {
  chainBeyondTheFile,
  cyclicDirectoryChain,
  cyclicFatChain,
  fatSectorCountBeyondTheFile,
  recordLyingAboutItsLength,
  sharedStringCountLying,
  streamSizeBeyondTheFile,
} from '../../fixtures/hostile/hostileXls';

function reasonOf(bytes: Uint8Array): string {
  try {
    XlsWorkbook.read(bytes);
  } catch (error) {
    if (error instanceof DamagedFileError) return error.reason;
    throw error;
  }
  throw new Error('read without complaint');
}

describe('hostile .xls files', () => {
  it.each([
    { description: 'a FAT chain that loops back to its start', bytes: () => cyclicFatChain(), reason: /chain loops at sector/ },
    { description: 'a directory chain that loops on itself', bytes: () => cyclicDirectoryChain(), reason: /directory chain loops/ },
    { description: 'a record claiming 8,224 bytes past the stream', bytes: () => recordLyingAboutItsLength(8224), reason: /runs \d+ bytes past the stream/ },
    { description: 'a record claiming more than BIFF8 allows', bytes: () => recordLyingAboutItsLength(0xffff), reason: /claims 65535 bytes/ },
    { description: 'more FAT sectors than the file has sectors', bytes: () => fatSectorCountBeyondTheFile(), reason: /sector counts beyond the file/ },
    { description: 'a stream size of almost 4 GB', bytes: () => streamSizeBeyondTheFile(), reason: /Workbook of 4294967040 bytes in a file of/ },
    { description: 'a chain into a sector past the end', bytes: () => chainBeyondTheFile(), reason: /chain reaches sector 100000/ },
  ])('refuses $description, caught by its own check', async ({ bytes, reason }) => {
    expect(reasonOf(bytes())).toMatch(reason);
    expect(await openLegacySpreadsheet('坏.xls', bytes(), 'xls')).toEqual({ ok: false, problem: { key: 'format.legacyDamaged', params: { file: '坏.xls' } } });
  });

  it('refuses merged areas that overlap, so that areas never cost more than the sheet', async () => {
    const merges = Array.from({ length: 200 }, () => ({ kind: 'merge' as const, top: 0, bottom: 65_535, left: 0, right: 255 }));
    const bytes = xlsBytes({ sheets: [{ name: 'S', records: [{ kind: 'label', row: 65_535, column: 255, text: '远' }, ...merges] }] });
    expect(reasonOf(bytes)).toMatch(/overlapping merged areas at row 1, column 1/);
  });

  it('spends a pointer per empty row on a sheet whose one cell is at the last row and column', async () => {
    const grid = await XlsWorkbook.read(xlsBytes({ sheets: [{ name: 'S', records: [{ kind: 'label', row: 65_535, column: 255, text: '远' }] }] })).readSheet('S');
    expect(grid.values).toHaveLength(65_536);
    expect(grid.text[65_535]?.[255]).toBe('远');
    expect(grid.values[10]).toBe(grid.values[60_000]);
    expect(Object.isFrozen(grid.values[10])).toBe(true);
  });

  it('reads a shared string table that claims a billion strings as far as it has bytes, and no further', async () => {
    const grid = await XlsWorkbook.read(sharedStringCountLying()).readSheet('S');
    expect(grid.text).toEqual([['任务']]);
  });

  it('spends time linear in the file on a looping chain, however long the loop would run', () => {
    const exponent = growthExponent((rows) => {
      const bytes = cyclicFatChain(rows);
      return () => {
        expect(() => XlsWorkbook.read(bytes)).toThrow(DamagedFileError);
      };
    }, 250, 2000);
    // Eight times the sectors: about eight times the work; a quadratic walk would be sixty-four.
    expect(exponent).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });

  it('is refused by jindu check with the message in Chinese, or in English with --lang en, exit 2', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'jindu-hostile-xls-'));
    try {
      const file = path.join(folder, '环.xls');
      await writeFile(file, cyclicFatChain());
      for (const [args, expected] of [
        [[], /“.*环\.xls”是 Excel 97-2003 工作簿（\.xls），但文件结构已损坏/],
        [['--lang', 'en'], /".*环\.xls" is an Excel 97-2003 workbook \(\.xls\) whose structure is damaged/],
      ] as const) {
        const err: string[] = [];
        const code = await runCli(['check', file, ...args], { out: () => undefined, err: (text) => err.push(text) });
        expect(code).toBe(2);
        expect(err.join('\n')).toMatch(expected);
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
