import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SheetNotFoundError, SheetProtectedError, XlsxWorkbook } from '../../../src/adapters/xlsx/xlsxWorkbook';
import { messageKeys } from '../../../src/core/messages';
import type { Workbook } from '../../../src/core/ports';
import { describeWorkbookContract } from '../workbookContract';

async function reopen(workbook: Workbook): Promise<XlsxWorkbook> {
  if (!(workbook instanceof XlsxWorkbook)) throw new TypeError('expected an XlsxWorkbook');
  return XlsxWorkbook.load(await workbook.toBuffer());
}

describeWorkbookContract('XlsxWorkbook', {
  create: async (sheets) => {
    const workbook = XlsxWorkbook.create();
    await workbook.apply(
      Object.entries(sheets).flatMap(([sheet, rows]) => [
        { op: 'addSheet' as const, sheet, replace: false },
        { op: 'writeBlock' as const, sheet, row: 0, column: 0, values: rows.map((row) => row.map((value) => (typeof value === 'object' && value !== null ? value.error : value))) },
      ]),
    );
    return reopen(workbook);
  },
  reopen,
  protect: async (workbook, sheet) => {
    if (!(workbook instanceof XlsxWorkbook)) throw new TypeError('expected an XlsxWorkbook');
    await workbook.protectSheet(sheet);
  },
});

/** A workbook written by ExcelJS directly, the way Excel or WPS would have left it on disk. */
async function workbookFromExcelJs(build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const excel = new ExcelJS.Workbook();
  build(excel.addWorksheet('三季度'), excel);
  return XlsxWorkbook.load(new Uint8Array(await excel.xlsx.writeBuffer()));
}

/** The saved workbook as ExcelJS sees it, to check what reached the file. */
async function sheetXmlOf(bytes: Uint8Array, sheet = 1): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file(`xl/worksheets/sheet${sheet}.xml`)?.async('string')) ?? '';
}

async function savedForInspection(workbook: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const excel = new ExcelJS.Workbook();
  // ExcelJS's declarations predate Node's generic Buffer; the bytes are what it reads.
  await excel.xlsx.load((await workbook.toBuffer()) as unknown as Parameters<ExcelJS.Xlsx['load']>[0]);
  return excel;
}

describe('XlsxWorkbook reads cells as Excel shows them', () => {
  const cases: { description: string; cell: ExcelJS.CellValue; numFmt?: string; value: unknown; text: string }[] = [
    { description: 'a formula error gives the error', cell: { formula: '1/0', result: { error: '#DIV/0!' } }, value: { error: '#DIV/0!' }, text: '#DIV/0!' },
    { description: 'a plain error cell gives the error', cell: { error: '#N/A' }, value: { error: '#N/A' }, text: '#N/A' },
    { description: 'a formula gives its cached result', cell: { formula: 'SUM(B1:B3)', result: 1234.5 }, numFmt: '#,##0.00', value: 1234.5, text: '1,234.50' },
    { description: 'a dated cell gives its serial and the displayed date', cell: new Date(Date.UTC(2021, 8, 30)), numFmt: 'yyyy"年"m"月"d"日"', value: 44469, text: '2021年9月30日' },
    { description: 'a date with time keeps the fraction', cell: new Date(Date.UTC(2021, 9, 11, 13, 30)), numFmt: 'yyyy/m/d h:mm', value: 44480.5625, text: '2021/10/11 13:30' },
    { description: 'rich text is flattened', cell: { richText: [{ text: '已完成', font: { bold: true } }, { text: '80%' }] }, value: '已完成80%', text: '已完成80%' },
    { description: 'a hyperlink gives its text', cell: { text: '市卫生健康委', hyperlink: 'https://example.org' }, value: '市卫生健康委', text: '市卫生健康委' },
    { description: 'a percentage shows as Excel shows it', cell: 0.856, numFmt: '0%', value: 0.856, text: '86%' },
    { description: 'a boolean shows TRUE', cell: true, value: true, text: 'TRUE' },
  ];

  it.each(cases)('$description', async ({ cell, numFmt, value, text }) => {
    const workbook = await workbookFromExcelJs((sheet) => {
      const target = sheet.getCell('A1');
      target.value = cell;
      if (numFmt) target.numFmt = numFmt;
    });
    const grid = await workbook.readSheet('三季度');
    expect(grid.values[0]?.[0]).toEqual(value);
    expect(grid.text[0]?.[0]).toBe(text);
  });

  it('keeps a 32,767-character cell intact through save and load', async () => {
    const longest = '进展'.repeat(16383) + '。';
    expect(longest).toHaveLength(32767);
    const workbook = XlsxWorkbook.create();
    await workbook.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 4, values: [[longest]] },
    ]);
    const grid = await (await XlsxWorkbook.load(await workbook.toBuffer())).readSheet('三季度');
    expect(grid.values[0]?.[4]).toBe(longest);
  });

  it('reads shared strings once per cell', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.addRow(['三季度', '三季度']);
      sheet.addRow(['三季度']);
    });
    const grid = await workbook.readSheet('三季度');
    expect(grid.text).toEqual([['三季度', '三季度'], ['三季度', '']]);
  });

  it('shows a merged value once, at the top-left, and reports the merged area', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.getCell('A1').value = '2021年《政府工作报告》重点工作任务三季度进展情况';
      sheet.mergeCells('A1:F1');
      sheet.getCell('A2').value = '序号';
    });
    const grid = await workbook.readSheet('三季度');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
    expect(grid.values[0]).toEqual(['2021年《政府工作报告》重点工作任务三季度进展情况', null, null, null, null, null]);
    expect(grid.values).toHaveLength(2);
  });

  it('lists hidden and protected sheets as such', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('说明', { state: 'hidden' });
    await excel.addWorksheet('三季度').protect('', {});
    const workbook = await XlsxWorkbook.load(new Uint8Array(await excel.xlsx.writeBuffer()));
    expect(await workbook.listSheets()).toEqual([
      { name: '说明', visible: false, protected: false },
      { name: '三季度', visible: true, protected: true },
    ]);
    await expect(workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['x']] }])).rejects.toBeInstanceOf(
      SheetProtectedError,
    );
  });
});

describe('XlsxWorkbook keeps whole-column validations workable', () => {
  it('keeps a whole-column validation as one range, not a million cells, and writes it back whole', async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet('三季度');
    sheet.addRows([['序号', '自我评价'], [40, '完成']]);
    // ExcelJS declares no type for the sheet's validation list; it is what templates carry as F:F.
    (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      'B2:B1048576',
      { type: 'list', allowBlank: true, formulae: ['"完成,未完成"'] },
    );
    const workbook = await XlsxWorkbook.load(new Uint8Array(await excel.xlsx.writeBuffer()));
    const xml = await sheetXmlOf(await workbook.toBuffer());
    expect(xml.match(/<dataValidation [^>]*sqref="B2:B1048576"[^>]*>/g)).toHaveLength(1);
    expect(xml).toContain('完成,未完成');
  });

  it('gives a new dropdown its cells out of a whole-column one, so that no two overlap', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('三季度').addRows([['序号', '自我评价'], [40, '完成']]);
    (excel.getWorksheet('三季度') as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      'B2:B1048576',
      { type: 'list', allowBlank: true, formulae: ['"完成,未完成"'] },
    );
    const workbook = await XlsxWorkbook.load(new Uint8Array(await excel.xlsx.writeBuffer()));
    await workbook.apply([{ op: 'setValidationList', sheet: '三季度', range: 'B3:B4', list: ['是', '否'] }]);
    const sqrefs = [...(await sheetXmlOf(await workbook.toBuffer())).matchAll(/sqref="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(sqrefs).toEqual(['B2', 'B3:B4', 'B5:B1048576']);
  });

  it('moves a whole-column validation up when rows above its end are deleted', async () => {
    const excel = new ExcelJS.Workbook();
    excel.addWorksheet('三季度').addRows([['序号', '自我评价'], [40, '完成'], [41, '完成']]);
    (excel.getWorksheet('三季度') as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations.add(
      'B2:B1048576',
      { type: 'list', allowBlank: true, formulae: ['"完成,未完成"'] },
    );
    const workbook = await XlsxWorkbook.load(new Uint8Array(await excel.xlsx.writeBuffer()));
    await workbook.apply([{ op: 'deleteRows', sheet: '三季度', row: 1, count: 1 }]);
    expect(await sheetXmlOf(await workbook.toBuffer())).toContain('sqref="B2:B1048575"');
  });
});

describe('XlsxWorkbook writes what the operations ask for', () => {
  it('marks text that looks like a formula with the text format', async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['=1+1', '已完成']] },
    ]);
    const sheet = (await savedForInspection(workbook)).getWorksheet('三季度');
    expect(sheet?.getCell('A1').value).toBe('=1+1');
    expect(sheet?.getCell('A1').type).toBe(ExcelJS.ValueType.String);
    expect(sheet?.getCell('A1').numFmt).toBe('@');
    expect(sheet?.getCell('B1').numFmt).toBeUndefined();
  });

  it('changes the format of the named cells only, not of cells that shared their style', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.addRow(['序号', '任务', '时间']);
      for (const cell of ['A1', 'B1', 'C1']) sheet.getCell(cell).font = { name: '宋体', size: 11 };
    });
    await workbook.apply([{ op: 'setFormat', sheet: '三季度', range: 'A1:B1', format: { bold: true, fill: '#DDEBF7' } }]);
    const sheet = (await savedForInspection(workbook)).getWorksheet('三季度');
    expect(sheet?.getCell('A1').font).toMatchObject({ bold: true, name: '宋体' });
    expect(sheet?.getCell('B1').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(sheet?.getCell('C1').font?.bold).toBeFalsy();
  });

  it('saves notes, validation lists, frozen rows, widths and an A4 landscape page with print titles', async () => {
    const workbook = XlsxWorkbook.create();
    const result = await workbook.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['序号', '自我评价'], [40, '完成']] },
      { op: 'setNote', sheet: '三季度', cell: 'B2', text: '进度助手：自我评价与进展不符' },
      { op: 'setValidationList', sheet: '三季度', range: 'B2:B4', list: ['完成', '序时推进', '滞后'] },
      { op: 'freezeRows', sheet: '三季度', count: 1 },
      { op: 'setColumnWidths', sheet: '三季度', widths: [6, 12] },
      { op: 'setPageSetup', sheet: '三季度', setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 1, last: 1 }, fitToWidth: true } },
    ]);
    expect(result.skipped).toEqual([]);
    const sheet = (await savedForInspection(workbook)).getWorksheet('三季度');
    expect(sheet?.getCell('B2').note).toBe('进度助手：自我评价与进展不符');
    expect(sheet?.getCell('B3').dataValidation).toMatchObject({ type: 'list', formulae: ['"完成,序时推进,滞后"'] });
    expect(sheet?.getCell('B5').dataValidation).toBeUndefined();
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getColumn(2).width).toBe(12);
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, printTitlesRow: '1:1' });
  });

  it('saves a validation as one range, never as overlapping ones, also after rows above it were deleted', async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['序号', '自我评价']] },
      { op: 'setValidationList', sheet: '三季度', range: 'F5:F60', list: ['完成', '未完成'] },
      { op: 'setValidationList', sheet: '三季度', range: 'G5:G60', list: ['完成', '未完成'] },
    ]);
    await workbook.apply([{ op: 'deleteRows', sheet: '三季度', row: 8, count: 1 }]);
    const archive = await JSZip.loadAsync(await workbook.toBuffer());
    const sheetXml = (await archive.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect([...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((match) => match[1])).toEqual(['F5:G59']);
  });

  it('removes a note when asked', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.getCell('B2').value = '完成';
      sheet.getCell('B2').note = '旧批注';
    });
    await workbook.apply([{ op: 'setNote', sheet: '三季度', cell: 'B2', text: null }]);
    const sheet = (await savedForInspection(workbook)).getWorksheet('三季度');
    expect(sheet?.getCell('B2').note).toBeUndefined();
    expect(sheet?.getCell('B2').value).toBe('完成');
  });

  it('skips a chart and a list validation Excel could not hold, and says why', async () => {
    const workbook = XlsxWorkbook.create();
    const result = await workbook.apply([
      { op: 'addSheet', sheet: '统计', replace: false },
      { op: 'addChart', sheet: '统计', range: 'A1:B3', kind: 'columnClustered', title: '各单位' },
      { op: 'setValidationList', sheet: '统计', range: 'A2', list: ['甲,乙'] },
    ]);
    expect(result.skipped).toEqual([
      { op: 'addChart', reason: 'xlsx.unsupported.charts' },
      { op: 'setValidationList', reason: 'xlsx.unsupported.listSeparator' },
    ]);
    for (const skip of result.skipped) expect(messageKeys('zh-CN').has(skip.reason)).toBe(true);
  });

  it('moves merged areas and notes up when rows above them are deleted', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.addRows([['序号', '任务'], ['序号', '任务'], [57, '健全新药研发'], [null, '（续）']]);
      sheet.mergeCells('A3:A4');
      sheet.getCell('B3').note = '跨页续行';
    });
    await workbook.apply([{ op: 'deleteRows', sheet: '三季度', row: 1, count: 1 }]);
    const reopened = await XlsxWorkbook.load(await workbook.toBuffer());
    const grid = await reopened.readSheet('三季度');
    expect(grid.text).toEqual([['序号', '任务'], ['57', '健全新药研发'], ['', '（续）']]);
    expect(grid.merges).toEqual([{ top: 1, left: 0, bottom: 2, right: 0 }]);
    const sheet = (await savedForInspection(reopened)).getWorksheet('三季度');
    expect(sheet?.getCell('B2').note).toBe('跨页续行');
    expect(sheet?.getCell('B3').note).toBeUndefined();
  });

  it('does not let a null in a merged area erase its value', async () => {
    const workbook = await workbookFromExcelJs((sheet) => {
      sheet.getCell('A1').value = '标题';
      sheet.mergeCells('A1:C1');
    });
    await workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['标题', null, null]] }]);
    const grid = await workbook.readSheet('三季度');
    expect(grid.values[0]?.[0]).toBe('标题');
    expect(grid.merges).toHaveLength(1);
  });

  it('keeps a replaced sheet in its place among the tabs', async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.apply([
      { op: 'addSheet', sheet: '汇总', replace: false },
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'addSheet', sheet: '汇总', replace: true },
    ]);
    const reopened = await XlsxWorkbook.load(await workbook.toBuffer());
    expect((await reopened.listSheets()).map((sheet) => sheet.name)).toEqual(['汇总', '三季度']);
  });

  it('refuses a batch naming a missing sheet before changing anything', async () => {
    const workbook = XlsxWorkbook.create();
    await workbook.apply([{ op: 'addSheet', sheet: '三季度', replace: false }]);
    await expect(
      workbook.apply([
        { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['改了']] },
        { op: 'writeBlock', sheet: '四季度', row: 0, column: 0, values: [['x']] },
      ]),
    ).rejects.toBeInstanceOf(SheetNotFoundError);
    expect((await workbook.readSheet('三季度')).values).toEqual([]);
  });
});
