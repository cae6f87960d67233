/**
 * The fast reader gives what Excel (zh-CN) shows, where ExcelJS does not: cached formula results of every
 * type, ISO dates, both spellings of the 1904 date system, parts found through relationships (prefixed,
 * relocated, spelled in capitals), rows and cells without addresses, `_xHHHH_` escapes, and merged areas
 * over whole columns. Each case is a package written by hand with the text Excel displays for it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32 as zlibCrc32, deflateRawSync } from 'node:zlib';
import { openWorkbookForReading } from '../../../src/adapters/xlsx/openFileWorkbook';
import { openWorkbookFileForReading } from '../../../src/adapters/xlsx/openWorkbookFile';
import { readXlsxBytes } from '../../../src/adapters/xlsx/sheetReader';
import { DamagedXlsxError, UnderstatedSizeError } from '../../../src/adapters/xlsx/sheetReader/readerErrors';
import { readXlsxBytesInBrowser } from '../../../src/adapters/xlsx/sheetReader/readXlsxBytesInBrowser';
import { sniffFormat } from '../../../src/adapters/formats/sniffFormat';
import { inspectXlsxBytes } from '../../../src/adapters/xlsx/inspectXlsxBytes';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';
import { unzipEntries, zipEntries } from '../../fixtures/hostile/hostileFiles';
import { workbookPackage, zipParts } from './sheetReaderParts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;

async function shownText(bytes: Uint8Array): Promise<Record<string, string[][]>> {
  const reader = readXlsxBytes(bytes);
  const shown: Record<string, string[][]> = {};
  for (const sheet of await reader.listSheets()) shown[sheet.name] = (await reader.readSheet(sheet.name)).text.map((row) => [...row]);
  return shown;
}

function relationships(entries: readonly (readonly [id: string, kind: string, target: string])[]): string {
  return (
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
    entries.map(([id, kind, target]) => `<Relationship Id="${id}" Type="${RELATIONSHIPS}/${kind}" Target="${target}"/>`).join('') +
    '</Relationships>'
  );
}

const cases: { description: string; bytes: () => Uint8Array; expected: Record<string, string[][]>; notes?: string }[] = [
  {
    description: 'formula results of 0, FALSE, errors, strings and TRUE are shown, as are results of shared and array formulas',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 9],
        sheets: [
          {
            name: '公式',
            body: sheetData(
              '<row r="1"><c r="A1"><f>B9-B9</f><v>0</v></c><c r="B1" t="b"><f>1&gt;2</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
                '<c r="D1" t="str"><f>"进"&amp;"度"</f><v>进度</v></c><c r="E1" t="b"><f>TRUE()</f><v>1</v></c><c r="F1" s="1"><f>0/4</f><v>0</v></c></row>' +
                '<row r="2"><c r="A2"><f t="shared" si="7"/><v>0</v></c><c r="B2"><f t="array" ref="B2"/><v>12</v></c><c r="C2"><f>NOW()</f></c>' +
                '<c r="D2" t="str"><f>"a"</f><v>&amp;lt;</v></c></row>',
            ),
          },
        ],
      }),
    expected: {
      公式: [
        ['0', 'FALSE', '#DIV/0!', '进度', 'TRUE', '0%'],
        ['0', '12', '', '&lt;', '', ''],
      ],
    },
    notes: 'a shared formula whose master is elsewhere and an array formula without text still show their results; text is decoded once',
  },
  {
    description: 'dates, times and date-times stored as ISO text (t="d")',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 14, 20, 22],
        sheets: [
          {
            name: '日期',
            body: sheetData(
              '<row r="1"><c r="A1" s="1" t="d"><v>2009-07-01T00:00:00Z</v></c><c r="B1" s="2" t="d"><v>1899-12-30T12:30:00</v></c>' +
                '<c r="C1" s="3" t="d"><v>2025-09-30T14:05:00</v></c><c r="D1" t="d"><v>2009-07-01</v></c><c r="E1" s="2" t="d"><v>08:15:00</v></c></row>',
            ),
          },
        ],
      }),
    expected: { 日期: [['2009/7/1', '12:30', '2025/9/30 14:05', '39995', '8:15']] },
  },
  ...['1', 'true', ' true '].map((spelling) => ({
    description: `the 1904 date system written date1904="${spelling}"`,
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 14],
        workbookPr: `<workbookPr date1904="${spelling}"/>`,
        sheets: [{ name: '1904', body: sheetData('<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1" t="d"><v>2025-09-30</v></c></row>') }],
      }),
    expected: { '1904': [['1904/1/1', '2025/9/30']] },
  })),
  {
    description: 'a workbook written with prefixes (x: for SpreadsheetML, d: for relationship ids), as .NET exporters write it',
    bytes: () =>
      zipParts({
        '_rels/.rels': relationships([['R1', 'officeDocument', 'xl/workbook.xml']]),
        'xl/workbook.xml': `<x:workbook xmlns:x="${MAIN}" xmlns:d="${RELATIONSHIPS}"><x:sheets><x:sheet name="前缀" sheetId="1" d:id="R7"/></x:sheets></x:workbook>`,
        'xl/_rels/workbook.xml.rels': relationships([['R7', 'worksheet', '/xl/worksheets/sheet1.xml']]),
        'xl/worksheets/sheet1.xml': `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>任务</x:t></x:is></x:c><x:c r="B1"><x:v>40</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      }),
    expected: { 前缀: [['任务', '40']] },
    notes: 'no styles part at all: every cell is General',
  },
  {
    description: 'parts found by following the relationships: a workbook outside xl/, a sheet part named sheet.xml, styles and strings elsewhere',
    bytes: () =>
      zipParts({
        '_rels/.rels': relationships([['rId1', 'officeDocument', '/book/Workbook.xml']]),
        'book/Workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="表 1" sheetId="1" r:id="rId1"/><sheet name="图表" sheetId="2" r:id="rId2"/></sheets></workbook>`,
        'book/_rels/Workbook.xml.rels': relationships([
          ['rId1', 'worksheet', 'Sheets/sheet.xml'],
          ['rId2', 'chartsheet', 'charts/chart1.xml'],
          ['rId3', 'styles', '../common/styles.xml'],
          ['rId4', 'sharedStrings', 'strings%20part.xml'],
        ]),
        'book/Sheets/sheet.xml': `<worksheet xmlns="${MAIN}">${sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0.25</v></c></row>')}</worksheet>`,
        'book/charts/chart1.xml': '<chartsheet/>',
        'common/styles.xml': `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
        'book/strings part.xml': `<sst xmlns="${MAIN}"><si><t>序号</t></si></sst>`,
      }),
    expected: { '表 1': [['序号', '25%']] },
    notes: 'the chart sheet holds no cells and is not listed',
  },
  {
    description: 'the CJK built-in formats (ids 27–36, 50–58) and the ¥ currency built-ins show as in zh-CN Excel',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 31, 28, 33, 57, 7],
        sheets: [{ name: '内置', body: sheetData('<row r="1"><c r="A1" s="1"><v>45930</v></c><c r="B1" s="2"><v>45930</v></c><c r="C1" s="3"><v>45930.5</v></c><c r="D1" s="4"><v>45930</v></c><c r="E1" s="5"><v>-1500</v></c></row>') }],
      }),
    expected: { 内置: [['2025年9月30日', '9月30日', '12时00分00秒', '2025年9月', '¥-1,500.00']] },
  },
  {
    description: 'a shared-strings part spelled SharedStrings.xml',
    bytes: () =>
      workbookPackage({
        sheets: [{ name: '大写', body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>') }],
        extraParts: { 'xl/SharedStrings.xml': `<sst xmlns="${MAIN}"><si><t>节点任务</t></si><si><t>进展情况</t></si></sst>` },
      }),
    expected: { 大写: [['节点任务', '进展情况']] },
  },
  {
    description: 'rows and cells without r follow the previous row and cell',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '无地址',
            body: sheetData(
              '<row><c t="inlineStr"><is><t>序号</t></is></c><c t="inlineStr"><is><t>任务</t></is></c></row>' +
                '<row><c><v>1</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="4"><c><v>5</v></c></row><row><c r="B5"><v>6</v></c></row>',
            ),
          },
        ],
      }),
    expected: {
      无地址: [
        ['序号', '任务', '', ''],
        ['1', '', '3', '4'],
        ['', '', '', ''],
        ['5', '', '', ''],
        ['', '6', '', ''],
      ],
    },
  },
  {
    description: '_xHHHH_ escapes decoded in shared strings, inline strings and text results, in either case; _x005F_ keeps one literally',
    bytes: () =>
      workbookPackage({
        sharedStrings: ['<si><t>第一行_x000D__x000A_第二行</t></si>'],
        sheets: [
          {
            name: '转义',
            body: sheetData(
              '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>甲_x000d_乙</t></is></c><c r="C1" t="str"><f>A1</f><v>丙_x0009_丁</v></c>' +
                '<c r="D1" t="inlineStr"><is><t>_x005F_x000D_</t></is></c></row>',
            ),
          },
        ],
      }),
    expected: { 转义: [['第一行\r\n第二行', '甲\r乙', '丙\t丁', '_x000D_']] },
  },
  {
    description: 'a merged area over a whole column and a validation over the whole sheet do not stretch the grid',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '整列',
            body:
              sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c><c r="B1"><v>1</v></c></row><row r="3"><c r="B3"><v>3</v></c></row>') +
              '<mergeCells count="2"><mergeCell ref="A1:A1048576"/><mergeCell ref="C1:XFD1"/></mergeCells>' +
              '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"是,否"</formula1></dataValidation></dataValidations>',
          },
        ],
      }),
    expected: {
      整列: [
        ['单位', '1', ''],
        ['', '', ''],
        ['', '3', ''],
      ],
    },
  },
  {
    description: 'backslash escapes in format codes are literals (ExcelJS drops the backslashes): \\% does not scale, \\. is no decimal point',
    bytes: () =>
      workbookPackage({
        numberFormats: { 164: '0.0\\%', 165: '00\\.00\\.00', 166: '[Red]0.00;\\-0.00', 167: '[>=100000]0.000\\ \\";0.000\\ \\<\\ \\>' },
        styleFormatIds: [0, 164, 165, 166, 167],
        sheets: [
          {
            name: '转义',
            body: sheetData('<row r="1"><c r="A1" s="1"><v>85</v></c><c r="B1" s="2"><v>123456</v></c><c r="C1" s="3"><v>-12.5</v></c><c r="D1" s="4"><v>12345.6789</v></c></row>'),
          },
        ],
      }),
    expected: { 转义: [['85.0%', '12.34.56', '-12.50', '12345.679 < >']] },
  },
  {
    description: 'weekdays before March 1900 as Excel counts them (serial 1 is a Sunday), fractions of a second rounded as shown',
    bytes: () =>
      workbookPackage({
        numberFormats: { 164: 'dddd', 165: 'mm:ss.0' },
        styleFormatIds: [0, 164, 165],
        sheets: [{ name: '星期', body: sheetData('<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>45930</v></c><c r="C1" s="2"><v>12345.6789</v></c></row>') }],
      }),
    expected: { 星期: [['星期日', '星期二', '17:37.0']] },
  },
  {
    description: 'a shared-string item with neither text nor runs is an empty cell (ExcelJS showed [object Object])',
    bytes: () =>
      workbookPackage({
        sharedStrings: ['<si/>', '<si><t>后</t></si>'],
        sheets: [{ name: '空串', body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>') }],
      }),
    expected: { 空串: [['', '后']] },
  },
  {
    description: 'lower-case cell addresses, and merged areas written as whole columns (A:A), rows (3:3) or one cell',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '小写',
            body:
              sheetData('<row r="1"><c r="a1" t="inlineStr"><is><t>甲</t></is></c><c r="c1"><v>3</v></c></row><row r="3"><c r="b3"><v>2</v></c></row>') +
              '<mergeCells count="3"><mergeCell ref="D:D"/><mergeCell ref="5:5"/><mergeCell ref="b3"/></mergeCells>',
          },
        ],
      }),
    expected: {
      // The merged areas' first cells (D1, A5) are in the grid; the rest of each is cut to the written cells.
      小写: [
        ['甲', '', '3', ''],
        ['', '', '', ''],
        ['', '2', '', ''],
        ['', '', '', ''],
        ['', '', '', ''],
      ],
    },
  },
  {
    description: 'one <row> per cell, every one of a row under the same number, and a cell written twice (the second wins)',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '逐格',
            body: sheetData(
              '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row><row r="1"><c r="B1" t="inlineStr"><is><t>任务</t></is></c></row>' +
                '<row r="2"><c r="A2"><v>1</v></c></row><row r="2"><c r="B2" t="str"><v></v></c></row><row r="2"><c r="B2" t="str"><v>修路</v></c></row>' +
                '<row r="2"><c r="C2"><v>5</v></c><c r="C2"/></row>',
            ),
          },
        ],
      }),
    expected: {
      逐格: [
        ['序号', '任务'],
        ['1', '修路'],
      ],
    },
    notes: 'as the exporter of a London Metal Exchange report writes it; Excel saves it back with the cells in their places',
  },
  {
    description: 'numbers past 9999-12-31 under a date format fill the cell with #, as Excel shows them (not #NUM!)',
    bytes: () =>
      workbookPackage({
        numberFormats: { 164: 'yyyy"-"mm"-"dd' },
        styleFormatIds: [0, 164, 14],
        sheets: [{ name: '远', body: sheetData('<row r="1"><c r="A1" s="1"><v>1.0E12</v></c><c r="B1" s="2"><v>2958465</v></c><c r="C1" s="2"><v>2958466</v></c></row>') }],
      }),
    expected: { 远: [['########', '9999/12/31', '########']] },
  },
  {
    description: 'plain text then runs in a shared string (ExcelJS failed on them), and an inline string with a <v> beside its runs',
    bytes: () =>
      workbookPackage({
        sharedStrings: ['<si><t>先</t><r><t>后</t></r></si>'],
        sheets: [
          {
            name: '富文本',
            body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><v>1.0</v><is><r><t>1.</t></r></is></c></row>'),
          },
        ],
      }),
    expected: { 富文本: [['先后', '1.']] },
  },
];

describe('the fast reader shows what Excel shows', () => {
  it.each(cases)('$description', async ({ bytes, expected }) => {
    expect(await shownText(bytes())).toStrictEqual(expected);
  });

  it('keeps the merged areas it cut to the written cells, and the drawn ones whole', async () => {
    const bytes = workbookPackage({
      sheets: [
        {
          name: '合并',
          body:
            sheetData('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') +
            '<mergeCells count="2"><mergeCell ref="A1:A1048576"/><mergeCell ref="C3:D4"/></mergeCells>',
        },
      ],
    });
    const grid = await readXlsxBytes(bytes).readSheet('合并');
    expect(grid.merges).toStrictEqual([
      { top: 0, left: 0, bottom: 0, right: 0 },
      { top: 2, left: 2, bottom: 3, right: 3 },
    ]);
    expect(grid.values.length).toBe(4);
  });

  it('reads merged areas in time that grows with their number, not its square', () => {
    const mergedPackage = (count: number): Uint8Array => {
      const rows: string[] = [];
      const merges: string[] = [];
      for (let row = 1; row <= count; row += 1) {
        rows.push(`<row r="${row}"><c r="A${row}"><v>${row}</v></c></row>`);
        merges.push(`<mergeCell ref="A${row}:B${row}"/>`);
      }
      return workbookPackage({ sheets: [{ name: 'm', body: sheetData(rows.join('')) + `<mergeCells count="${count}">${merges.join('')}</mergeCells>` }] });
    };
    const growth = growthExponent(
      (count) => {
        const bytes = mergedPackage(count);
        return () => void readXlsxBytes(bytes);
      },
      2_500,
      20_000,
      5,
    );
    // Eight times the merges: linear takes eight times as long, quadratic sixty-four.
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });

  it('refuses overlapping merged areas as damage, as Excel repairs them', () => {
    const bytes = workbookPackage({
      sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') + '<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells>' }],
    });
    expect(() => readXlsxBytes(bytes)).toThrow(/overlapping merged areas/);
  });
});

describe('a sheet with 50,000 merged areas', () => {
  it('is read whole, every area kept', async () => {
    const rows: string[] = [];
    const merges: string[] = [];
    for (let row = 1; row <= 50_000; row += 1) {
      rows.push(`<row r="${row}"><c r="A${row}"><v>${row}</v></c></row>`);
      merges.push(`<mergeCell ref="A${row}:C${row}"/>`);
    }
    const bytes = workbookPackage({ sheets: [{ name: 'm', body: sheetData(rows.join('')) + `<mergeCells count="50000">${merges.join('')}</mergeCells>` }] });
    const grid = await readXlsxBytes(bytes).readSheet('m');
    expect(grid.merges).toHaveLength(50_000);
    expect(grid.text[49_999]).toStrictEqual(['50000', '', '']);
  });
});

describe('packages whose workbook part is elsewhere or spelled otherwise open through the CLI path', () => {
  const workbookXml = `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const sheetXml = `<worksheet xmlns="${MAIN}">${sheetData('<row r="1"><c r="A1"><v>7</v></c></row>')}</worksheet>`;
  const contentTypes = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const shapes: { description: string; parts: Record<string, string> }[] = [
    {
      description: 'entry names with backslashes (xl\\workbook.xml), as some Windows zippers write them',
      parts: {
        '[Content_Types].xml': contentTypes,
        '_rels\\.rels': relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
        'xl\\workbook.xml': workbookXml,
        'xl\\_rels\\workbook.xml.rels': relationships([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
        'xl\\worksheets\\sheet1.xml': sheetXml,
      },
    },
    {
      description: 'a workbook at the root of the package, spelled WorkBook.xml',
      parts: {
        '[Content_Types].xml': contentTypes,
        '_rels/.rels': relationships([['rId1', 'officeDocument', 'WorkBook.xml']]),
        'WorkBook.xml': workbookXml,
        '_rels/WorkBook.xml.rels': relationships([['rId1', 'worksheet', 'sheet1.xml']]),
        'sheet1.xml': sheetXml,
      },
    },
    {
      description: 'relationships written with a namespace prefix (ns0:Relationship, as Python ElementTree writes them)',
      parts: {
        '[Content_Types].xml': contentTypes,
        '_rels/.rels': relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
        'xl/workbook.xml': workbookXml,
        'xl/_rels/workbook.xml.rels': `<ns0:Relationships xmlns:ns0="${PACKAGE_RELATIONSHIPS}"><ns0:Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></ns0:Relationships>`,
        'xl/worksheets/sheet1.xml': sheetXml,
      },
    },
  ];
  shapes.push({
    description: 'a relationship id under a prefix declared on the sheet element itself (relationships:id)',
    parts: {
      '[Content_Types].xml': contentTypes,
      '_rels/.rels': relationships([['rId1', 'officeDocument', 'xl/workbook.xml']]),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="表" sheetId="1" xmlns:relationships="${RELATIONSHIPS}" relationships:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': relationships([['rId1', 'worksheet', 'worksheets/sheet1.xml']]),
      'xl/worksheets/sheet1.xml': sheetXml,
    },
  });
  it.each(shapes)('$description', async ({ parts }) => {
    const bytes = zipParts(parts, { method: 'deflated' });
    expect(sniffFormat(bytes)).toBe('xlsx');
    expect(inspectXlsxBytes(bytes, '表.xlsx').ok).toBe(true);
    expect(await shownText(bytes)).toStrictEqual({ 表: [['7']] });
  });
});

/**
 * Packages Excel opens that a strict reader refused: XML parts in UTF-16 (ECMA-376 Part 2 allows UTF-8 and
 * UTF-16), a damaged part no sheet needs, a zip whose directory understates a part's size after an edit.
 * Read by the CLI's reader (node:zlib) and the page's (`DecompressionStream`) alike.
 */
describe('packages Excel opens though a strict reader refuses them', () => {
  const utf16 = (text: string, order: 'be' | 'le', mark: boolean): Uint8Array => {
    const little = Buffer.from((mark ? '\ufeff' : '') + text, 'utf16le');
    return new Uint8Array(order === 'le' ? little : Buffer.from(little).swap16());
  };
  const plainPackage = workbookPackage({
    sharedStrings: ['<si><t>进度</t></si>'],
    sheets: [{ name: '表', body: sheetData('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>40</v></c></row>') }],
    method: 'deflated',
  });
  const entries = () => unzipEntries(plainPackage);
  const text = (content: Uint8Array) => new TextDecoder().decode(content);
  const inBoth = async (bytes: Uint8Array) => {
    const node = await shownText(bytes);
    const reader = await readXlsxBytesInBrowser(bytes);
    const browser: Record<string, string[][]> = {};
    for (const sheet of await reader.listSheets()) browser[sheet.name] = (await reader.readSheet(sheet.name)).text.map((row) => [...row]);
    return { node, browser };
  };
  const expected = { 表: [['进度', '40']] };

  it('reads XML parts in UTF-16, big-endian with or without a byte-order mark, and little-endian', async () => {
    const bytes = zipEntries(
      entries().map(({ name, content }) => {
        const xml = text(content).replace('encoding="UTF-8"', 'encoding="UTF-16"');
        if (name === 'xl/workbook.xml') return { name, content: utf16(xml, 'be', true) };
        if (name === 'xl/worksheets/sheet1.xml') return { name, content: utf16(xml, 'be', false) };
        if (name === 'xl/sharedStrings.xml') return { name, content: utf16(xml, 'le', true) };
        return { name, content };
      }),
    );
    expect(await inBoth(bytes)).toStrictEqual({ node: expected, browser: expected });
  });

  it('reads a package whose thumbnail does not inflate, as Excel opens it without the picture', async () => {
    const bytes = zipEntries([...entries(), { name: 'docProps/thumbnail.wmf', packed: { data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), declaredSize: 10 } }]);
    expect(await inBoth(bytes)).toStrictEqual({ node: expected, browser: expected });
  });

  describe('a zip whose directory understates a part', () => {
    let scratch: string;
    beforeAll(async () => {
      scratch = await mkdtemp(path.join(tmpdir(), 'jindu-understated-'));
    });
    afterAll(async () => {
      await rm(scratch, { recursive: true, force: true });
    });
    const understated = (damaged: boolean) =>
      zipEntries(
        entries().map(({ name, content }) => {
          if (name !== 'xl/_rels/workbook.xml.rels') return { name, content };
          const data = deflateRawSync(content);
          return { name, packed: { data, declaredSize: content.length - 2, crc: damaged ? 0 : zlibCrc32(content) } };
        }),
      );

    it('is read when its checksum holds and what it inflates to stays under the cap, in the CLI and the page', async () => {
      const bytes = understated(false);
      // Alone, the reader does not inflate past a declared size: the caller measures the package first.
      expect(() => readXlsxBytes(bytes)).toThrow(UnderstatedSizeError);
      const file = path.join(scratch, 'understated.xlsx');
      await writeFile(file, bytes);
      const opened = await openWorkbookFileForReading(file);
      expect(opened.ok && (await opened.workbook.readSheet('表')).text).toStrictEqual(expected.表);
      const inPage = await openWorkbookForReading('understated.xlsx', bytes);
      expect(inPage.ok && (await inPage.workbook.readSheet('表')).text).toStrictEqual(expected.表);
    });

    it('is damaged when the part then fails its checksum (it inflates to garbage)', async () => {
      const bytes = understated(true);
      const file = path.join(scratch, 'garbled.xlsx');
      await writeFile(file, bytes);
      expect(await openWorkbookFileForReading(file)).toStrictEqual({ ok: false, problem: { key: 'file.corrupt', params: { file } } });
      expect(() => readXlsxBytes(bytes, 1_000_000)).toThrow(DamagedXlsxError);
    });
  });
});
