// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../../src/adapters/office/officeWorkbook';
import { detectOfficeCapabilities, ALL_OFFICE_CAPABILITIES, type OfficeCapabilities } from '../../../src/adapters/office/requirements';
import { SimulatedExcel } from '../../support/simulatedExcel';
import type { CellValue } from '../../../src/core/grid/sheetGrid';
import type { Workbook, WorkbookOperation } from '../../../src/core/ports';
import { describeWorkbookContract } from '../workbookContract';

const simulations = new WeakMap<Workbook, SimulatedExcel>();

function plainRows(rows: readonly (readonly CellValue[])[]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((value) => (value !== null && typeof value === 'object' ? value.error : value)));
}

function workbookOn(excel: SimulatedExcel, capabilities: OfficeCapabilities = ALL_OFFICE_CAPABILITIES): OfficeWorkbook {
  const workbook = new OfficeWorkbook(excel.run, capabilities);
  simulations.set(workbook, excel);
  return workbook;
}

describeWorkbookContract('OfficeWorkbook on a simulated Excel', {
  create: async (sheets) => workbookOn(SimulatedExcel.withSheets(Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, plainRows(rows)])))),
  reopen: async (workbook) => workbook,
  protect: async (workbook, sheet) => {
    const target = simulations.get(workbook)?.sheet(sheet);
    if (!target) throw new Error(`no simulated sheet ${sheet}`);
    target.protected = true;
  },
});

/** A progress sheet of `count` task rows, each with realistic Chinese text. */
function progressSheet(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
    ['填报单位：济南市卫生健康委'],
    ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
  ];
  for (let index = 1; index <= count; index += 1) {
    rows.push([index, `开工建设第${index}项工程(责任单位：市卫生健康委)`, '三季度', '完成主体工程', `截至9月底累计完成投资${index}万元，正在全力推进相关工作。`, '序时推进']);
  }
  return rows;
}

describe('OfficeWorkbook reads and writes in a fixed number of syncs', () => {
  const cases = [
    { description: 'checking a 1,000-row sheet', rows: 1_000 },
    { description: 'checking a 10,000-row sheet', rows: 10_000 },
  ];

  it.each(cases)('$description takes at most 3 syncs and no response passes 5 MB', async ({ rows }) => {
    const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(rows) });
    const grid = await workbookOn(excel).readSheet('三季度');
    expect(grid.values).toHaveLength(rows + 3);
    expect(grid.text[rows + 2]?.[4]).toContain(`累计完成投资${rows}万元`);
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    const syncs = excel.runs.flatMap((run) => run.syncs);
    expect(Math.max(...syncs.map((sync) => sync.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('reads 1,000 and 10,000 rows in the same number of syncs', async () => {
    const counts = await Promise.all(
      [1_000, 10_000].map(async (rows) => {
        const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(rows) });
        await workbookOn(excel).readSheet('三季度');
        return excel.syncCount;
      }),
    );
    expect(counts[0]).toBe(counts[1]);
  });

  it.each([
    { description: 'writing a 1,000-row 汇总', rows: 1_000 },
    { description: 'writing a 10,000-row 汇总', rows: 10_000 },
  ])('$description (new sheet, header, format, widths, chart) takes at most 3 syncs', async ({ rows }) => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    const compiled = progressSheet(rows).slice(2);
    const operations: WorkbookOperation[] = [
      { op: 'addSheet', sheet: '汇总', replace: true },
      { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: compiled },
      { op: 'setFormat', sheet: '汇总', range: 'A1:F1', format: { bold: true, fill: '#DDEBF7' } },
      { op: 'setColumnWidths', sheet: '汇总', widths: [6, 40, 8, 30, 40, 10] },
      { op: 'freezeRows', sheet: '汇总', count: 1 },
      { op: 'addChart', sheet: '汇总', range: 'A1:B5', kind: 'columnClustered', title: '各单位任务数' },
    ];
    await workbookOn(excel).apply(operations);
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.sheet('汇总')?.rows).toHaveLength(rows + 1);
    expect(excel.sheet('汇总')?.charts).toEqual([{ type: 'ColumnClustered', address: 'A1:B5', title: '各单位任务数' }]);
    const syncs = excel.runs.flatMap((run) => run.syncs);
    expect(Math.max(...syncs.map((sync) => sync.requestBytes))).toBeLessThan(5 * 1024 * 1024);
  });

  it('splits a write that would pass 5 MB into several requests, each under the limit', async () => {
    const excel = SimulatedExcel.withSheets({ 汇总: [['序号']] });
    const longText = '正在全力推进相关工作，'.repeat(60);
    const values = Array.from({ length: 6_000 }, (_, index) => [index, longText, longText]);
    await workbookOn(excel).apply([{ op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values }]);
    const syncs = excel.runs.flatMap((run) => run.syncs);
    expect(syncs.length).toBeGreaterThan(2);
    expect(syncs.every((sync) => sync.requestBytes < 5 * 1024 * 1024)).toBe(true);
    expect(excel.sheet('汇总')?.rows[5_999]?.[1]?.value).toBe(longText);
  });

  it('plans the reads of a large sheet from a sample so that every response stays under 5 MB', async () => {
    const longText = '开工建设济南黄河体育中心，'.repeat(80);
    const excel = SimulatedExcel.withSheets({ 三季度: Array.from({ length: 3_000 }, (_, index) => [index + 1, longText, longText]) });
    const grid = await workbookOn(excel).readSheet('三季度');
    expect(grid.values).toHaveLength(3_000);
    expect(grid.text[2_999]?.[1]).toBe(longText);
    const syncs = excel.runs.flatMap((run) => run.syncs);
    expect(syncs.every((sync) => sync.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(syncs.length).toBeGreaterThan(3);
  });

  it('halves a read that Excel refuses as too large when the sample underestimated the rows below it', async () => {
    const longText = '开工建设济南黄河体育中心，'.repeat(80);
    const rows = Array.from({ length: 3_000 }, (_, index) => (index < 100 ? [index + 1, '短', '短'] : [index + 1, longText, longText]));
    const excel = SimulatedExcel.withSheets({ 三季度: rows });
    const grid = await workbookOn(excel).readSheet('三季度');
    expect(grid.text.map((row) => row[1])).toEqual(rows.map((row) => row[1]));
    const refused = excel.runs.flatMap((run) => run.syncs).filter((sync) => sync.responseBytes > 5 * 1024 * 1024);
    expect(refused.length).toBeGreaterThan(0);
  });
});

describe('OfficeWorkbook keeps the user safe', () => {
  it('runs every batch with delayForCellEdit, so typing in a cell does not break it', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    excel.cellEditMode = true;
    await workbookOn(excel).apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: [[40]] }]);
    expect(excel.runs.every((run) => run.options.delayForCellEdit === true)).toBe(true);
    expect(excel.sheet('三季度')?.rows[1]?.[0]?.value).toBe(40);
  });

  it('merges a batch into one undo group only where ExcelApi 1.20 is present', async () => {
    const grouped = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    await workbookOn(grouped).apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: [[40]] }]);
    expect(grouped.runs[0]?.options.mergeUndoGroup).toBe(true);
    const older = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    await workbookOn(older, { ...ALL_OFFICE_CAPABILITIES, undoGrouping: false }).apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: [[40]] }]);
    expect(older.runs[0]?.options.mergeUndoGroup).toBeUndefined();
  });

  it('refuses a batch that touches a protected sheet with a message key, before writing anything', async () => {
    const excel = SimulatedExcel.withSheets({ 汇总: [['x']], 三季度: [['序号']] });
    const sheet = excel.sheet('三季度');
    if (sheet) sheet.protected = true;
    const attempt = workbookOn(excel).apply([
      { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['changed']] },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['changed']] },
    ]);
    await expect(attempt).rejects.toMatchObject({ messageKey: 'sheet.protected', params: { sheet: '三季度' } });
    expect(excel.sheet('汇总')?.rows[0]?.[0]?.value).toBe('x');
  });

  it('reports a read-only workbook as access denied', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    excel.readOnly = true;
    await expect(workbookOn(excel).apply([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['x']] }])).rejects.toMatchObject({
      messageKey: 'office.accessDenied',
    });
  });

  it('writes text as text even into a cell formatted as General', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['进展情况']] });
    await workbookOn(excel).apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 0, values: [['=1+1'], ['40'], [null]] }]);
    const cells = excel.sheet('三季度')?.rows.slice(1).map((row) => row[0]);
    expect(cells?.map((cell) => [cell?.value, cell?.formula, cell?.numberFormat])).toEqual([
      ['=1+1', null, '@'],
      ['40', null, '@'],
      ['', null, 'General'],
    ]);
  });

  it('reads formula errors as errors and dates as the text the user sees', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['填报时间', '比例']] });
    const sheet = excel.sheet('三季度');
    sheet?.rows.push([
      { value: 44480, formula: null, numberFormat: 'yyyy"年"m"月"d"日"', fill: null },
      { value: '#DIV/0!', formula: '=1/0', numberFormat: 'General', fill: null },
    ]);
    const grid = await workbookOn(excel).readSheet('三季度');
    expect(grid.values[1]).toEqual([44480, { error: '#DIV/0!' }]);
    expect(grid.text[1]?.[0]).toBe('2021年10月11日');
  });

  it('reads merged areas where ExcelApi 1.13 is present', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['标题', null], ['序号', '任务']] });
    excel.sheet('三季度')?.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    expect((await workbookOn(excel).readSheet('三季度')).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect((await workbookOn(excel, { ...ALL_OFFICE_CAPABILITIES, mergedAreas: false }).readSheet('三季度')).merges).toEqual([]);
  });

  it.each([
    { description: 'notes without ExcelApi 1.18', capability: 'notes', operation: { op: 'setNote', sheet: '三季度', cell: 'A1', text: '进度助手' }, reason: 'office.unsupported.notes' },
    { description: 'validation lists without ExcelApi 1.8', capability: 'dataValidation', operation: { op: 'setValidationList', sheet: '三季度', range: 'A2:A5', list: ['完成'] }, reason: 'office.unsupported.dataValidation' },
    { description: 'page setup without ExcelApi 1.9', capability: 'pageLayout', operation: { op: 'setPageSetup', sheet: '三季度', setup: { orientation: 'landscape', paperSize: 'A4' } }, reason: 'office.unsupported.pageLayout' },
  ] as const)('skips $description and says why', async ({ capability, operation, reason }) => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    const result = await workbookOn(excel, { ...ALL_OFFICE_CAPABILITIES, [capability]: false }).apply([operation]);
    expect(result.skipped).toEqual([{ op: operation.op, reason }]);
    expect(excel.syncCount).toBe(0);
  });

  it('adds, replaces and removes notes, validation lists and page setup where supported', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号', '时间']] });
    const workbook = workbookOn(excel);
    await workbook.apply([
      { op: 'setNote', sheet: '三季度', cell: 'B2', text: '进度助手：时间不是本期' },
      { op: 'setValidationList', sheet: '三季度', range: 'B2:B10', list: ['三季度', '四季度'] },
      { op: 'setPageSetup', sheet: '三季度', setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: 3, last: 3 } } },
    ]);
    await workbook.apply([{ op: 'setNote', sheet: '三季度', cell: 'B2', text: '进度助手：已更新' }]);
    const sheet = excel.sheet('三季度');
    expect(sheet?.notes.get('B2')).toBe('进度助手：已更新');
    expect(sheet?.validations).toEqual([{ address: 'B2:B10', source: '三季度,四季度' }]);
    expect(sheet?.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$3:$3' });
    await workbook.apply([{ op: 'setNote', sheet: '三季度', cell: 'B2', text: null }]);
    expect(sheet?.notes.has('B2')).toBe(false);
  });
});

describe('detectOfficeCapabilities', () => {
  it('asks Office for each requirement set, through office-addin-mock', () => {
    const supported = new Set(['1.8', '1.9', '1.13']);
    const office = new OfficeMockObject({
      context: { requirements: { isSetSupported: (name: string, version: string) => name === 'ExcelApi' && supported.has(version) } },
    }) as unknown as typeof Office;
    const capabilities = detectOfficeCapabilities((name, version) => office.context.requirements.isSetSupported(name, version));
    expect(capabilities).toEqual({
      dataValidation: true,
      notes: false,
      charts: true,
      undoGrouping: false,
      pageLayout: true,
      mergedAreas: true,
      insertWorksheetsFromBase64: true,
      sheetBackups: true,
    });
  });

  it('treats a host that throws on the question as lacking the set', () => {
    const capabilities = detectOfficeCapabilities(() => {
      throw new Error('not available');
    });
    expect(capabilities.notes).toBe(false);
  });
});

describe('measureOfficeCosts (for the bench)', () => {
  it('reports syncs and bytes per operation, within the 5 MB limit', async () => {
    const { measureOfficeCosts } = await import('../../support/measureOfficeCosts');
    const costs = await measureOfficeCosts(progressSheet(1_000));
    expect(costs.map((cost) => [cost.operation, cost.rows])).toEqual([
      ['read', 1_003],
      ['writeCompiled', 1_003],
    ]);
    for (const cost of costs) {
      expect(cost.syncs).toBeGreaterThan(0);
      expect(cost.syncs).toBeLessThanOrEqual(3);
      expect(cost.maxRequestBytes).toBeLessThan(5 * 1024 * 1024);
      expect(cost.maxResponseBytes).toBeLessThan(5 * 1024 * 1024);
    }
    expect(costs[0]?.totalResponseBytes).toBeGreaterThan(100_000);
    expect(costs[1]?.totalRequestBytes).toBeGreaterThan(100_000);
  });
});
