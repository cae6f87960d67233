/**
 * The fast reader gives exactly the grids `XlsxWorkbook.readSheet` gives (ExcelJS), sheet by sheet:
 * on the file fixtures, on workbooks ExcelJS writes with every kind of cell, on hand-written packages
 * with what ExcelJS never writes, and on a generated bench workbook, wherever ExcelJS reads as Excel
 * shows (where it does not, readsAsExcelShows.test.ts holds what Excel shows). Files the fast reader does
 * not read are refused, and `openWorkbookFileForReading` then opens them through ExcelJS.
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Workbook as ExcelWorkbook } from 'exceljs';
import { openWorkbookFile, openWorkbookFileForReading } from '../../../src/adapters/xlsx/openWorkbookFile';
import { openWorkbookBytes } from '../../../src/adapters/xlsx/openWorkbookBytes';
import { DamagedXlsxError, readXlsxBytes, UnsupportedXlsxError, XlsxSheetReader } from '../../../src/adapters/xlsx/sheetReader';
import type { SheetGrid } from '../../../src/core/grid/sheetGrid';
import type { SheetInfo, WorkbookReader } from '../../../src/core/ports';
import { workbookBytes } from '../../../bench/_lib/workloadFiles';
import { generateProgressSheet } from '../../../bench/workload';
import { XmlCursor } from '../../../src/adapters/xlsx/sheetReader/xmlCursor';
import { workbookPackage, zipParts } from './sheetReaderParts';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'files');

interface ReadWorkbook {
  readonly sheets: readonly SheetInfo[];
  readonly grids: readonly SheetGrid[];
}

async function readAll(reader: WorkbookReader): Promise<ReadWorkbook> {
  const sheets = await reader.listSheets();
  const grids = await Promise.all(sheets.map((sheet) => reader.readSheet(sheet.name)));
  return { sheets, grids };
}

/** ExcelJS as the product opens files with it (`openWorkbookBytes`: sizes counted, CDATA and prefixes rewritten first). */
async function expectSameAsExcelJs(bytes: Uint8Array): Promise<ReadWorkbook> {
  const opened = await openWorkbookBytes('reference.xlsx', bytes);
  if (!opened.ok) throw new Error(`ExcelJS did not open the package: ${opened.problem.key}`);
  const expected = await readAll(opened.workbook);
  const actual = await readAll(readXlsxBytes(bytes));
  expect(actual).toStrictEqual(expected);
  return actual;
}

async function excelJsBytes(build: (workbook: ExcelWorkbook) => void, options: { useSharedStrings?: boolean } = {}): Promise<Uint8Array> {
  const workbook = new ExcelWorkbook();
  build(workbook);
  const written = await workbook.xlsx.writeBuffer(options);
  return new Uint8Array(written as ArrayBuffer);
}

describe('openWorkbookFileForReading opens the file fixtures as openWorkbookFile does', () => {
  it('gives the same problem, or the same sheets and grids, for every fixture', async () => {
    const names = (await readdir(FIXTURES)).filter((name) => name.endsWith('.xlsx') || name.endsWith('.xls'));
    expect(names.length).toBeGreaterThan(3);
    for (const name of names) {
      const file = path.join(FIXTURES, name);
      const [viaExcelJs, fast] = [await openWorkbookFile(file), await openWorkbookFileForReading(file)];
      if (viaExcelJs.ok && fast.ok) expect(await readAll(fast.workbook)).toStrictEqual(await readAll(viaExcelJs.workbook));
      else expect({ name, problem: fast.ok ? null : fast.problem }).toStrictEqual({ name, problem: viaExcelJs.ok ? null : viaExcelJs.problem });
    }
  });
});

const RICH_TEXT = { richText: [{ text: '开工', font: { bold: true } }, { text: '建设' }, { text: '' }] };
const LONG_TEXT = '1二3四'.repeat(8191) + '567';

const excelJsCases: { description: string; build: (workbook: ExcelWorkbook) => void; useSharedStrings?: boolean }[] = [
  {
    description: 'shared strings, numbers, booleans and errors',
    build: (workbook) => {
      const sheet = workbook.addWorksheet('三季度');
      sheet.addRow(['序号', '任务', 40, 3.14159, -0.5, true, false]);
      sheet.addRow([{ error: '#N/A' }, { error: '#REF!' }, '', 0, 1e21, 1e-7]);
    },
  },
  {
    description: 'rich text in shared strings and inline',
    build: (workbook) => {
      workbook.addWorksheet('富文本').addRow([RICH_TEXT, '普通']);
    },
  },
  {
    description: 'rich text and plain strings written without shared strings',
    build: (workbook) => {
      workbook.addWorksheet('内联').addRow([RICH_TEXT, 'a<b>&"c"', '=1+1']);
    },
    useSharedStrings: false,
  },
  {
    description: 'dates, percentages and custom number formats',
    build: (workbook) => {
      const sheet = workbook.addWorksheet('格式');
      const cells: [string, unknown, string][] = [
        ['A1', new Date(Date.UTC(2025, 8, 30)), 'yyyy"年"m"月"d"日"'],
        ['B1', new Date(Date.UTC(2025, 8, 30, 14, 5, 9)), 'mm-dd-yy'],
        ['C1', new Date(Date.UTC(2025, 8, 30, 14, 5, 9, 500)), 'yyyy/m/d h:mm:ss.0'],
        ['D1', 0.856, '0%'],
        ['E1', 0.8567, '0.00%'],
        ['F1', 1234567.891, '#,##0.00'],
        // Codes with backslash escapes are read as Excel reads them, not as ExcelJS does (readsAsExcelShows).
        ['G1', 85, '0.0"%"'],
        ['H1', -12.5, '[Red]0.00;"-"0.00'],
        ['I1', 45930, 'General'],
        ['J1', 45930.25, '[h]:mm:ss'],
        ['K1', 12, '@'],
        ['L1', 0.3, '# ?/?'],
        ['M1', { formula: 'A1+1', result: new Date(Date.UTC(2025, 9, 1)) }, 'yyyy-mm-dd'],
      ];
      for (const [address, value, format] of cells) {
        const cell = sheet.getCell(address);
        cell.value = value as never;
        cell.numFmt = format;
      }
      // A styled cell without a value inside the used area keeps its format in the grid.
      sheet.getCell('B2').numFmt = '0.00';
      sheet.getCell('C2').value = 'x';
    },
  },
  {
    description: 'merged areas, with values under them and past the last value',
    build: (workbook) => {
      const sheet = workbook.addWorksheet('合并');
      sheet.getCell('A1').value = '标题';
      sheet.mergeCells('A1:F1');
      sheet.getCell('B3').value = '任务';
      sheet.getCell('B4').value = '续行';
      sheet.mergeCells('B3:B4');
      sheet.getColumn(8).numFmt = '0%';
      sheet.getCell('H6').value = 5;
      sheet.mergeCells('G7:I9');
    },
  },
  {
    description: 'hidden, very hidden and protected sheets',
    build: (workbook) => {
      workbook.addWorksheet('可见').addRow(['a']);
      workbook.addWorksheet('隐藏', { state: 'hidden' }).addRow(['b']);
      workbook.addWorksheet('深隐藏', { state: 'veryHidden' }).addRow(['c']);
      const locked = workbook.addWorksheet('保护');
      locked.addRow(['d']);
      void locked.protect('', {});
      workbook.addWorksheet('空表');
    },
  },
  {
    description: 'dates of a 1904 workbook',
    build: (workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('1904');
      sheet.getCell('A1').value = new Date(Date.UTC(2025, 8, 30));
      sheet.getCell('A1').numFmt = 'yyyy/m/d';
      sheet.getCell('A2').value = 100;
    },
  },
  {
    description: 'entities, escaped characters, line breaks, a 32,767-character cell and text that looks like a formula',
    build: (workbook) => {
      const sheet = workbook.addWorksheet('R&D <测试>');
      sheet.addRow(['a<b>&"c"\'d', 'e_x000D_f', 'g\nh', 'i\r\nj', LONG_TEXT, '=SUM(A1)', '+86', '-3', '@所有人', '\u3000全角空格 ']);
    },
  },
];

describe('the fast reader reads workbooks ExcelJS writes as ExcelJS reads them', () => {
  it.each(excelJsCases)('$description', async ({ build, useSharedStrings }) => {
    await expectSameAsExcelJs(await excelJsBytes(build, useSharedStrings === undefined ? {} : { useSharedStrings }));
  });

  it('reads a generated 1,000-row progress sheet as ExcelJS does', async () => {
    const { grids } = await expectSameAsExcelJs(await workbookBytes('三季度', generateProgressSheet({ rows: 1000, seed: 7 })));
    expect(grids[0]?.values.length).toBeGreaterThan(1000);
  });
});

const sheetData = (rows: string) => `<sheetData>${rows}</sheetData>`;

const handWrittenCases: { description: string; bytes: () => Uint8Array }[] = [
  {
    description: 'phonetic guides, and plain text after runs in shared strings',
    bytes: () =>
      workbookPackage({
        sharedStrings: [
          '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
          '<si><r><t>前</t></r><t>后</t></si>',
          '<si><r><rPr><b/></rPr><t xml:space="preserve">a </t></r><r><t>b_x000A_</t></r><r></r></si>',
          '<si><t/></si>',
        ],
        sheets: [{ name: 'sst', body: sheetData('<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>0</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c></row>') }],
      }),
  },
  {
    description: 'style 0, unknown styles, built-in and locale-only format ids, quoted literals',
    bytes: () =>
      workbookPackage({
        numberFormats: { 164: '0.0"%"', 165: 'yyyy"年"m"月"' },
        styleFormatIds: [14, 9, 164, 165, 23, 0, 14],
        sheets: [
          {
            name: '样式',
            body: sheetData(
              '<row r="1" s="2" customFormat="1"><c r="A1" s="0"><v>45930</v></c><c r="B1" s="1"><v>0.5</v></c><c r="C1" s="2"><v>85</v></c>' +
                '<c r="D1" s="3"><v>45930</v></c><c r="E1" s="4"><v>45930</v></c><c r="F1" s="5"><v>1.5</v></c><c r="G1" s="99"><v>7</v></c>' +
                '<c r="H1" s="6"/><c r="I1"/><c r="J1" s="6"><v>0</v></c></row>' +
                '<row r="3"><c r="A3" s="6" t="s"><v>0</v></c><c r="B3" s="1" t="b"><v>1</v></c><c r="C3" s="6" t="e"><v>#VALUE!</v></c></row>',
            ),
          },
        ],
        sharedStrings: ['<si><t>x</t></si>'],
      }),
  },
  {
    description: 'merged areas over row and column styles, reversed, single-cell and with values underneath',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 9, 10],
        sheets: [
          {
            name: '合并',
            body:
              '<cols><col min="3" max="4" style="2" width="9"/><col min="2" max="2" style="1"/></cols>' +
              sheetData('<row r="1" s="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="5"><c r="D5" s="2"><v>0.5</v></c></row>') +
              '<mergeCells count="3"><mergeCell ref="A1:B2"/><mergeCell ref="D5:C4"/><mergeCell ref="F6:F6"/></mergeCells>',
          },
        ],
      }),
  },
  {
    description: 'comments, CDATA (its text kept), processing instructions, line ends and entities in the markup',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '标记',
            body:
              '<!-- a comment --><?pi x?>' +
              sheetData(
                '<row r="1"><c r="A1" t="inlineStr"><is><t>a\r\nb&#13;c&quot;</t></is></c><c r="B1" t="str"><v>1<!-- x -->2<![CDATA[ignored]]>3</v></c>' +
                  "<c r='C1' t='inlineStr'><is><t>单引号</t></is></c></row>",
              ) +
              '<sheetProtection sheet="1" objects="1"/>',
          },
        ],
        workbookPr: '<workbookPr date1904="1"/>',
      }),
  },
  {
    description: 'hyperlinks on values, on an empty styled cell and on a formula with a kept result',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 10],
        sheets: [
          {
            name: '链接',
            body:
              sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>网站</t></is></c><c r="B1"><v>0</v></c><c r="C1" s="1"/><c r="D1"><f>1+1</f><v>2</v></c></row>') +
              '<hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" r:id="rId1"/><hyperlink ref="C1" r:id="rId1"/><hyperlink ref="D1" r:id="rId1"/><hyperlink ref="E1" location="Sheet1!A1"/></hyperlinks>',
          },
        ],
        extraParts: {
          'xl/worksheets/_rels/sheet1.xml.rels':
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>',
        },
      }),
  },
  {
    description: 'stored entries instead of deflated ones',
    bytes: () => workbookPackage({ method: 'stored', sheets: [{ name: '存储', body: sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>') }] }),
  },
];

describe('the fast reader reads hand-written packages as ExcelJS reads them', () => {
  it.each(handWrittenCases)('$description', async ({ bytes }) => {
    await expectSameAsExcelJs(bytes());
  });
});

/**
 * Rows, cells and shared-string items of the common shapes are read straight from the text, everything
 * else by the general cursor: both must give what ExcelJS gives, at the edges between them too.
 */
const inPlaceCases: { description: string; bytes: () => Uint8Array }[] = [
  {
    description: 'cell attributes in any order, quoted either way, spaced around "=" and next to others',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 9],
        sharedStrings: ['<si><t>甲</t></si>', '<si><t>乙</t></si>', '<si><t>丙</t></si>'],
        sheets: [
          {
            name: '属性',
            body: sheetData(
              '<row r="1" spans="1:6"><c t="s" s="1" r="A1"><v>0</v></c><c r=\'B1\' t=\'s\'><v>1</v></c><c  r = "C1"  s = "1" ><v>2</v></c>' +
                '<c r="D1" t="n" s="0" cm="1"><v>4.5</v></c><c foo="a&amp;b" r="E1" t="s" bar=\'"\'><v>2</v></c><c r="F1" s="1"/>' +
                '<c r="G&#49;" t="&#115;"><v>1</v></c><c r="H1" s="&#49;"><v>0.5</v></c></row>',
            ),
          },
        ],
      }),
  },
  {
    description: 'line ends, tabs and spaces between and inside tags',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 10],
        sharedStrings: ['<si><t>换行</t></si>'],
        sheets: [
          {
            name: '空白',
            body: sheetData(
              '\n  <row r="2"\n spans="1:4">\n    <c\tr="A2"\r\n t="s">\n<v>0</v></c>\n    <c r="B2"><v>7</v></c >' +
                '<c r="C2" s="1" /><c r="D2" s="1"><v>0.5</v>\n</c>\n  </row >\n  <row r="3" >\t<c r="A3"><v>8</v></c></row>\n',
            ),
          },
        ],
      }),
  },
  {
    description: 'cell values the in-place path leaves to the cursor, next to ones it reads',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 9],
        sharedStrings: ['<si><t>零</t></si>', '<si><t>一</t></si>'],
        sheets: [
          {
            name: '取值',
            body: sheetData(
              '<row r="3"><c r="A3" t="s"><v>&#49;</v></c><c r="B3" t="s"><v> 1 </v></c><c r="C3"><v>1E3</v></c><c r="D3"><v>-0.25</v></c>' +
                '<c r="E3"><v>007</v></c><c r="F3"><v>12345678901234567</v></c><c r="G3"><v>1&#46;5</v></c><c r="H3" s=""><v>3</v></c>' +
                '<c r="I3" s="1"><v></v></c><c r="J3" s="01"><v>0.5</v></c><c r="K3" t="s"><v>1</v></c><c r="L3" t="b"><v>1</v></c>' +
                '<c r="M3" t="str"><v>文本</v></c><c r="N3" t="inlineStr"><is><t>内联</t></is></c><c r="O3" t="e"><v>#N/A</v></c>' +
                '<c r="P3"><f>1+1</f><v>2</v></c><c r="Q3" t="s"><v>1</v></c><c r="R3"><v>123456789</v></c><c r="S3"><v>1234567890</v></c>' +
                '<c r="T3" s=" 1"><v>0.5</v></c><c r="U3" s="1.5"><v>0.5</v></c><c r="V3" s="x"><v>0.5</v></c><c r="W3" s="-1"><v>0.5</v></c></row>',
            ),
          },
        ],
      }),
  },
  {
    description: 'numbers under date, percentage and unknown styles, in cells and rows',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 14, 9, 10],
        sheets: [
          {
            name: '样式',
            body:
              sheetData(
                '<row r="1" s="2" customFormat="1"><c r="A1" s="1"><v>45930</v></c><c r="B1" s="2"><v>0.856</v></c><c r="C1" s="3"><v>85</v></c>' +
                  '<c r="D1" s="99"><v>7</v></c><c r="E1" s="1"><v>45930.5</v></c></row><row r="2" s="3"/><row r="4" s="1"><c r="A4"><v>1</v></c></row>',
              ) + '<mergeCells count="1"><mergeCell ref="B2:C4"/></mergeCells>',
          },
        ],
      }),
  },
  {
    description: 'styled empty cells without a format in rows that merged areas reach, next to rows of plain values',
    bytes: () =>
      workbookPackage({
        styleFormatIds: [0, 9, 0],
        sheets: [
          {
            name: '合并格式',
            body:
              '<cols><col min="5" max="5" style="1"/></cols>' +
              sheetData(
                '<row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c><c r="B1" s="2"/></row><row r="2"><c r="A2"><v>2</v></c><c r="B2" t="s"><v>0</v></c></row>' +
                  '<row r="3"><c r="D3" s="2"/><c r="F3"><v>3</v></c></row>',
              ) +
              '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D3:E3"/></mergeCells>',
          },
        ],
        sharedStrings: ['<si><t>值</t></si>'],
      }),
  },
  {
    description: 'rows single-quoted, self-closing, numbered with entities or leading zeros, and text between them',
    bytes: () =>
      workbookPackage({
        sheets: [
          {
            name: '行',
            body: sheetData(
              "<row r='1'><c r='A1'><v>1</v></c></row> <row r=\"2\"/>\n<row r=\"&#51;\"><c r=\"A3\"><v>3</v></c></row>" +
                '<row r="04"><c r="B4"><v>4</v></c></row><row  r="5" ><c r="C5"><v>5</v></c></row>',
            ),
          },
        ],
      }),
  },
  {
    description: 'shared strings with entities, escapes, line ends, spacing, empty text and rich text',
    bytes: () =>
      workbookPackage({
        sharedStrings: [
          '<si><t>a &amp; b</t></si>',
          '<si><t>x_x000D_y_x</t></si>',
          '\n<si><t xml:space="preserve"> 前后空格 </t></si>',
          "<si><t xml:space='preserve'>单引号</t></si>",
          '<si>\n  <t>缩进</t>\n</si>',
          '<si><t>行\r\n尾</t></si>',
          '<si><t></t></si>',
          '<si><r><t>富</t></r><r><rPr><b/></rPr><t>文本</t></r></si>',
          '<si><t>_x004</t></si>',
          '<si><t>1_</t></si>',
          '<si><t>末_x0041_</t></si>',
        ],
        sheets: [
          {
            name: '共享',
            body: sheetData(
              '<row r="1">' + Array.from({ length: 11 }, (_unused, index) => `<c r="${String.fromCharCode(65 + index)}1" t="s"><v>${index}</v></c>`).join('') + '</row>',
            ),
          },
        ],
      }),
  },
  {
    description: 'a sheet with Chinese inline text, so that its markup is not plain ASCII',
    bytes: () =>
      workbookPackage({
        sharedStrings: ['<si><t>共享</t></si>'],
        sheets: [
          {
            name: '中文',
            body: sheetData(
              '<row r="1"><c r="A1" t="inlineStr"><is><t>内联中文</t></is></c><c r="B1"><v>12</v></c><c r="C1" t="s"><v>0</v></c></row>' +
                '<row r="2"><c r="A2"><v>3.5</v></c><c r="B2" t="s"><v>0</v></c></row>',
            ),
          },
        ],
      }),
  },
];

describe('the fast reader reads common rows, cells and shared strings in place as ExcelJS reads them', () => {
  it.each(inPlaceCases)('$description', async ({ bytes }) => {
    await expectSameAsExcelJs(bytes());
  });

  it('reads the cells of a generated sheet without a markup token per cell', async () => {
    const bytes = await workbookBytes('三季度', generateProgressSheet({ rows: 1000, seed: 3 }));
    const next = jest.spyOn(XmlCursor.prototype, 'next');
    try {
      const grid = await readXlsxBytes(bytes).readSheet('三季度');
      const cells = grid.values.flat().filter((value) => value !== null).length;
      expect(cells).toBeGreaterThan(5000);
      expect(next.mock.calls.length).toBeLessThan(cells / 10);
    } finally {
      next.mockRestore();
    }
  });
});

const refusedCases: { description: string; bytes: () => Uint8Array; error: typeof UnsupportedXlsxError | typeof DamagedXlsxError }[] = [
  {
    description: 'an entry compressed with another method (bzip2)',
    bytes: () => zipParts({ 'xl/workbook.xml': '<workbook/>' }, { methodNumber: 12 }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'an encrypted entry',
    bytes: () => zipParts({ 'xl/workbook.xml': '<workbook/>' }, { flags: 1 }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a zip64 archive',
    bytes: () => {
      const zip = zipParts({ 'xl/workbook.xml': '<workbook/>' });
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      return new Uint8Array(Buffer.concat([zip.subarray(0, zip.length - 22), locator, zip.subarray(zip.length - 22)]));
    },
    error: UnsupportedXlsxError,
  },
  {
    description: 'a sheet name ExcelJS cuts to 31 characters',
    bytes: () => workbookPackage({ sheets: [{ name: '进度'.repeat(16), body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'two sheet names that differ only in case (ExcelJS fails on them)',
    bytes: () => workbookPackage({ sheets: [{ name: 'Q3', body: sheetData('') }, { name: 'q3', body: sheetData('') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a row numbered before the row above it',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="A1"><v>1</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a backward row',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="2"><c r="A2"><v>1</v></c></row><row r="1"><c r="B1"><v>2</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a row written again whose cells go back before the first one\'s',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="B1"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a cell address whose row number has a leading zero',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="5"><c r="A05"><v>1</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'cells out of column order',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="B1"><v>1</v></c><c r="A1"><v>2</v></c></row>') }] }),
    error: UnsupportedXlsxError,
  },
  {
    description: 'a sheet part that does not inflate',
    bytes: () => {
      const bytes = workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
      const sheetAt = Buffer.from(bytes).indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
      bytes.fill(0xff, sheetAt, sheetAt + 8);
      return bytes;
    },
    error: DamagedXlsxError,
  },
  {
    description: 'a part it does not read that does not inflate (ExcelJS unpacks every part)',
    bytes: () => {
      const bytes = workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
      const partAt = Buffer.from(bytes).indexOf('_rels/.rels') + '_rels/.rels'.length;
      bytes.fill(0xff, partAt, partAt + 8);
      return bytes;
    },
    error: DamagedXlsxError,
  },
  {
    description: 'a sheet whose XML is not well formed',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="A1"><v>1</c></row>') }] }),
    error: DamagedXlsxError,
  },
  {
    description: 'an unknown entity',
    bytes: () => workbookPackage({ sheets: [{ name: 'x', body: sheetData('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>') }] }),
    error: DamagedXlsxError,
  },
];

describe('the fast reader refuses what it does not read the ExcelJS way', () => {
  it.each(refusedCases)('refuses $description', ({ bytes, error }) => {
    expect(() => readXlsxBytes(bytes())).toThrow(error);
  });

  it.each(refusedCases)('opens a file with $description as openWorkbookFile does', async ({ bytes }) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'jindu-sheet-reader-'));
    try {
      const file = path.join(folder, 'refused.xlsx');
      await writeFile(file, bytes());
      const [viaExcelJs, fast] = [await openWorkbookFile(file), await openWorkbookFileForReading(file)];
      if (viaExcelJs.ok && fast.ok) expect(await readAll(fast.workbook)).toStrictEqual(await readAll(viaExcelJs.workbook));
      else expect(fast.ok ? null : fast.problem).toStrictEqual(viaExcelJs.ok ? null : viaExcelJs.problem);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('is what openWorkbookFileForReading opens a workbook it reads with', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'jindu-sheet-reader-'));
    try {
      const file = path.join(folder, 'plain.xlsx');
      await writeFile(file, workbookPackage({ sheets: [{ name: '三季度', body: sheetData('<row r="1"><c r="A1"><v>1</v></c></row>') }] }));
      const opened = await openWorkbookFileForReading(file);
      expect(opened.ok && opened.workbook instanceof XlsxSheetReader).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says which sheet is missing, like XlsxWorkbook', async () => {
    const reader = readXlsxBytes(workbookPackage({ sheets: [{ name: 'Sheet1', body: sheetData('') }] }));
    await expect(reader.readSheet('sheet1')).resolves.toMatchObject({ name: 'Sheet1' });
    await expect(reader.readSheet('其他')).rejects.toThrow('sheet not found: 其他');
  });
});
