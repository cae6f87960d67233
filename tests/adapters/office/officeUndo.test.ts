/**
 * "撤销上次修改" in Excel restores a sheet exactly: fills, borders, fonts, number formats, merged areas,
 * notes, validation, row heights and column widths, not only values. Runs on the simulated Excel, which
 * models sheet copies, very hidden sheets, `copyFrom` and row deletion carrying formats with the rows.
 */
import { mockedDocumentSettings } from './officeDocumentSettings';
import { createExcelHost } from '../../../src/adapters/office/excelHost';
import { UNDO_BACKUP_PREFIX } from '../../../src/adapters/office/officeSheetBackups';
import { ALL_OFFICE_CAPABILITIES, type OfficeCapabilities } from '../../../src/adapters/office/requirements';
import { SimulatedExcel, type SimulatedCell, type SimulatedSheet } from '../../support/simulatedExcel';
import type { WorkbookOperation } from '../../../src/core';
import { backupSheets, requireSheet, stateOf } from './officeSheetState';

// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

function hostOn(excel: SimulatedExcel, capabilities: OfficeCapabilities = ALL_OFFICE_CAPABILITIES) {
  const { settings } = mockedDocumentSettings();
  return createExcelHost({
    run: excel.run,
    capabilities,
    documentSettings: settings,
    displayLanguage: 'zh-CN',
    isReadOnly: () => false,
  });
}

const HEADER = ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'];

/**
 * A progress sheet as bureaus format it: merged bold title, a date shown through a number format, a
 * filled and bordered header, a page split (repeated header and a continuation row), a merged cell
 * across two task rows, validation on 自我评价, a note, row heights and column widths.
 */
function formattedReport(): SimulatedExcel {
  const excel = SimulatedExcel.withSheets({
    说明: [['填表说明：请按季度填报']],
    三季度: [
      ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
      ['填报单位：济南市卫生健康委', null, null, null, '填报时间：', 44480],
      HEADER,
      [40, '开工建设济南黄河体育中心', '三季度', '完成主体工程', '正在全力推进相关工作', '序时推进'],
      HEADER,
      [null, '积极推动公共服务资源集聚', null, null, '（续）', null],
      [53, '加速壮大生物医药产业规模', '三季度', '引进项目', '同上', '滞后'],
      [54, '建设国际医学科学中心', '三季度', '引进项目', '已签约3个项目', '完成'],
    ],
    汇总: [['序号', '任务'], [1, '已汇总的任务']],
  });
  const sheet = requireSheet(excel, '三季度');
  const cell = (row: number, column: number): SimulatedCell => {
    const found = sheet.rows[row]?.[column];
    if (!found) throw new Error(`no cell ${row},${column}`);
    return found;
  };
  sheet.merges.push({ top: 0, left: 0, bottom: 0, right: 5 }, { top: 6, left: 3, bottom: 7, right: 3 });
  cell(0, 0).style = { bold: true, fontSize: 16 };
  cell(1, 5).numberFormat = 'yyyy-mm-dd';
  for (const page of [2, 4]) {
    for (let column = 0; column < 6; column += 1) {
      cell(page, column).fill = '#DDEBF7';
      cell(page, column).style = { bold: true, EdgeBottom: 'Continuous' };
    }
  }
  cell(7, 1).fill = '#FFFF00';
  sheet.rowHeights.set(0, 32).set(5, 18).set(7, 45);
  sheet.columnWidths.set(0, 30).set(1, 220).set(4, 200);
  sheet.validations.push({ address: 'F4:F8', source: '完成,序时推进,滞后' });
  sheet.notes.set('E8', '用户批注：项目名单见附件');
  excel.names.push({ name: '任务区', sheet: '三季度', address: 'A4:F8' });
  const 汇总 = requireSheet(excel, '汇总');
  汇总.columnWidths.set(1, 300);
  汇总.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
  汇总.frozenRows = 1;
  for (const header of 汇总.rows[0] ?? []) if (header) header.fill = '#E2EFDA';
  requireSheet(excel, '说明').visibility = 'Hidden';
  excel.activeSheet = '三季度';
  return excel;
}

/** The repair of the page split: continuation merged into the task row, repeated header and continuation deleted. */
const PAGE_SPLIT_REPAIR: WorkbookOperation[] = [
  { op: 'writeBlock', sheet: '三季度', row: 3, column: 1, values: [['开工建设济南黄河体育中心，积极推动公共服务资源集聚']] },
  { op: 'writeBlock', sheet: '三季度', row: 3, column: 4, values: [['正在全力推进相关工作（续）']] },
  { op: 'deleteRows', sheet: '三季度', row: 4, count: 2 },
];

describe('撤销上次修改 in Excel restores sheets exactly', () => {
  const cases: { description: string; sheet: string; operations: WorkbookOperation[] }[] = [
    { description: 'a repair that deleted the rows of a page split', sheet: '三季度', operations: PAGE_SPLIT_REPAIR },
    {
      description: 'formats, merges, widths and validation laid over an existing sheet',
      sheet: '三季度',
      operations: [
        { op: 'setFormat', sheet: '三季度', range: 'A3:F8', format: { fill: '#FFFFFF', border: true, wrap: true, numberFormat: '@' } },
        { op: 'mergeCells', sheet: '三季度', range: 'B7:C8' },
        { op: 'setColumnWidths', sheet: '三季度', widths: [6, 40, 8, 30, 40, 10, 12, 12] },
        { op: 'setValidationList', sheet: '三季度', range: 'F4:F20', list: ['完成', '未完成'] },
        { op: 'writeBlock', sheet: '三季度', row: 1, column: 5, values: [['2021年10月11日']] },
      ],
    },
    {
      description: 'a 汇总 the change replaced with a new one',
      sheet: '汇总',
      operations: [
        { op: 'addSheet', sheet: '汇总', replace: true },
        { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: [['序号', '任务', '填报单位'], [1, '新任务', '市商务局']] },
        { op: 'setFormat', sheet: '汇总', range: 'A1:C1', format: { bold: true, fill: '#DDEBF7' } },
        { op: 'freezeRows', sheet: '汇总', count: 1 },
        { op: 'addChart', sheet: '汇总', range: 'A1:B2', kind: 'columnClustered', title: '各单位任务数' },
      ],
    },
    { description: 'a hidden sheet the change deleted', sheet: '说明', operations: [{ op: 'deleteSheet', sheet: '说明' }] },
    {
      description: 'frozen rows and a chart added to an existing sheet',
      sheet: '汇总',
      operations: [
        { op: 'freezeRows', sheet: '汇总', count: 2 },
        { op: 'addChart', sheet: '汇总', range: 'A1:B2', kind: 'barStacked', title: '完成情况' },
      ],
    },
  ];

  it.each(cases)('$description comes back as it was, and the hidden copy goes', async ({ sheet, operations }) => {
    const excel = formattedReport();
    const host = hostOn(excel);
    const before = stateOf(excel, sheet);
    const order = excel.sheets.map((each) => each.name);

    await host.applyUndoable(operations, 'pane.change.repairs');
    expect(excel.sheet(sheet) ? stateOf(excel, sheet) : null).not.toEqual(before);
    expect(backupSheets(excel).map((backup) => backup.visibility)).toEqual(['VeryHidden']);
    expect((await host.workbook.listSheets()).map((info) => info.name)).not.toContain(backupSheets(excel)[0]?.name);
    expect(host.lastChange()).toEqual({ label: 'pane.change.repairs', sheets: [sheet] });

    excel.resetCounts();
    expect(await host.undoLastChange()).toBe(true);
    expect(stateOf(excel, sheet)).toEqual(before);
    expect(excel.sheets.map((each) => each.name)).toEqual(order);
    expect(backupSheets(excel)).toEqual([]);
    expect(excel.activeSheet).toBe('三季度');
    // One batch: a single Excel.run.
    expect(excel.runs).toHaveLength(1);
  });

  it('restores marked cells and deleted rows in the same sheet object, so names and references to it survive', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    await host.mark([
      { sheet: '三季度', cell: 'E6', severity: 'warning', note: '进度助手：跨页续行' },
      { sheet: '三季度', cell: 'E7', severity: 'error', note: '进度助手：进展情况为占位词' },
    ]);
    const sheet = requireSheet(excel, '三季度');
    const marked = stateOf(excel, '三季度');

    await host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs');
    // The deleted rows took their fills, notes and heights with them; the rows below moved up.
    expect(sheet.rows[4]?.[4]).toMatchObject({ value: '同上', fill: '#FFC7CE' });
    expect(sheet.notes.get('E5')).toBe('进度助手：进展情况为占位词');
    expect(sheet.rowHeights.get(5)).toBe(45);

    await host.undoLastChange();
    expect(excel.sheet('三季度')).toBe(sheet);
    expect(excel.names).toEqual([{ name: '任务区', sheet: '三季度', address: 'A4:F8' }]);
    expect(stateOf(excel, '三季度')).toEqual(marked);
    expect(sheet.rows[6]?.[4]).toMatchObject({ value: '同上', fill: '#FFC7CE' });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 5 });
    // The marks are where their records say, so 清除标记 still finds every one of them.
    expect(await host.clearMarks()).toEqual({ clearedCells: 2, notesRemoved: 2, keptChangedByUser: 0 });
  });

  it('undoes a change to a sheet that only got values and one restored from its copy, in one batch', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    const before = { 三季度: stateOf(excel, '三季度'), 汇总: stateOf(excel, '汇总') };
    await host.applyUndoable([...PAGE_SPLIT_REPAIR, { op: 'writeBlock', sheet: '汇总', row: 1, column: 1, values: [['改写的任务']] }], 'pane.change.repairs');
    expect(backupSheets(excel)).toHaveLength(1);
    excel.resetCounts();
    await host.undoLastChange();
    expect({ 三季度: stateOf(excel, '三季度'), 汇总: stateOf(excel, '汇总') }).toEqual(before);
    expect(excel.runs).toHaveLength(1);
  });

  it('removes a sheet the change created, keeping no copy for it', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    await host.applyUndoable(
      [
        { op: 'addSheet', sheet: '四季度', replace: false },
        { op: 'writeBlock', sheet: '四季度', row: 0, column: 0, values: [HEADER] },
        { op: 'mergeCells', sheet: '四季度', range: 'A1:B1' },
      ],
      'pane.change.generate',
    );
    expect(backupSheets(excel)).toEqual([]);
    await host.undoLastChange();
    expect(excel.sheet('四季度')).toBeUndefined();
  });
});

describe('the hidden copies never outlive their use', () => {
  it('the next change replaces the copies of the one before', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    await host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs');
    const first = backupSheets(excel)[0];
    await host.applyUndoable([{ op: 'setFormat', sheet: '汇总', range: 'A1:B1', format: { bold: true } }], 'pane.change.repairs');
    expect(backupSheets(excel)).toHaveLength(1);
    expect(backupSheets(excel)[0]).not.toBe(first);
    // A change that only writes values keeps no copy, and still drops the earlier ones.
    await host.applyUndoable([{ op: 'writeBlock', sheet: '汇总', row: 1, column: 1, values: [['x']] }], 'pane.change.repairs');
    expect(backupSheets(excel)).toEqual([]);
  });

  it('copies left by a pane that closed are removed when a pane starts, in one run', async () => {
    const excel = formattedReport();
    for (const name of [`${UNDO_BACKUP_PREFIX}1`, `${UNDO_BACKUP_PREFIX}2`]) excel.addSheet(name).visibility = 'VeryHidden';
    const host = hostOn(excel);
    expect((await host.workbook.listSheets()).map((info) => info.name)).toEqual(['说明', '三季度', '汇总']);
    excel.resetCounts();
    await host.discardStaleUndoBackups();
    expect(backupSheets(excel)).toEqual([]);
    expect(excel.runs).toHaveLength(1);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(['说明', '三季度', '汇总']);
  });

  it('refuses a change to a protected sheet before copying anything', async () => {
    const excel = formattedReport();
    requireSheet(excel, '三季度').protected = true;
    const host = hostOn(excel);
    await expect(host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs')).rejects.toMatchObject({ messageKey: 'sheet.protected' });
    expect(backupSheets(excel)).toEqual([]);
    expect(host.lastChange()).toBeNull();
  });

  it('says so and changes nothing when the copy was removed before the undo', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    await host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs');
    const changed = stateOf(excel, '三季度');
    const [backup] = backupSheets(excel);
    excel.sheets.splice(excel.sheets.indexOf(backup as SimulatedSheet), 1);
    await expect(host.undoLastChange()).rejects.toMatchObject({ messageKey: 'office.undo.backupMissing' });
    expect(stateOf(excel, '三季度')).toEqual(changed);
  });

  it('refuses to undo into a sheet protected since, changing nothing', async () => {
    const excel = formattedReport();
    const host = hostOn(excel);
    await host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs');
    const changed = stateOf(excel, '三季度');
    requireSheet(excel, '三季度').protected = true;
    await expect(host.undoLastChange()).rejects.toMatchObject({ messageKey: 'sheet.protected' });
    requireSheet(excel, '三季度').protected = false;
    expect(stateOf(excel, '三季度')).toEqual(changed);
    expect(backupSheets(excel)).toHaveLength(1);
  });
});

describe('without ExcelApi 1.9, undo restores values and says so', () => {
  it('keeps no copies, restores values and number formats, and marks the change as values-only', async () => {
    const excel = formattedReport();
    const host = hostOn(excel, { ...ALL_OFFICE_CAPABILITIES, sheetBackups: false });
    const values = () => stateOf(excel, '三季度').rows.map((row) => row.map((cell) => (cell && cell.value !== '' ? cell.value : null)).filter((value, index, all) => value !== null || all.slice(index).some((later) => later !== null)));
    const before = values();
    await host.applyUndoable(PAGE_SPLIT_REPAIR, 'pane.change.repairs');
    expect(backupSheets(excel)).toEqual([]);
    expect(host.lastChange()).toEqual({ label: 'pane.change.repairs', sheets: ['三季度'], restoresValuesOnly: true });
    await host.undoLastChange();
    expect(values()).toEqual(before);
    expect(requireSheet(excel, '三季度').rows[1]?.[5]).toMatchObject({ value: 44480, numberFormat: 'yyyy-mm-dd' });
  });

  it('does not warn about a change that only wrote values', async () => {
    const excel = formattedReport();
    const host = hostOn(excel, { ...ALL_OFFICE_CAPABILITIES, sheetBackups: false });
    await host.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 3, column: 4, values: [['已完成']] }], 'pane.change.repairs');
    expect(host.lastChange()).toEqual({ label: 'pane.change.repairs', sheets: ['三季度'] });
  });
});

describe('exact undo adds no sync', () => {
  function progressRows(count: number): (string | number)[][] {
    const rows: (string | number)[][] = [['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'], HEADER];
    for (let index = 1; index <= count; index += 1) {
      rows.push([index, `开工建设第${index}项工程(责任单位：市卫生健康委)`, '三季度', '完成主体工程', `截至9月底累计完成投资${index}万元，正在全力推进相关工作。`, '序时推进']);
      if (index % 500 === 0) rows.push(HEADER);
    }
    return rows;
  }

  it.each([1_000, 10_000])('a repair deleting repeated headers of a %i-row sheet takes at most 3 syncs with undo kept', async (count) => {
    const rows = progressRows(count);
    const excel = SimulatedExcel.withSheets({ 三季度: rows });
    const host = hostOn(excel);
    const headers = rows.flatMap((row, index) => (index > 1 && row[0] === '序号' ? [index] : []));
    await host.applyUndoable(
      [
        { op: 'writeBlock', sheet: '三季度', row: 2, column: 5, values: [['完成']] },
        ...headers.map((row): WorkbookOperation => ({ op: 'deleteRows', sheet: '三季度', row, count: 1 })),
      ],
      'pane.change.repairs',
    );
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(requireSheet(excel, '三季度').rows).toHaveLength(rows.length - headers.length);
    await host.undoLastChange();
    expect(requireSheet(excel, '三季度').rows.map((row) => row.map((cell) => cell?.value))).toEqual(rows);
  });

  it.each([1_000, 10_000])('replacing a %i-row 汇总 takes at most 3 syncs with undo kept, and undo brings the old one back', async (count) => {
    const old = progressRows(count);
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']], 汇总: old });
    const host = hostOn(excel);
    await host.applyUndoable(
      [
        { op: 'addSheet', sheet: '汇总', replace: true },
        { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: progressRows(count).map((row) => row.map((cell) => (typeof cell === 'number' ? cell + 1 : cell))) },
        { op: 'freezeRows', sheet: '汇总', count: 2 },
      ],
      'pane.change.consolidate',
    );
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.runs.flatMap((run) => run.syncs).every((sync) => sync.requestBytes < 5 * 1024 * 1024)).toBe(true);
    await host.undoLastChange();
    expect(requireSheet(excel, '汇总').rows.map((row) => row.map((cell) => cell?.value))).toEqual(old);
    expect(requireSheet(excel, '汇总').frozenRows).toBe(0);
  });
});
