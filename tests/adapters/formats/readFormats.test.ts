import iconv from 'iconv-lite';
import { CsvWorkbook } from '../../../src/adapters/csv/csvWorkbook';
import { decodeText } from '../../../src/adapters/csv/decodeText';
import { chooseSeparator, MAX_FIELD_CHARACTERS, parseDelimited } from '../../../src/adapters/csv/parseDelimited';
import { openSpreadsheetBytes, type XlsxOpener } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { sniffFormat } from '../../../src/adapters/formats/sniffFormat';
import { xlsxBytesOf } from '../../fixtures/consolidate/writeBureauFiles';
import { COMMERCE } from '../../fixtures/consolidate/bureaus';

const utf8 = (text: string) => new TextEncoder().encode(text);
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A compound file's first bytes followed by a directory entry name in UTF-16LE: enough for the sniffer. */
function compoundWith(streamName: string): Uint8Array {
  const name = Array.from(streamName).flatMap((character) => [character.charCodeAt(0), 0]);
  return Uint8Array.from([...COMPOUND, ...new Array<number>(504).fill(0), ...name, 0, 0]);
}
const neverXlsx: XlsxOpener = async () => {
  throw new Error('not an xlsx');
};

describe('sniffFormat', () => {
  it('tells each format by its bytes, whatever the name', async () => {
    expect(sniffFormat(await xlsxBytesOf(COMMERCE))).toBe('xlsx');
    expect(sniffFormat(compoundWith('Workbook'))).toBe('xls');
    expect(sniffFormat(compoundWith('WordDocument'))).toBe('doc');
    expect(sniffFormat(compoundWith('EncryptedPackage'))).toBe('encrypted');
    expect(sniffFormat(compoundWith('WpsStream'))).toBe('otherCompound');
    expect(sniffFormat(utf8('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'))).toBe('spreadsheetXml');
    expect(sniffFormat(utf8('<html><body><table><tr><td>序号</td></tr></table>'))).toBe('html');
    expect(sniffFormat(utf8('\uFEFF序号,任务\n1,建成'))).toBe('text');
    expect(sniffFormat(iconv.encode('序号,任务\n1,建成', 'gbk'))).toBe('text');
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).toBe('unknown');
    expect(sniffFormat(new Uint8Array(0))).toBe('empty');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM, and GBK as Excel on Chinese Windows saves it', () => {
    const text = '填报单位：市教育局\n序号,任务';
    expect(decodeText(utf8(`\uFEFF${text}`))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(utf8(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
    expect(decodeText(iconv.encode(`\uFEFF${text}`, 'utf16-le'))).toEqual({ text, encoding: 'utf-16le' });
  });
});

describe('parseDelimited', () => {
  it('keeps separators, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseDelimited('序号,任务\r\n1,"建成,两所\n学校""新校区"""\r\n', ',')).toEqual([
      ['序号', '任务'],
      ['1', '建成,两所\n学校"新校区"'],
    ]);
  });

  it('chooses the separator of the header, not of the title lines above it', () => {
    expect(chooseSeparator('三季度进展情况\n填报单位：市教育局\n序号\t任务\t时间\n1\t建成,两所\t三季度')).toBe('\t');
    expect(chooseSeparator('序号;任务;时间\n1;建成;三季度')).toBe(';');
    expect(chooseSeparator('序号,任务\n"a;b;c;d",x')).toBe(',');
  });

  it('refuses a field longer than a cell holds, quoted or not, in time linear in the text', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARACTERS + 1);
    expect(() => parseDelimited(`a,${long}`, ',')).toThrow(/32767/);
    expect(() => parseDelimited(`a,"${long}"`, ',')).toThrow(/32767/);
    expect(parseDelimited(`a,${'x'.repeat(MAX_FIELD_CHARACTERS)}`, ',')[0]?.[1]).toHaveLength(MAX_FIELD_CHARACTERS);
  });
});

describe('CsvWorkbook', () => {
  it('is one sheet named after the file: plain numbers as numbers shown as written, the rest as text', async () => {
    const workbook = CsvWorkbook.read('报送/市教育局.csv', iconv.encode('标题\n序号,任务,金额,编码\n3.50,=SUM(A1),1e5,007\n', 'gbk'));
    expect(await workbook.listSheets()).toEqual([{ name: '市教育局', visible: true, protected: false }]);
    const grid = await workbook.readSheet('市教育局');
    expect(grid.values[2]).toEqual([3.5, '=SUM(A1)', '1e5', '007']);
    expect(grid.text[2]).toEqual(['3.50', '=SUM(A1)', '1e5', '007']);
    expect(grid.values[0]).toEqual(['标题', null, null, null]);
  });
});

describe('openSpreadsheetBytes', () => {
  it('opens text as CSV and refuses each file it cannot read with its own message', async () => {
    const opened = await openSpreadsheetBytes('a.csv', utf8('序号,任务\n1,建成'), neverXlsx);
    expect(opened.ok && opened.format).toBe('text');
    const refusal = async (name: string, bytes: Uint8Array) => {
      const result = await openSpreadsheetBytes(name, bytes, neverXlsx);
      return result.ok ? null : result.problem;
    };
    // A compound file that only names a Workbook stream is read, and found damaged.
    expect(await refusal('旧表.xls', compoundWith('Workbook'))).toEqual({ key: 'format.legacyDamaged', params: { file: '旧表.xls' } });
    expect(await refusal('进展.doc', compoundWith('WordDocument'))).toMatchObject({ key: 'format.legacyWord' });
    expect(await refusal('进展.wps', compoundWith('WordDocument'))).toMatchObject({ key: 'format.legacyWord' });
    expect(await refusal('表.et', compoundWith('WpsStream'))).toMatchObject({ key: 'format.wpsEt' });
    expect(await refusal('导出.xls', utf8('<html><body><p>没有表格</p></body></html>'))).toMatchObject({ key: 'format.htmlNoTable' });
    expect(await refusal('导出.xls', utf8('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="a">'))).toMatchObject({ key: 'format.spreadsheetXmlDamaged' });
    expect(await refusal('空.csv', utf8(',,\n\n'))).toMatchObject({ key: 'format.csvEmpty' });
    expect(await refusal('长.csv', utf8(`a,${'x'.repeat(MAX_FIELD_CHARACTERS + 1)}`))).toEqual({ key: 'format.csvFieldTooLong', params: { file: '长.csv', row: 1 } });
  });
});
