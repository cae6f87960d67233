import { createWpsHost } from '../../../src/adapters/wps/wpsHost';
import { SETTINGS_SHEET } from '../../../src/adapters/wps/workbookStore';
import { XL_BAR_STACKED, XL_SHEET_VERY_HIDDEN } from '../../../src/adapters/wps/etObjectModel';
import { seed000Rows, type CellValue } from '../../../src/core';
import { createCoreEngine } from '../../../src/app/coreEngine';
import { createPaneUseCases } from '../../../src/app/paneUseCases';
import { openPickedFile } from '../../../src/adapters/formats/openPickedFile';
import { XlsxWorkbook } from '../../../src/adapters/xlsx';
import { SimulatedEt } from '../../support/simulatedEt';
import { memoryHost } from '../../support/memoryHost';

function plain(rows: readonly (readonly CellValue[])[]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((value) => (value !== null && typeof value === 'object' ? value.error : value)));
}

function openSample(options: { readOnly?: boolean } = {}) {
  const simulation = new SimulatedEt();
  const state = simulation.openWorkbook('三季度进展.xlsx', { 三季度: plain(seed000Rows), 说明: [['填表说明']] }, options);
  const application = simulation.application();
  const host = createWpsHost({ application, displayLanguage: 'zh-CN' });
  const useCases = createPaneUseCases(host, createCoreEngine(), openPickedFile, 'zh-CN');
  return { simulation, state, application, host, useCases };
}

const progress = () => ({ signal: new AbortController().signal, report: () => undefined });

describe('the WPS pane host', () => {
  it('checks the active sheet with one read of it', async () => {
    const { simulation, useCases } = openSample();
    simulation.resetCalls();
    const outcome = await useCases.check('active', progress());
    expect(outcome.sheets).toEqual(['三季度']);
    expect(outcome.issues.length).toBeGreaterThan(0);
    expect(simulation.callsOf('Range.Value2.get')).toBe(1);
  });

  it('checks and reads targets as the Excel pane does, a date typed into the sheet read as shown', async () => {
    const { application, host, useCases } = openSample();
    // The user typed dates: WPS keeps serial numbers under a date format, the sheet shows the dates.
    const sheet = application.ActiveWorkbook?.Worksheets.Item('三季度');
    if (!sheet) throw new Error('no sheet');
    sheet.Range('C5:C6').Value2 = [['2021/9/30'], ['2021年12月31日']];
    const shown = plain(seed000Rows);
    shown[4] = (shown[4] ?? []).map((value, column) => (column === 2 ? '2021/9/30' : value));
    shown[5] = (shown[5] ?? []).map((value, column) => (column === 2 ? '2021年12月31日' : value));
    const reference = createPaneUseCases(memoryHost({ 三季度: shown, 说明: [['填表说明']] }, '三季度'), createCoreEngine(), openPickedFile, 'zh-CN');
    const read = await host.workbook.readSheet('三季度');
    expect([read.text[4]?.[2], read.text[5]?.[2]]).toEqual(['2021/9/30', '2021年12月31日']);
    const brief = (issues: readonly { rule: string; cell: string; params?: unknown }[]) => issues.map((issue) => [issue.rule, issue.cell, issue.params]);
    const [inWps, inReference] = [await useCases.check('active', progress()), await reference.check('active', progress())];
    expect(brief(inWps.issues)).toEqual(brief(inReference.issues));
    expect((await useCases.checkTargets()).targets).toEqual((await reference.checkTargets()).targets);
  });

  it('marks issues with fills and comments, and clears exactly those', async () => {
    const { state, useCases, host } = openSample();
    const { issues } = await useCases.check('active', progress());
    const marked = await useCases.markIssues(issues);
    expect(marked.markedCells).toBeGreaterThan(0);
    expect(marked.notesAdded).toBe(marked.markedCells);
    const first = issues.find((issue) => issue.cell !== '');
    if (!first) throw new Error('no issue with a cell');
    const cell = first.cell.split(':')[0] ?? first.cell;
    expect(state.cellOf(first.sheet, cell).fill).not.toBeNull();
    expect(state.cellOf(first.sheet, cell).comment).toContain('进度助手');
    // A marked workbook remembers its marks: a new pane on it clears them.
    const again = createWpsHost({ application: state.simulation.application(), displayLanguage: 'zh-CN' });
    const cleared = await again.clearMarks();
    expect(cleared.clearedCells).toBe(marked.markedCells);
    expect(cleared.notesRemoved).toBe(marked.notesAdded);
    expect(state.cellOf(first.sheet, cell).fill).toBeNull();
    expect(state.cellOf(first.sheet, cell).comment).toBeNull();
    expect((await host.clearMarks()).clearedCells).toBe(0);
  });

  it('leaves a fill the user changed after marking', async () => {
    const { state, application, host } = openSample();
    await host.mark([{ sheet: '三季度', cell: 'E5', severity: 'error', note: '进度助手：进展为空' }]);
    const sheet = application.ActiveWorkbook?.Worksheets.Item('三季度');
    if (!sheet) throw new Error('no sheet');
    sheet.Range('E5').Interior.Color = 0x00ff00;
    const cleared = await host.clearMarks();
    expect(cleared).toEqual({ clearedCells: 0, notesRemoved: 1, keptChangedByUser: 1 });
    expect(state.cellOf('三季度', 'E5').fill).toBe(0x00ff00);
  });

  it('keeps settings in a very hidden sheet of the workbook, read by the next pane', async () => {
    const { state, host, simulation } = openSample();
    await host.settings.save({ vocabulary: ['完成', '推进中'], period: '三季度', unit: '市发展改革委', roster: ['市教育局'] });
    const settingsSheet = state.sheet(SETTINGS_SHEET);
    expect(settingsSheet?.visible).toBe(XL_SHEET_VERY_HIDDEN);
    expect(simulation.application().ActiveSheet?.Name).toBe('三季度');
    const next = createWpsHost({ application: simulation.application(), displayLanguage: 'zh-CN' });
    expect(next.settings.load()).toEqual({ vocabulary: ['完成', '推进中'], period: '三季度', unit: '市发展改革委', roster: ['市教育局'] });
    expect((await next.workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
  });

  it('reads damaged settings as the defaults', async () => {
    const { host, application } = openSample();
    await host.settings.save({ vocabulary: ['完成'], period: '', unit: '', roster: [] });
    const sheet = application.ActiveWorkbook?.Worksheets.Item(SETTINGS_SHEET);
    if (!sheet) throw new Error('no settings sheet');
    sheet.Range('A1').Value2 = "'{not json";
    expect(host.settings.load().vocabulary).toContain('序时推进');
  });

  it('undoes a repair that deletes rows and reformats by putting a hidden copy of the sheet back', async () => {
    const { simulation, state, host, useCases } = openSample();
    const before = await host.workbook.readSheet('三季度');
    const preview = await useCases.previewRepairs(['mergeContinuation', 'dropRepeatedHeader', 'normalizeText', 'mapSelfAssessment', 'fillPeriod']);
    if (!preview || preview.operations.length === 0) throw new Error('the sample has nothing to repair');
    expect(preview.operations.some((operation) => operation.op !== 'writeBlock')).toBe(true);
    simulation.resetCalls();
    await useCases.applyRepairs(preview);
    expect(simulation.callsOf('Worksheet.Copy')).toBe(1);
    expect(state.sheets.filter((sheet) => sheet.name.startsWith('_jindu_undo_')).map((sheet) => sheet.visible)).toEqual([XL_SHEET_VERY_HIDDEN]);
    expect(await host.workbook.readSheet('三季度')).not.toEqual(before);
    expect(await useCases.undoLastChange()).toBe(true);
    expect(await host.workbook.readSheet('三季度')).toEqual(before);
    expect(state.sheets.some((sheet) => sheet.name.startsWith('_jindu_undo_'))).toBe(false);
    expect(simulation.application().ActiveSheet?.Name).toBe('三季度');
    expect(useCases.lastChange()).toBeNull();
  });

  it('undoes a replaced sheet by swapping its copy back into its place', async () => {
    const { host, state } = openSample();
    await host.applyUndoable(
      [
        { op: 'addSheet', sheet: '说明', replace: true },
        { op: 'writeBlock', sheet: '说明', row: 0, column: 0, values: [['新的说明']] },
      ],
      'pane.change.generate',
    );
    expect((await host.workbook.readSheet('说明')).text).toEqual([['新的说明']]);
    await host.undoLastChange();
    expect((await host.workbook.readSheet('说明')).text).toEqual([['填表说明']]);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
  });

  it('refuses to write a read-only workbook with a message', async () => {
    const { host } = openSample({ readOnly: true });
    await expect(host.applyUndoable([{ op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: [['x']] }], 'pane.change.repairs')).rejects.toMatchObject({ messageKey: 'wps.readOnly' });
  });

  it('selects a cell on its sheet', async () => {
    const { host, application } = openSample();
    await host.select('说明', 'A1');
    expect(application.ActiveSheet?.Name).toBe('说明');
  });

  it('consolidates a sheet of this workbook with a file picked from disk into 汇总 and 统计, reading the sheet once, and undoes it', async () => {
    const { simulation, state, host, useCases } = openSample();
    const picked = XlsxWorkbook.create();
    await picked.apply([
      { op: 'addSheet', sheet: '三季度', replace: false },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 0, values: plain(seed000Rows).map((row) => row.map((value) => (value === '济南市卫生健康委员会' ? '济南市教育局' : value))) },
    ]);
    simulation.resetCalls();
    const outcome = await useCases.consolidate({ sheets: ['三季度'], files: [{ name: '市教育局.xlsx', bytes: await picked.toBuffer() }] }, progress());
    expect(outcome.unreadable).toEqual([]);
    expect(simulation.callsOf('Range.Value2.get')).toBe(1);
    const sheets = (await host.workbook.listSheets()).map((sheet) => sheet.name);
    expect(sheets).toEqual(expect.arrayContaining(['三季度', '说明', '汇总', '统计']));
    expect((await host.workbook.readSheet('汇总')).values.length).toBeGreaterThan(10);
    // 统计 carries its chart: each unit's tasks stacked by 自我评价, the total row left out.
    expect(outcome.skipped).toEqual([]);
    const charts = state.sheet('统计')?.charts ?? [];
    expect(charts).toHaveLength(1);
    const statistics = await host.workbook.readSheet('统计');
    expect(charts[0]).toMatchObject({ chartType: XL_BAR_STACKED, hasTitle: true, title: '各单位自我评价分布', source: { sheet: '统计', top: 1, left: 1, bottom: statistics.values.length - 1 } });
    await useCases.undoLastChange();
    expect((await host.workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
  });

  it('undoes a chart drawn on an existing sheet: the sheet comes back without it, in its place', async () => {
    const { host, state } = openSample();
    await host.applyUndoable([{ op: 'addChart', sheet: '三季度', range: 'A4:B8', kind: 'columnClustered', title: '任务数' }], 'pane.change.generate');
    expect(state.sheet('三季度')?.charts).toHaveLength(1);
    await host.undoLastChange();
    expect(state.sheet('三季度')?.charts).toEqual([]);
    expect((await host.workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
    expect(state.sheets.map((sheet) => sheet.name)).not.toContain(expect.stringMatching(/^_jindu_undo_/));
  });

  it('generates the next quarter sheet from this one', async () => {
    const { host, useCases } = openSample();
    const outcome = await useCases.generate({ kind: 'nextQuarter', fromSheet: '三季度' });
    expect(outcome.sheet).not.toBe('');
    expect((await host.workbook.listSheets()).map((sheet) => sheet.name)).toContain(outcome.sheet);
    expect((await host.workbook.readSheet(outcome.sheet)).values.length).toBeGreaterThan(3);
  });

  it('undoes formats, widths, frozen rows and validation of an existing sheet exactly', async () => {
    const { host, state } = openSample();
    const before = { ...state.sheet('三季度') };
    const snapshot = JSON.stringify([[...(before.cells ?? new Map()).entries()], before.merges, [...(before.columnWidths ?? new Map())], before.frozenRows, before.validations]);
    await host.applyUndoable(
      [
        { op: 'setFormat', sheet: '三季度', range: 'A1:F1', format: { bold: true, fill: '#DDEBF7' } },
        { op: 'mergeCells', sheet: '三季度', range: 'A1:F1' },
        { op: 'setColumnWidths', sheet: '三季度', widths: [6, 40] },
        { op: 'freezeRows', sheet: '三季度', count: 4 },
        { op: 'setValidationList', sheet: '三季度', range: 'F5:F40', list: ['完成', '序时推进'] },
      ],
      'pane.change.generate',
    );
    expect(state.sheet('三季度')?.frozenRows).toBe(4);
    await host.undoLastChange();
    const after = state.sheet('三季度');
    expect(JSON.stringify([[...(after?.cells ?? new Map()).entries()], after?.merges, [...(after?.columnWidths ?? new Map())], after?.frozenRows, after?.validations])).toBe(snapshot);
    expect(state.sheets.map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
  });
});
