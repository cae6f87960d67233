import { mockedDocumentSettings } from './officeDocumentSettings';
import { documentSettingsStore, settingsFrom } from '../../../src/adapters/office/documentSettings';
import { createExcelHost } from '../../../src/adapters/office/excelHost';
import { MARK_FILLS } from '../../../src/app/host';
import { ALL_OFFICE_CAPABILITIES, type OfficeCapabilities } from '../../../src/adapters/office/requirements';
import { SimulatedExcel } from '../../support/simulatedExcel';
import { createCoreEngine } from '../../../src/app/coreEngine';
import { DEFAULT_SETTINGS } from '../../../src/app/host';
import { createPaneUseCases } from '../../../src/app/paneUseCases';

// office-addin-manifest (a dependency of office-addin-mock) requires fs-extra without declaring it;
// office-addin-mock only needs its OfficeApp enum.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

function hostOn(excel: SimulatedExcel, capabilities: OfficeCapabilities = ALL_OFFICE_CAPABILITIES, mode: 'ReadOnly' | 'ReadWrite' = 'ReadWrite') {
  const { settings, saved: persisted } = mockedDocumentSettings();
  const host = createExcelHost({
    run: excel.run,
    capabilities,
    documentSettings: settings,
    displayLanguage: 'en-US',
    isReadOnly: () => mode === 'ReadOnly',
  });
  return { host, persisted };
}

describe('the Excel host', () => {
  it('keeps settings in the document settings, so the file carries them', async () => {
    const { host, persisted } = hostOn(SimulatedExcel.withSheets({ 三季度: [['序号']] }));
    expect(host.settings.load()).toEqual(DEFAULT_SETTINGS);
    const chosen = { vocabulary: ['完成', '推进中'], period: '三季度', unit: '济南市卫生健康委', roster: ['市商务局', '市教育局'] };
    await host.settings.save(chosen);
    expect(persisted.get('jindu.settings')).toEqual(chosen);
    expect(host.settings.load()).toEqual(chosen);
  });

  it.each([
    { description: 'nothing stored gives the defaults', stored: null, expected: DEFAULT_SETTINGS },
    { description: 'a field of the wrong type falls back to its default', stored: { vocabulary: '完成', period: 3, unit: '市商务局', roster: ['市教育局'] }, expected: { ...DEFAULT_SETTINGS, unit: '市商务局', roster: ['市教育局'] } },
    { description: 'an empty vocabulary falls back to the default one', stored: { vocabulary: [] }, expected: DEFAULT_SETTINGS },
  ])('reads stored settings field by field: $description', ({ stored, expected }) => {
    expect(settingsFrom(stored)).toEqual(expected);
  });

  it('reports a failed save instead of pretending it worked', async () => {
    const store = documentSettingsStore({
      get: () => null,
      set: () => undefined,
      saveAsync: (callback) => callback?.({ status: 'failed', error: { message: 'disk full' } } as unknown as Office.AsyncResult<void>),
    });
    await expect(store.save(DEFAULT_SETTINGS)).rejects.toThrow('disk full');
  });

  it('selects the cell of an issue on its sheet, activating the sheet', async () => {
    const excel = SimulatedExcel.withSheets({ 说明: [['x']], 三季度: [['序号']] });
    await hostOn(excel).host.select('三季度', 'E12');
    expect(excel.activeSheet).toBe('三季度');
    expect(excel.selection).toEqual({ sheet: '三季度', address: 'E12' });
  });

  it('refuses every write of a read-only workbook with a message, before touching it', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    const { host } = hostOn(excel, ALL_OFFICE_CAPABILITIES, 'ReadOnly');
    await expect(host.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['x']] }], 'pane.change.repairs')).rejects.toMatchObject({ messageKey: 'pane.readOnly' });
    await expect(host.mark([{ sheet: '三季度', cell: 'A1', severity: 'error', note: 'x' }])).rejects.toMatchObject({ messageKey: 'pane.readOnly' });
    expect(excel.syncCount).toBe(0);
  });

  it('marks colours only, and says why, where the notes API (ExcelApi 1.18) is missing', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号', '进展情况'], [40, '无']] });
    const { host } = hostOn(excel, { ...ALL_OFFICE_CAPABILITIES, notes: false });
    const outcome = await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'warning', note: '进度助手：进展情况为占位词' }]);
    expect(outcome).toEqual({ markedCells: 1, notesAdded: 0, notesUnavailable: 'office.unsupported.notes' });
    expect(excel.sheet('三季度')?.rows[1]?.[1]?.fill).toBe(MARK_FILLS.warning);
    expect(excel.sheet('三季度')?.notes.size).toBe(0);
    expect(await host.clearMarks()).toEqual({ clearedCells: 1, notesRemoved: 0, keptChangedByUser: 0 });
    expect(excel.sheet('三季度')?.rows[1]?.[1]?.fill).toBeNull();
  });

  it('marking a cell twice still restores the fill it had before the first mark', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号', '进展情况'], [40, '无']] });
    const cell = excel.sheet('三季度')?.rows[1]?.[1];
    if (cell) cell.fill = '#FFFF00';
    const { host } = hostOn(excel);
    await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'warning', note: '进度助手：一' }]);
    await host.mark([{ sheet: '三季度', cell: 'B2', severity: 'error', note: '进度助手：二' }]);
    expect(excel.sheet('三季度')?.notes.get('B2')).toBe('进度助手：二');
    await host.clearMarks();
    expect(cell?.fill).toBe('#FFFF00');
    expect(excel.sheet('三季度')?.notes.has('B2')).toBe(false);
  });

  it('refuses to mark a protected sheet, leaving it untouched', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号', '进展情况'], [40, '无']] });
    const sheet = excel.sheet('三季度');
    if (sheet) sheet.protected = true;
    const { host } = hostOn(excel);
    await expect(host.mark([{ sheet: '三季度', cell: 'B2', severity: 'error', note: 'x' }])).rejects.toMatchObject({ messageKey: 'sheet.protected' });
    expect(sheet?.rows[1]?.[1]?.fill).toBeNull();
  });

  it('undoes its last change, restoring cells and number formats', async () => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['填报时间', null]] });
    const row = excel.sheet('三季度')?.rows[0];
    if (row) row[1] = { value: 44480, formula: null, numberFormat: 'yyyy-mm-dd', fill: null };
    const { host } = hostOn(excel);
    await host.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 1, values: [['2021年10月11日']] }], 'pane.change.repairs');
    expect(row?.[1]).toMatchObject({ value: '2021年10月11日', numberFormat: '@' });
    expect(host.lastChange()).toEqual({ label: 'pane.change.repairs', sheets: ['三季度'] });
    expect(await host.undoLastChange()).toBe(true);
    expect(row?.[1]).toMatchObject({ value: 44480, numberFormat: 'yyyy-mm-dd' });
  });
});

describe('校验 through the Excel host', () => {
  /** A progress sheet of `count` task rows. */
  function progressSheet(count: number): (string | number)[][] {
    const rows: (string | number)[][] = [
      ['2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'],
      ['填报单位：济南市卫生健康委'],
      ['填报时间：2021年10月11日'],
      ['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价'],
    ];
    for (let index = 1; index <= count; index += 1) {
      rows.push([index, `开工建设第${index}项工程(责任单位：济南市卫生健康委)`, '三季度', '完成主体工程', `截至9月底累计完成投资${index}万元，正在全力推进相关工作。`, '序时推进']);
    }
    return rows;
  }

  it('checks a 1,000-row and a 10,000-row active sheet in the same 2 syncs', async () => {
    const counts: number[] = [];
    for (const rows of [1_000, 10_000]) {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(rows) });
      const { host } = hostOn(excel);
      const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
      const outcome = await useCases.check('active', { signal: new AbortController().signal, report: () => undefined });
      expect(outcome.sheets).toEqual(['三季度']);
      counts.push(excel.syncCount);
    }
    expect(counts).toEqual([2, 2]);
  });

  it('checks every report sheet of a workbook in the same 2 syncs, skipping sheets that are not reports', async () => {
    const excel = SimulatedExcel.withSheets({ 说明: [['填表说明']], 三季度: progressSheet(50), 四季度: progressSheet(20) });
    const { host } = hostOn(excel);
    const useCases = createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'file.corrupt', params: {} } }), 'zh-CN');
    const outcome = await useCases.check('all', { signal: new AbortController().signal, report: () => undefined });
    expect(outcome.sheets).toEqual(['三季度', '四季度']);
    // listSheets is its own run: one sync; the three sheets are read together in two.
    expect(excel.syncCount).toBe(3);
  });
});

describe('writing 汇总 through the Excel host, keeping what it overwrites for undo', () => {
  function compiledRows(count: number): (string | number)[][] {
    return [['序号', '任务', '填报单位'], ...Array.from({ length: count }, (_, index) => [index + 1, `第${index + 1}项任务：正在全力推进相关工作`, '市卫生健康委'])];
  }

  it.each([1_000, 10_000])('a new %i-row 汇总 takes at most 3 syncs, undo included', async (rows) => {
    const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
    const { host } = hostOn(excel);
    await host.applyUndoable(
      [
        { op: 'addSheet', sheet: '汇总', replace: true },
        { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: compiledRows(rows) },
        { op: 'freezeRows', sheet: '汇总', count: 1 },
      ],
      'pane.change.consolidate',
    );
    expect(excel.syncCount).toBeLessThanOrEqual(3);
    expect(excel.sheet('汇总')?.rows).toHaveLength(rows + 1);
    await host.undoLastChange();
    expect(excel.sheet('汇总')).toBeUndefined();
  });

  it('replacing an existing 汇总 keeps a copy of it, and undo brings it back', async () => {
    const excel = SimulatedExcel.withSheets({ 汇总: compiledRows(3) });
    const { host } = hostOn(excel);
    await host.applyUndoable([{ op: 'addSheet', sheet: '汇总', replace: true }, { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values: compiledRows(5) }], 'pane.change.consolidate');
    expect(excel.sheet('汇总')?.rows).toHaveLength(6);
    await host.undoLastChange();
    expect(excel.sheet('汇总')?.rows.map((row) => row.map((cell) => cell?.value))).toEqual(compiledRows(3));
  });
});
