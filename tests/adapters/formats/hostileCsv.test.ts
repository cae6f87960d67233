import { openSpreadsheetBytes, type XlsxOpener } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { MAX_FILE_MEGABYTES } from '../../../src/adapters/xlsx/inspectXlsxBytes';

const neverXlsx: XlsxOpener = async () => {
  throw new Error('not an xlsx');
};
const MEGABYTE = 1024 * 1024;

/** A CSV file of `megabytes` MB: a header line, then one field filling the rest, quoted or not. */
function oneFieldCsv(megabytes: number, quoted: boolean): Uint8Array {
  const bytes = new Uint8Array(megabytes * MEGABYTE).fill(0x78);
  const head = new TextEncoder().encode(quoted ? '序号,任务\n1,"' : '序号,任务\n1,');
  bytes.set(head, 0);
  return bytes;
}

describe('a CSV of one 50 MB field', () => {
  it.each([
    { description: 'unquoted', quoted: false },
    { description: 'quoted, its closing quote never coming', quoted: true },
  ])('is refused with the line of the field ($description), reading it once', async ({ quoted }) => {
    const opened = await openSpreadsheetBytes('报送.csv', oneFieldCsv(MAX_FILE_MEGABYTES, quoted), neverXlsx);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.problem).toEqual({ key: 'format.csvFieldTooLong', params: { file: '报送.csv', row: 2 } });
  });

  it('is refused by its size alone when larger than a file may be, before it is decoded', async () => {
    const opened = await openSpreadsheetBytes('报送.csv', oneFieldCsv(MAX_FILE_MEGABYTES + 1, false), neverXlsx);
    expect(!opened.ok && opened.problem.key).toBe('file.tooLarge');
  });
});
