import * as XLSX from '@e965/xlsx';
import { XlsWorkbook } from '../../../src/adapters/xls/xlsWorkbook';
import { openLegacySpreadsheet } from '../../../src/adapters/xls/openLegacySpreadsheet';
import { openSpreadsheetBytes } from '../../../src/adapters/formats/openSpreadsheetBytes';
import { rkOfDouble, rkOfInteger, xlsBytes } from '../../fixtures/legacy/buildBiff8';

const neverXlsx = async () => {
  throw new Error('not an .xlsx');
};

/** An .xls written by SheetJS's BIFF8 writer (an independent writer) from rows, merges and number formats. */
function sheetJsXls(sheets: Record<string, { rows: unknown[][]; merges?: XLSX.Range[]; formats?: Record<string, string> }>, options: { bookSST?: boolean } = {}): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, sheet] of Object.entries(sheets)) {
    const worksheet = XLSX.utils.aoa_to_sheet(sheet.rows, { cellDates: true });
    if (sheet.merges) worksheet['!merges'] = sheet.merges;
    for (const [address, format] of Object.entries(sheet.formats ?? {})) {
      const cell = worksheet[address] as XLSX.CellObject | undefined;
      if (cell) cell.z = format;
    }
    XLSX.utils.book_append_sheet(workbook, worksheet, name);
  }
  return new Uint8Array(XLSX.write(workbook, { bookType: 'xls', type: 'buffer', bookSST: options.bookSST ?? false }) as ArrayBuffer);
}

describe('XlsWorkbook on files SheetJS writes', () => {
  it.each([
    { description: 'strings as LABEL records', bookSST: false },
    { description: 'strings in the shared string table (LABELSST)', bookSST: true },
  ])('reads several sheets with Chinese names, numbers and dates by their formats, and merged areas: $description', async ({ bookSST }) => {
    const bytes = sheetJsXls(
      {
        三季度: {
          rows: [
            ['2025年政府工作报告任务三季度进展情况表'],
            ['填报单位：市财政局', null, '填报时间：', new Date(Date.UTC(2025, 9, 8))],
            ['序号', '任务', '完成率', '投资（万元）'],
            [1, '新建学校3所', 0.856, 12345.5],
            [2, '=SUM(A1)', 1, -3],
          ],
          merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }],
          formats: { C4: '0%', D4: '#,##0.00', D2: 'yyyy"年"m"月"d"日"' },
        },
        附表: { rows: [['说明', true]] },
      },
      { bookSST },
    );
    const workbook = XlsWorkbook.read(bytes);
    expect(await workbook.listSheets()).toEqual([
      { name: '三季度', visible: true, protected: false },
      { name: '附表', visible: true, protected: false },
    ]);
    const grid = await workbook.readSheet('三季度');
    expect(grid.text).toEqual([
      ['2025年政府工作报告任务三季度进展情况表', '', '', ''],
      ['填报单位：市财政局', '', '填报时间：', '2025年10月8日'],
      ['序号', '任务', '完成率', '投资（万元）'],
      ['1', '新建学校3所', '86%', '12,345.50'],
      ['2', '=SUM(A1)', '1', '-3'],
    ]);
    expect(grid.values[3]).toEqual([1, '新建学校3所', 0.856, 12345.5]);
    // Text that looks like a formula stays text, as it was stored.
    expect(grid.values[4]?.[1]).toBe('=SUM(A1)');
    expect(grid.merges).toEqual([{ top: 0, bottom: 0, left: 0, right: 3 }]);
    expect((await workbook.readSheet('附表')).text).toEqual([['说明', 'TRUE']]);
  });
});

describe('XlsWorkbook on records built by hand', () => {
  it('reads RK and MULRK numbers (integers, doubles, hundredths), NUMBER, BOOLERR and formula results with their STRING records', async () => {
    const bytes = xlsBytes({
      formats: { 164: '0.0' },
      xfFormatIds: [0, 164, 10],
      sheets: [
        {
          name: '数值',
          records: [
            { kind: 'rk', row: 0, column: 0, rk: rkOfInteger(40) },
            { kind: 'rk', row: 0, column: 1, rk: rkOfInteger(1234, true) },
            { kind: 'rk', row: 0, column: 2, rk: rkOfDouble(0.5), xf: 2 },
            { kind: 'mulrk', row: 1, column: 0, cells: [{ xf: 0, rk: rkOfInteger(-7) }, { xf: 1, rk: rkOfDouble(2.25) }, { xf: 0, rk: rkOfDouble(2 ** 32) }] },
            { kind: 'number', row: 2, column: 0, value: 3.14159, xf: 1 },
            { kind: 'bool', row: 2, column: 1, value: false },
            { kind: 'error', row: 2, column: 2, code: 0x07 },
            { kind: 'formulaNumber', row: 3, column: 0, value: 85 },
            { kind: 'formulaString', row: 3, column: 1, text: '已完成' },
            { kind: 'formulaBool', row: 3, column: 2, value: true },
          ],
        },
      ],
    });
    const grid = await XlsWorkbook.read(bytes).readSheet('数值');
    expect(grid.values).toEqual([
      [40, 12.34, 0.5],
      [-7, 2.25, 4294967296],
      [3.14159, false, { error: '#DIV/0!' }],
      [85, '已完成', true],
    ]);
    expect(grid.text).toEqual([
      ['40', '12.34', '50.00%'],
      ['-7', '2.3', '4294967296'],
      ['3.1', 'FALSE', '#DIV/0!'],
      ['85', '已完成', 'TRUE'],
    ]);
  });

  it('reads shared strings split over CONTINUE records, in Chinese and in Latin, with a fresh option byte at each split', async () => {
    const strings = ['序号', '重点任务', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '推进城市更新行动，完成老旧小区改造120个', 'x'];
    const bytes = xlsBytes({
      sharedStrings: strings,
      sstRecordBytes: 17,
      sheets: [{ name: 'Sheet1', records: strings.map((_, index) => ({ kind: 'sst' as const, row: index, column: 0, index })) }],
    });
    const grid = await XlsWorkbook.read(bytes).readSheet('Sheet1');
    expect(grid.text.map((row) => row[0])).toEqual(strings);
  });

  it('shows dates of a 1904 workbook on the right day, and lists hidden sheets as hidden', async () => {
    const bytes = xlsBytes({
      date1904: true,
      xfFormatIds: [0, 14],
      sheets: [
        { name: '报表', records: [{ kind: 'number', row: 0, column: 0, value: 44468, xf: 1 }] },
        { name: '隐藏', hidden: true, records: [] },
      ],
    });
    const workbook = XlsWorkbook.read(bytes);
    // 44468 days after 1904-01-01 is 2025-09-30.
    expect((await workbook.readSheet('报表')).text).toEqual([['2025/9/30']]);
    expect(await workbook.listSheets()).toEqual([
      { name: '报表', visible: true, protected: false },
      { name: '隐藏', visible: false, protected: false },
    ]);
  });

  it('empties the cells a merged area covers and keeps the area in the grid', async () => {
    const bytes = xlsBytes({
      sheets: [
        {
          name: 'S',
          records: [
            { kind: 'label', row: 0, column: 0, text: '标题' },
            { kind: 'label', row: 0, column: 1, text: '被合并' },
            { kind: 'merge', top: 0, bottom: 1, left: 0, right: 2 },
          ],
        },
      ],
    });
    const grid = await XlsWorkbook.read(bytes).readSheet('S');
    expect(grid.text).toEqual([
      ['标题', '', ''],
      ['', '', ''],
    ]);
    expect(grid.merges).toEqual([{ top: 0, bottom: 1, left: 0, right: 2 }]);
  });
});

describe('openLegacySpreadsheet', () => {
  it('refuses an encrypted workbook and one from Excel 95 with what to do', async () => {
    expect(await openLegacySpreadsheet('密.xls', xlsBytes({ encrypted: true, sheets: [{ name: 'S', records: [] }] }), 'xls')).toEqual({
      ok: false,
      problem: { key: 'file.encrypted', params: { file: '密.xls' } },
    });
    expect(await openLegacySpreadsheet('旧.xls', xlsBytes({ version: 0x0500, sheets: [{ name: 'S', records: [] }] }), 'xls')).toMatchObject({
      ok: false,
      problem: { key: 'format.oldBiff' },
    });
  });

  it('reads an .xls, a .xlsx-named BIFF file and an .et saved as BIFF8 alike, by their bytes', async () => {
    const bytes = sheetJsXls({ 三季度: { rows: [['序号', '任务'], [1, '建成']] } });
    for (const name of ['市财政局.xls', '改了名.xlsx', '市交通局.et']) {
      const opened = await openSpreadsheetBytes(name, bytes, neverXlsx);
      expect(opened.ok && opened.format).toBe('xls');
      if (opened.ok) expect((await opened.workbook.readSheet('三季度')).text).toEqual([['序号', '任务'], ['1', '建成']]);
    }
  });
});
