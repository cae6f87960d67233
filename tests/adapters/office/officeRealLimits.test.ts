/**
 * What a real Excel refuses that a lenient simulation would let through. The real Office.js
 * (the @microsoft/office-js host files `build:intranet` ships) is loaded in jsdom to ask what it defines
 * and to build the exact request bodies its serializer makes; nothing is sent.
 */
import { mockedDocumentSettings } from './officeDocumentSettings';
import { officeHostFromInfo } from '../../../src/adapters/office/officeHostInfo';
import { createExcelHost } from '../../../src/adapters/office/excelHost';
import { OfficeWorkbook } from '../../../src/adapters/office/officeWorkbook';
import { REQUEST_COSTS } from '../../../src/adapters/office/requestCosts';
import { CAPABILITY_REQUIREMENTS, capabilityPaths, detectOfficeCapabilities, libraryOf, type OfficeCapabilities, type OptionalCapability } from '../../../src/adapters/office/requirements';
import { MERGED_AREAS_LIMIT, PAYLOAD_LIMIT_BYTES, SimulatedExcel } from '../../support/simulatedExcel';
import type { WorkbookOperation } from '../../../src/core';
import { closeRealOfficeJs, excelHostFiles, loadRealOfficeJs, realRequestBytes } from '../../support/realOfficeJs';

jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

/** Microsoft 365 Excel of 2025 and later: says yes to every requirement set. */
const NEWEST_HOST = () => true;

function hostOn(excel: SimulatedExcel, capabilities: OfficeCapabilities) {
  const { settings, saved } = mockedDocumentSettings();
  const host = createExcelHost({ run: excel.run, capabilities, documentSettings: settings, displayLanguage: 'zh-CN', isReadOnly: () => false });
  return { host, saved };
}

function progressSheet(count: number): (string | number)[][] {
  const rows: (string | number)[][] = [['序号', '《政府工作报告》重点工作任务', '时间', '节点任务', '进展情况', '自我评价']];
  for (let index = 1; index <= count; index += 1) rows.push([index, `开工建设第${index}项工程`, '三季度', '完成主体工程', '无', '完成']);
  return rows;
}

function maxRequestBytes(excel: SimulatedExcel): number {
  return Math.max(...excel.runs.flatMap((run) => run.syncs.map((sync) => sync.requestBytes)));
}

afterAll(closeRealOfficeJs);

describe('real Excel limits', () => {
  describe('1. the office.js the intranet build ships (1.1.110) has no notes', () => {
    const files = excelHostFiles();

    it('finds the Excel host files of the bundled library', () => {
      expect(files).toEqual(expect.arrayContaining(['excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js']));
    });

    it.each(files)('%s: a capability is on only where every member used under it exists in that file', (file) => {
      const real = libraryOf(loadRealOfficeJs(file).Excel);
      const capabilities = detectOfficeCapabilities(NEWEST_HOST, real);
      // The host says yes to ExcelApi 1.18 and 1.20; this library has neither notes nor undo grouping.
      expect(capabilities.notes).toBe(false);
      expect(capabilities.undoGrouping).toBe(false);
      expect(capabilityPaths(capabilities).notes).toBe('library');
      for (const [capability, { members }] of Object.entries(CAPABILITY_REQUIREMENTS) as [OptionalCapability, { members: readonly string[] }][]) {
        if (!capabilities[capability]) continue;
        for (const member of members) {
          const [className = '', name = ''] = member.split('.');
          expect([file, member, real.has(className, name)]).toEqual([file, member, true]);
        }
      }
    });

    it.each(['excel-web-16.00.js', 'excel-win32-16.01.js', 'excel-mac-16.00.js'])('%s (16.0.15407) keeps on what it has beyond ExcelApi 1.7', (file) => {
      const capabilities = detectOfficeCapabilities(NEWEST_HOST, libraryOf(loadRealOfficeJs(file).Excel));
      expect(capabilities).toMatchObject({ dataValidation: true, pageLayout: true, mergedAreas: true, insertWorksheetsFromBase64: true, sheetBackups: true });
      expect(capabilities.missingFromLibrary).toEqual(['notes', 'undoGrouping']);
    });

    it('every member the simulated Excel offers exists in the real library under the same class', async () => {
      const real = libraryOf(loadRealOfficeJs('excel-web-16.00.js').Excel);
      const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
      const internal = new Set(['constructor', 'context', 'resolve', 'loaded', 'read', 'mutate', 'restructure', 'requireDerivable', 'requireSheet', 'resolveOrFail', 'addressOf', 'fill', 'snapshot', 'worksheet', 'range', 'cell', 'orNull']);
      const membersOf = (object: object) => {
        const names = new Set(Object.keys(object));
        for (let prototype = Object.getPrototypeOf(object); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
          for (const name of Object.getOwnPropertyNames(prototype)) names.add(name);
        }
        return [...names].filter((name) => !internal.has(name));
      };
      const missing: string[] = [];
      await excel.run({}, async (context) => {
        const sheet = context.workbook.worksheets.getItem('三季度');
        const range = sheet.getRange('A1');
        const objects: [string, object][] = [
          ['WorksheetCollection', context.workbook.worksheets],
          ['Worksheet', sheet],
          ['Range', range],
          ['RangeAreas', range.getMergedAreasOrNullObject()],
          // A navigation property, not a loaded value: nothing to load before it.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          ['ChartCollection', sheet.charts],
        ];
        for (const [className, object] of objects) {
          for (const member of membersOf(object)) if (!real.has(className, member)) missing.push(`${className}.${member}`);
        }
      });
      // Notes (ExcelApi 1.18) are the one thing the simulation has beyond 1.1.110, and only when its library has them.
      expect(missing).toEqual(['Worksheet.notes']);
    });

    it('the simulated Excel given the bundled library has no notes, as the real one', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: [['序号']] });
      excel.library = libraryOf(loadRealOfficeJs().Excel);
      await excel.run({}, async (context) => {
        expect(context.workbook.worksheets.getItem('三季度').notes).toBeUndefined();
      });
    });

    it('marks with fills only on a newest host with the bundled library, and says so once, naming the library', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(3) });
      excel.library = libraryOf(loadRealOfficeJs().Excel);
      const capabilities = detectOfficeCapabilities(NEWEST_HOST, excel.library);
      const { host } = hostOn(excel, capabilities);
      const first = await host.mark([{ sheet: '三季度', cell: 'E2', severity: 'warning', note: '进度助手：进展情况为占位词' }]);
      expect(first).toEqual({ markedCells: 1, notesAdded: 0, notesUnavailable: 'office.unsupported.notesLibrary' });
      expect(excel.sheet('三季度')?.rows[1]?.[4]?.fill).toBe('#FFEB9C');
      const second = await host.mark([{ sheet: '三季度', cell: 'E3', severity: 'warning', note: '进度助手：进展情况为占位词' }]);
      expect(second.notesUnavailable).toBeNull();
      expect(await host.clearMarks()).toEqual({ clearedCells: 2, notesRemoved: 0, keptChangedByUser: 0 });
    });

    it('skips the notes of a write with the reason, and writes the rest, on the bundled library', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(3) });
      excel.library = libraryOf(loadRealOfficeJs().Excel);
      const workbook = new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST, excel.library));
      const result = await workbook.apply([
        { op: 'writeBlock', sheet: '三季度', row: 1, column: 4, values: [['已开工']] },
        { op: 'setNote', sheet: '三季度', cell: 'E2', text: '进度助手：已修复' },
      ]);
      expect(result.skipped).toEqual([{ op: 'setNote', reason: 'office.unsupported.notes' }]);
      expect(excel.sheet('三季度')?.rows[1]?.[4]?.value).toBe('已开工');
    });

    it('does not ask for an undo group the library would ignore', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(3) });
      excel.library = libraryOf(loadRealOfficeJs().Excel);
      await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST, excel.library)).apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 4, values: [['x']] }]);
      expect(excel.runs.every((run) => run.options.mergeUndoGroup === undefined)).toBe(true);
    });
  });

  describe('2. more than 512 merged areas on a sheet', () => {
    /** A quarterly plan: 300 tasks of three period rows each, 序号 and 任务 merged over the three rows. */
    function mergedPlan(tasks: number): SimulatedExcel {
      const rows: (string | number | null)[][] = [['序号', '任务', '时间', '节点任务']];
      for (let task = 1; task <= tasks; task += 1) {
        rows.push([task, `第${task}项任务`, '一、二季度', '启动'], [null, null, '三季度', '推进'], [null, null, '四季度', '完成']);
      }
      const excel = SimulatedExcel.withSheets({ 计划: rows });
      const sheet = excel.sheet('计划');
      for (let task = 0; task < tasks; task += 1) {
        const top = 1 + task * 3;
        sheet?.merges.push({ top, left: 0, bottom: top + 2, right: 0 }, { top, left: 1, bottom: top + 2, right: 1 });
      }
      return excel;
    }

    it('the simulated Excel refuses to list more than 512 merged areas of one range, as Excel does', async () => {
      const excel = mergedPlan(300);
      await expect(
        excel.run({}, async (context) => {
          context.workbook.worksheets.getItem('计划').getRange().getMergedAreasOrNullObject().load('address');
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'GeneralException' });
      expect(MERGED_AREAS_LIMIT).toBe(512);
    });

    it('reads all 600 merged areas of a 300-task plan, in bands, in the same syncs as a plain sheet', async () => {
      const excel = mergedPlan(300);
      const grid = await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST)).readSheet('计划');
      expect(grid.merges).toHaveLength(600);
      expect(grid.merges[599]).toEqual({ top: 898, left: 1, bottom: 900, right: 1 });
      expect(excel.syncCount).toBe(2);
    });
  });

  describe('3. requests over 5 MB on Excel on the web', () => {
    const NOTE = '进度助手：进展情况为空，请填写本期工作进展。';
    const office = () => loadRealOfficeJs('excel-web-16.00.js');
    /** Enough commands for ids of five digits, as in a full request. */
    const COUNT = 3_000;
    const cell = (index: number) => `E${1_000 + index}`;
    // One sheet proxy per request, as the adapter keeps them.
    const sheets = new WeakMap<Excel.RequestContext, Excel.Worksheet>();
    const sheetOf = (context: Excel.RequestContext) => {
      const sheet = sheets.get(context) ?? context.workbook.worksheets.getItem('三季度');
      sheets.set(context, sheet);
      return sheet;
    };
    const cases: { description: string; expected: number; queue: (context: Excel.RequestContext, index: number) => void }[] = [
      { description: 'reading a cell fill', expected: REQUEST_COSTS.cellFillRead, queue: (context, index) => void sheetOf(context).getRange(cell(index)).load('format/fill/color') },
      { description: 'setting a cell fill', expected: REQUEST_COSTS.cellFillSet, queue: (context, index) => void (sheetOf(context).getRange(cell(index)).format.fill.color = '#FFC7CE') },
      { description: 'clearing a cell fill', expected: REQUEST_COSTS.cellFillClear, queue: (context, index) => sheetOf(context).getRange(cell(index)).format.fill.clear() },
      // 1.1.110 has no notes; comments have the same calls (`getItemOrNullObject(cell)`, `add(cell, text)`,
      // `content`, `delete`) on a collection whose name is three letters longer.
      { description: 'reading a note', expected: REQUEST_COSTS.noteRead, queue: (context, index) => void sheetOf(context).comments.getItemOrNullObject(cell(index)).load('content') },
      { description: 'adding a note (without its text)', expected: REQUEST_COSTS.noteAdd + 6, queue: (context, index) => void sheetOf(context).comments.add(cell(index), '') },
      { description: 'replacing a note (without its text)', expected: REQUEST_COSTS.noteSet + 2, queue: (context, index) => void (sheetOf(context).comments.getItem(cell(index)).content = '') },
      { description: 'deleting a note', expected: REQUEST_COSTS.noteDelete, queue: (context, index) => sheetOf(context).comments.getItem(cell(index)).delete() },
      { description: 'loading a block of cells', expected: REQUEST_COSTS.rangeLoad, queue: (context, index) => void sheetOf(context).getRangeByIndexes(index * 100, 0, 100, 6).load('values,numberFormat') },
      {
        description: 'loading merged areas of a band',
        expected: REQUEST_COSTS.mergedAreasLoad,
        queue: (context, index) => void sheetOf(context).getRangeByIndexes(index * 85, 0, 85, 6).getMergedAreasOrNullObject().load('address'),
      },
      { description: 'writing values (without them)', expected: REQUEST_COSTS.valuesWrite + 6, queue: (context, index) => void (sheetOf(context).getRangeByIndexes(index, 0, 1, 1).values = [['']]) },
      {
        description: 'a format property on a range',
        expected: REQUEST_COSTS.rangeByAddress + REQUEST_COSTS.formatProperty,
        queue: (context, index) => void (sheetOf(context).getRange(`A${index + 1}:F${index + 1}`).format.font.bold = true),
      },
      {
        description: 'borders on a range',
        expected: REQUEST_COSTS.rangeByAddress + 6 * REQUEST_COSTS.borderEdge,
        queue: (context, index) => {
          const range = sheetOf(context).getRange(`A${index + 1}:F${index + 1}`);
          for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) range.format.borders.getItem(edge).style = 'Continuous';
        },
      },
      { description: 'a column width', expected: REQUEST_COSTS.columnWidth, queue: (context, index) => void (sheetOf(context).getRangeByIndexes(0, index, 1, 1).getEntireColumn().format.columnWidth = 300) },
    ];

    it.each(cases)('the cost table is within ±15% of the real body: $description', async ({ expected, queue }) => {
      const one = await realRequestBytes(office(), (context) => queue(context, 0));
      const many = await realRequestBytes(office(), (context) => {
        for (let index = 0; index < COUNT; index += 1) queue(context, index);
      });
      const perCommand = (many - one) / (COUNT - 1);
      expect(perCommand).toBeGreaterThan(expected * 0.85);
      expect(perCommand).toBeLessThan(expected * 1.15);
    });

    it('the payload of a command is its JSON, in UTF-8: a note text and a values array cost what they weigh', async () => {
      const empty = await realRequestBytes(office(), (context) => void sheetOf(context).comments.add('E12', ''));
      const withText = await realRequestBytes(office(), (context) => void sheetOf(context).comments.add('E12', NOTE));
      expect(withText - empty).toBe(Buffer.byteLength(NOTE, 'utf8'));
    });

    it.each([
      { description: 'adding, renaming and deleting sheets', queue: (context: Excel.RequestContext) => {
        context.workbook.worksheets.add('汇总');
        context.workbook.worksheets.getItem('汇总').name = '_jindu_undo_replaced';
        context.workbook.worksheets.getItem('_jindu_undo_replaced').delete();
      }, commands: 3 },
      { description: 'a backup copy', queue: (context: Excel.RequestContext) => {
        const copy = sheetOf(context).copy('End');
        copy.name = '_jindu_undo_1';
        copy.visibility = 'VeryHidden';
      }, commands: 3 },
      { description: 'deleting rows', queue: (context: Excel.RequestContext) => sheetOf(context).getRangeByIndexes(12, 0, 3, 1).getEntireRow().delete('Up'), commands: 1 },
      { description: 'merging', queue: (context: Excel.RequestContext) => sheetOf(context).getRange('A4:A6').merge(false), commands: 1 },
      { description: 'freezing rows', queue: (context: Excel.RequestContext) => sheetOf(context).freezePanes.freezeRows(3), commands: 1 },
      { description: 'page setup', queue: (context: Excel.RequestContext) => {
        const layout = sheetOf(context).pageLayout;
        layout.orientation = 'Landscape';
        layout.paperSize = 'A4';
        layout.setPrintTitleRows('$3:$3');
        layout.zoom = { horizontalFitToPages: 1 };
      }, commands: 4 },
      { description: 'a chart', queue: (context: Excel.RequestContext) => {
        const chart = sheetOf(context).charts.add('ColumnClustered', sheetOf(context).getRange('A1:B5'), 'Auto');
        chart.title.text = '各单位任务数';
      }, commands: 2 },
    ])('a fixed command stays under the small-command bound: $description', async ({ queue, commands }) => {
      const bytes = (await realRequestBytes(office(), queue)) - REQUEST_COSTS.request;
      expect(bytes).toBeLessThan(commands * REQUEST_COSTS.smallCommand);
    });

    it('marks and clears 20,000 cells in requests that each stay under 5 MB', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(20_000) });
      const { host } = hostOn(excel, detectOfficeCapabilities(NEWEST_HOST));
      const marks = Array.from({ length: 20_000 }, (_, index) => ({ sheet: '三季度', cell: `E${index + 2}`, severity: 'error' as const, note: NOTE }));
      expect(await host.mark(marks)).toMatchObject({ markedCells: 20_000, notesAdded: 20_000 });
      expect(maxRequestBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(excel.sheet('三季度')?.notes.size).toBe(20_000);
      excel.resetCounts();
      expect(await host.clearMarks()).toEqual({ clearedCells: 20_000, notesRemoved: 20_000, keptChangedByUser: 0 });
      expect(maxRequestBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(excel.sheet('三季度')?.notes.size).toBe(0);
    });

    it('writes 20,000 consolidation marks (a fill and a note each) under 5 MB a request', async () => {
      const excel = SimulatedExcel.withSheets({ 汇总: progressSheet(20_000) });
      const operations: WorkbookOperation[] = Array.from({ length: 20_000 }, (_, index): WorkbookOperation[] => [
        { op: 'setFormat', sheet: '汇总', range: `E${index + 2}`, format: { fill: '#FFC7CE' } },
        { op: 'setNote', sheet: '汇总', cell: `E${index + 2}`, text: NOTE },
      ]).flat();
      await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST)).apply(operations);
      expect(maxRequestBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(excel.sheet('汇总')?.notes.size).toBe(20_000);
    });

    it('reads the text of 20,000 dates shown through a format without one request passing 5 MB', async () => {
      const rows = progressSheet(20_000);
      const excel = SimulatedExcel.withSheets({ 三季度: rows });
      const sheet = excel.sheet('三季度');
      for (let row = 1; row <= 20_000; row += 1) {
        const cells = sheet?.rows[row];
        if (cells) cells[2] = { value: 44_480 + (row % 90), formula: null, numberFormat: 'yyyy"年"m"月"d"日"', fill: null };
      }
      const grid = await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST)).readSheet('三季度');
      expect(grid.text[1]?.[2]).toMatch(/^2021年\d+月\d+日$/);
      expect(maxRequestBytes(excel)).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    });

    it('answers RequestPayloadSizeLimitExceeded by halving and resending, leaving nothing half-applied', async () => {
      const excel = SimulatedExcel.withSheets({ 三季度: progressSheet(6_000) });
      // Excel stricter than the adapter's estimate: its own budget passes this.
      excel.payloadLimitBytes = 1_000_000;
      const { host } = hostOn(excel, detectOfficeCapabilities(NEWEST_HOST));
      const marks = Array.from({ length: 6_000 }, (_, index) => ({ sheet: '三季度', cell: `E${index + 2}`, severity: 'warning' as const, note: NOTE }));
      expect(await host.mark(marks)).toMatchObject({ markedCells: 6_000, notesAdded: 6_000 });
      const syncs = excel.runs.flatMap((run) => run.syncs);
      expect(syncs.some((sync) => sync.requestBytes > 1_000_000)).toBe(true);
      expect(excel.sheet('三季度')?.rows.slice(1).every((row) => row[4]?.fill === '#FFEB9C')).toBe(true);
      expect(excel.sheet('三季度')?.notes.size).toBe(6_000);
    });

    it('splits one block write Excel refuses alone by rows', async () => {
      const excel = SimulatedExcel.withSheets({ 汇总: [['序号']] });
      excel.payloadLimitBytes = 500_000;
      const values = Array.from({ length: 5_000 }, (_, index) => [index, `开工建设第${index}项工程，正在全力推进相关工作。`]);
      await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST)).apply([{ op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values }]);
      expect(excel.sheet('汇总')?.rows[4_999]?.[1]?.value).toBe(values[4_999]?.[1]);
    });
  });

  describe('4. Excel or the plain page, known without a timeout', () => {
    it.each([
      { description: 'desktop Excel puts _host_Info in the query string', sources: { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', windowName: '' }, expected: 'excel' },
      { description: 'escaped, as Excel on the web sends it', sources: { search: '?et=&_host_Info=Excel%24Web%2416.00%24zh-CN%24%24%24%240', windowName: '' }, expected: 'excel' },
      { description: 'the pane navigated: office.js kept it in session storage', sources: { search: '', windowName: '', sessionValue: 'Excel|Mac|16.00|zh-CN' }, expected: 'excel' },
      { description: 'in window.name, as some hosts pass it', sources: { search: '', windowName: '{"hostInfo":"Excel$Win32$16.01$zh-CN"}' }, expected: 'excel' },
      { description: 'from the host\'s window.external', sources: { search: '', windowName: '', external: { GetHostInfo: () => 'Excel$Win32$16.01$zh-CN' } }, expected: 'excel' },
      { description: 'Word opened the page', sources: { search: '?_host_Info=Word$Win32$16.01$zh-CN', windowName: '' }, expected: 'word' },
      { description: 'a browser tab: nothing', sources: { search: '?lang=zh', windowName: '' }, expected: null },
    ])('$description', ({ sources, expected }) => {
      expect(officeHostFromInfo(sources)).toBe(expected);
    });

    it('a plain page with office.js loaded does not wait for Office.onReady', async () => {
      const { detectHost } = await import('../../../src/adapters/office/detectHost');
      const onReady = jest.fn(() => new Promise(() => undefined));
      (globalThis as { Office?: unknown }).Office = { onReady, HostType: { Excel: 'Excel' } };
      try {
        // onReady never answers here; the page does not wait for it, nor ask it (office.js would open its telemetry frame).
        await expect(detectHost({ search: '', windowName: '' })).resolves.toMatchObject({ kind: 'standalone' });
        expect(onReady).not.toHaveBeenCalled();
      } finally {
        delete (globalThis as { Office?: unknown }).Office;
      }
    });

    it('a browser tab never fetches office.js; a page Office opened fetches it before asking Office', async () => {
      const { detectHost } = await import('../../../src/adapters/office/detectHost');
      const fetchOfficeJs = jest.fn(() => new Promise<void>(() => undefined));
      await expect(detectHost({ search: '', windowName: '' }, fetchOfficeJs)).resolves.toMatchObject({ kind: 'standalone' });
      expect(fetchOfficeJs).not.toHaveBeenCalled();

      const steps: string[] = [];
      const loaded = jest.fn(async () => {
        steps.push('fetch');
        (globalThis as { Office?: unknown }).Office = {
          onReady: async () => (steps.push('onReady'), { host: 'Excel' }),
          HostType: { Excel: 'Excel' },
          context: { displayLanguage: 'zh-CN' },
        };
      });
      try {
        await expect(detectHost({ search: '?_host_Info=Excel$Win32$16.01$zh-CN', windowName: '' }, loaded)).resolves.toEqual({ kind: 'excel', displayLanguage: 'zh-CN' });
        expect(steps).toEqual(['fetch', 'onReady']);
      } finally {
        delete (globalThis as { Office?: unknown }).Office;
      }
    });

    it('a page Office opened whose office.js cannot be fetched still opens, as the standalone page', async () => {
      const { detectHost } = await import('../../../src/adapters/office/detectHost');
      const failing = jest.fn(() => Promise.reject(new Error('unreachable')));
      await expect(detectHost({ search: '?_host_Info=Excel$Win32$16.01$zh-CN', windowName: '' }, failing)).resolves.toMatchObject({ kind: 'standalone' });
      expect(failing).toHaveBeenCalledTimes(1);
    });

    it('inside Excel it waits for Office however slow, and finds Excel', async () => {
      const { detectHost } = await import('../../../src/adapters/office/detectHost');
      jest.useFakeTimers();
      let ready: (info: { host: string }) => void = () => undefined;
      (globalThis as { Office?: unknown }).Office = {
        onReady: () => new Promise((resolve) => (ready = resolve)),
        HostType: { Excel: 'Excel' },
        context: { displayLanguage: 'zh-CN' },
      };
      try {
        const detected = detectHost({ search: '?_host_Info=Excel$Win32$16.01$zh-CN', windowName: '' });
        jest.advanceTimersByTime(10_000);
        ready({ host: 'Excel' });
        await expect(detected).resolves.toEqual({ kind: 'excel', displayLanguage: 'zh-CN' });
      } finally {
        jest.useRealTimers();
        delete (globalThis as { Office?: unknown }).Office;
      }
    });
  });

  describe('5. print fit to pages with documented values', () => {
    it('fits the sheet one page wide with PageLayoutZoomOptions Excel documents; the simulation refuses 0 pages', async () => {
      const excel = SimulatedExcel.withSheets({ 汇总: progressSheet(3) });
      await new OfficeWorkbook(excel.run, detectOfficeCapabilities(NEWEST_HOST)).apply([
        { op: 'setPageSetup', sheet: '汇总', setup: { orientation: 'landscape', paperSize: 'A4', fitToWidth: true } },
      ]);
      expect(excel.sheet('汇总')?.pageLayout.zoom).toEqual({ horizontalFitToPages: 1 });
      await expect(
        excel.run({}, async (context) => {
          context.workbook.worksheets.getItem('汇总').pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });
});
