import { WpsWorkbook } from '../../../src/adapters/wps/wpsWorkbook';
import { XL_BAR_STACKED, XL_COLUMN_CLUSTERED } from '../../../src/adapters/wps/etObjectModel';
import fc from 'fast-check';
import { rangeAddress, type CellValue } from '../../../src/core';
import { ET_ERROR_NAME, serialOfDay, SimulatedEt } from '../../support/simulatedEt';
import { describeWorkbookContract } from '../workbookContract';

function plainRows(rows: CellValue[][]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((value) => (value !== null && typeof value === 'object' ? value.error : value)));
}

const states = new WeakMap<WpsWorkbook, ReturnType<SimulatedEt['openWorkbook']>>();

describeWorkbookContract('WpsWorkbook on a simulated WPS 表格', {
  async create(sheets) {
    const simulation = new SimulatedEt();
    const state = simulation.openWorkbook('进度.xlsx', Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, plainRows(rows)])));
    const workbook = new WpsWorkbook(simulation.application());
    states.set(workbook, state);
    return workbook;
  },
  async reopen(workbook) {
    return workbook;
  },
  async protect(workbook, sheet) {
    states.get(workbook as WpsWorkbook)?.protect(sheet);
  },
});

function openSample() {
  const simulation = new SimulatedEt();
  const state = simulation.openWorkbook('进度.xlsx', {
    三季度: [
      ['序号', '任务', '进展情况'],
      [1, '开工建设济南黄河体育中心', '已完成主体结构'],
      [2, '建设人才公寓', null],
    ],
    说明: [['填表说明']],
  });
  return { simulation, state, workbook: new WpsWorkbook(simulation.application()) };
}

describe('WpsWorkbook', () => {
  it('reads a whole sheet with one Value2 read', async () => {
    const { simulation, workbook } = openSample();
    simulation.resetCalls();
    const grid = await workbook.readSheet('三季度');
    expect(grid.text[1]).toEqual(['1', '开工建设济南黄河体育中心', '已完成主体结构']);
    expect(simulation.callsOf('Range.Value2.get')).toBe(1);
  });

  it('writes a 2-D block with one Value2 assignment', async () => {
    const { simulation, workbook } = openSample();
    simulation.resetCalls();
    await workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 2, values: [['正在推进'], ['已开工']] }]);
    expect(simulation.callsOf('Range.Value2.set')).toBe(1);
    expect((await workbook.readSheet('三季度')).text.map((row) => row[2])).toEqual(['进展情况', '正在推进', '已开工']);
  });

  it('the simulation turns = + - @ into formulas and digits into numbers when text is typed plainly', () => {
    const { simulation, state } = openSample();
    const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('三季度');
    if (!sheet) throw new Error('no sheet');
    sheet.Range('D1:D5').Value2 = [['=SUM(A1:A3)'], ['+86 531 6660'], ['-已完成'], ['@市卫生健康委'], ['40']];
    expect(['D1', 'D2', 'D3', 'D4'].map((cell) => state.cellOf('三季度', cell).value)).toEqual([ET_ERROR_NAME, ET_ERROR_NAME, ET_ERROR_NAME, ET_ERROR_NAME]);
    expect(state.cellOf('三季度', 'D5').value).toBe(40);
  });

  it('writes text starting with = + - @ and text of digits as text, in one assignment', async () => {
    const { simulation, state, workbook } = openSample();
    const texts = ['=SUM(A1:A3)', '+86 531 6660', '-已完成', '@市卫生健康委', '40', "'引号开头"];
    simulation.resetCalls();
    await workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 3, column: 0, values: [texts] }]);
    expect(simulation.callsOf('Range.Value2.set')).toBe(1);
    const cells = ['A4', 'B4', 'C4', 'D4', 'E4', 'F4'].map((cell) => state.cellOf('三季度', cell));
    expect(cells.map((cell) => cell.value)).toEqual(texts);
    expect(cells.every((cell) => cell.formula === null)).toBe(true);
  });

  it('reads formula errors as errors, not numbers', async () => {
    const { simulation, workbook } = openSample();
    const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('三季度');
    if (!sheet) throw new Error('no sheet');
    sheet.Range('D1').Value2 = '=1/0';
    const grid = await workbook.readSheet('三季度');
    expect(grid.values[0]?.[3]).toEqual({ error: '#NAME?' });
  });

  describe('merged areas', () => {
    /** A quarterly plan of `tasks` tasks, three period rows each; `merge` says which areas are merged. */
    function plan(tasks: number, merge: 'tasks' | 'title') {
      const simulation = new SimulatedEt();
      const rows: (string | number | null)[][] = [['2021年重点工作任务节点计划', null, null, null]];
      for (let task = 1; task <= tasks; task += 1) rows.push([task, `第${task}项任务`, '一季度', '启动'], [null, null, '二季度', '推进'], [null, null, '三季度', '完成']);
      const state = simulation.openWorkbook('计划.xlsx', { 计划: rows });
      const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('计划');
      if (!sheet) throw new Error('no sheet');
      sheet.Range('A1:D1').Merge();
      if (merge === 'tasks') {
        for (let task = 0; task < tasks; task += 1) {
          sheet.Range(`A${2 + task * 3}:A${4 + task * 3}`).Merge();
          sheet.Range(`B${2 + task * 3}:B${4 + task * 3}`).Merge();
        }
      }
      simulation.resetCalls();
      return { simulation, state, workbook: new WpsWorkbook(simulation.application()) };
    }

    const memberCalls = (simulation: SimulatedEt) => simulation.callsOf('Worksheet.Range') + simulation.callsOf('Range.MergeCells.get') + simulation.callsOf('Range.MergeArea');

    it('reads the 601 merged areas of a 300-task plan in fewer calls than merges times four, a fraction of the cells', async () => {
      const { simulation, state, workbook } = plan(300, 'tasks');
      const grid = await workbook.readSheet('计划');
      const expected = [...(state.sheet('计划')?.merges ?? [])]
        .map((area) => ({ top: area.top - 1, left: area.left - 1, bottom: area.bottom - 1, right: area.right - 1 }))
        .sort((a, b) => a.top - b.top || a.left - b.left);
      expect(grid.merges).toHaveLength(601);
      expect(grid.merges).toEqual(expected);
      expect(memberCalls(simulation)).toBeLessThan(4 * 601);
      expect(memberCalls(simulation)).toBeLessThan(901 * 4);
    });

    it('a long sheet with only its title merged costs under 200 calls, growing with the rows\' logarithm', async () => {
      const short = plan(300, 'title');
      expect((await short.workbook.readSheet('计划')).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
      const long = plan(3_000, 'title');
      expect((await long.workbook.readSheet('计划')).merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
      expect(memberCalls(short.simulation)).toBeLessThan(200);
      // Ten times the rows add a few halvings per column, where walking every cell took 2 calls a cell.
      expect(memberCalls(long.simulation) - memberCalls(short.simulation)).toBeLessThan(60);
    });

    it('finds every merged area of any layout, as the sheet holds them', async () => {
      const area = fc.record({ top: fc.nat(14), left: fc.nat(5), height: fc.integer({ min: 1, max: 5 }), width: fc.integer({ min: 1, max: 3 }) });
      await fc.assert(
        fc.asyncProperty(fc.array(area, { maxLength: 12 }), async (areas) => {
          const simulation = new SimulatedEt();
          const state = simulation.openWorkbook('x.xlsx', { 表: Array.from({ length: 20 }, (_, row) => Array.from({ length: 8 }, (_, column) => `${row},${column}`)) });
          const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('表');
          for (const { top, left, height, width } of areas) {
            if (height * width > 1) sheet?.Range(rangeAddress(top, left, top + height - 1, left + width - 1)).Merge();
          }
          const held = [...(state.sheet('表')?.merges ?? [])]
            .map((merge) => ({ top: merge.top - 1, left: merge.left - 1, bottom: merge.bottom - 1, right: merge.right - 1 }))
            .sort((a, b) => a.top - b.top || a.left - b.left);
          expect((await new WpsWorkbook(simulation.application()).readSheet('表')).merges).toEqual(held);
        }),
        { numRuns: 150 },
      );
    });
  });

  describe('numbers read as the sheet shows them', () => {
    /** A report whose 时间 and 完成率 the user typed as dates and percentages (WPS stores serials and fractions). */
    function typedReport(rows: number, options: { date1904?: boolean } = {}) {
      const simulation = new SimulatedEt();
      const header = ['序号', '任务', '完成时间', '完成率', '进展情况'];
      const state = simulation.openWorkbook('进度.xlsx', { 三季度: [header] }, options);
      const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('三季度');
      if (!sheet) throw new Error('no sheet');
      const typed = Array.from({ length: rows }, (_, index) => [String(index + 1), `第${index + 1}项任务`, `2021/9/${(index % 30) + 1}`, `${index % 100}%`, '已完成']);
      sheet.Range(`A2:E${rows + 1}`).Value2 = typed;
      return { simulation, state, sheet, workbook: new WpsWorkbook(simulation.application()) };
    }

    it('the simulation stores typed dates and percentages as Value2 does: serials and fractions under a format', () => {
      const { state } = typedReport(2);
      expect(state.cellOf('三季度', 'C2')).toMatchObject({ value: serialOfDay(2021, 9, 1), numberFormat: 'yyyy/m/d' });
      expect(state.cellOf('三季度', 'D3')).toMatchObject({ value: 0.01, numberFormat: '0%' });
      expect(serialOfDay(2021, 9, 30)).toBe(44469);
    });

    it('reads dates and percentages as shown, not as serial numbers, with one format call per column', async () => {
      const { simulation, workbook } = typedReport(3);
      simulation.resetCalls();
      const grid = await workbook.readSheet('三季度');
      expect(grid.text.slice(1).map((row) => row.slice(0, 4))).toEqual([
        ['1', '第1项任务', '2021/9/1', '0%'],
        ['2', '第2项任务', '2021/9/2', '1%'],
        ['3', '第3项任务', '2021/9/3', '2%'],
      ]);
      // The values stay what Value2 gave: the core sees the number behind a date too.
      expect(grid.values[1]?.[2]).toBe(serialOfDay(2021, 9, 1));
      expect(simulation.callsOf('Range.Value2.get')).toBe(1);
      // The block around all numbers mixes formats; then one call for each of the three columns of numbers.
      expect(simulation.callsOf('Range.NumberFormat.get')).toBe(4);
    });

    it('costs the same calls for 2,000 rows as for 3', async () => {
      const { simulation, workbook } = typedReport(2_000);
      simulation.resetCalls();
      const grid = await workbook.readSheet('三季度');
      expect(grid.text[2_000]?.[2]).toBe('2021/9/20');
      expect(grid.text[2_000]?.[3]).toBe('99%');
      expect(simulation.callsOf('Range.Value2.get')).toBe(1);
      expect(simulation.callsOf('Range.NumberFormat.get')).toBe(4);
      expect(simulation.callsOf('Worksheet.Range')).toBe(5);
    });

    it('asks one format of a sheet whose numbers are all General', async () => {
      const { simulation, workbook } = openSample();
      simulation.resetCalls();
      await workbook.readSheet('三季度');
      expect(simulation.callsOf('Range.NumberFormat.get')).toBe(1);
    });

    it('halves a column of mixed formats until each block shares one, and renders each cell by its own', async () => {
      const { simulation, sheet, workbook } = typedReport(400);
      sheet.Range('C101').NumberFormat = 'yyyy"年"m"月"d"日"';
      sheet.Range('C301').NumberFormat = 'General';
      simulation.resetCalls();
      const grid = await workbook.readSheet('三季度');
      const dates = grid.text.slice(1).map((row) => row[2]);
      expect(dates.slice(98, 101)).toEqual(['2021/9/9', '2021年9月10日', '2021/9/11']);
      expect(dates.slice(298, 300)).toEqual(['2021/9/29', String(serialOfDay(2021, 9, 30))]);
      expect(dates.filter((date) => /^2021\/9\/\d+$/.test(date ?? ''))).toHaveLength(398);
      // Far fewer calls than cells: each block that shares a format is asked once (two changes: about 4·log2(400)).
      expect(simulation.callsOf('Range.NumberFormat.get')).toBeLessThan(40);
    });

    it('reads General named in Chinese, as a zh-CN WPS may give it, inside a longer code too', async () => {
      const { sheet, workbook } = typedReport(2);
      sheet.Range('D2').NumberFormat = 'G/通用格式';
      sheet.Range('D3').NumberFormat = 'G/通用格式"个"';
      sheet.Range('D2:D3').Value2 = [[12.5], [40]];
      expect((await workbook.readSheet('三季度')).text.slice(1).map((row) => row[3])).toEqual(['12.5', '40个']);
    });

    it('counts dates from 1904 in a workbook that does', async () => {
      const { workbook, sheet } = typedReport(1, { date1904: true });
      sheet.Range('C2').Value2 = serialOfDay(2021, 9, 30) - 1462;
      expect((await workbook.readSheet('三季度')).text[1]?.[2]).toBe('2021/9/30');
    });

    it('writes text that looks like a date as text, so it reads back unchanged', async () => {
      const { state, workbook } = typedReport(1);
      await workbook.apply([{ op: 'writeBlock', sheet: '三季度', row: 1, column: 2, values: [['2021/9/30', '85%']] }]);
      expect(state.cellOf('三季度', 'C2').value).toBe('2021/9/30');
      expect((await workbook.readSheet('三季度')).text[1]?.slice(2, 4)).toEqual(['2021/9/30', '85%']);
    });
  });

  it('keeps the user on their sheet when a batch adds sheets, and never leaves a confirmation prompt on', async () => {
    const { simulation, workbook } = openSample();
    await workbook.apply([
      { op: 'addSheet', sheet: '汇总', replace: false },
      { op: 'addSheet', sheet: '说明', replace: true },
      { op: 'deleteSheet', sheet: '汇总' },
    ]);
    expect(simulation.application().ActiveSheet?.Name).toBe('三季度');
    expect(simulation.displayAlerts).toBe(true);
    expect((await workbook.listSheets()).map((sheet) => sheet.name)).toEqual(['三季度', '说明']);
  });

  describe('charts', () => {
    const chart = { op: 'addChart', sheet: '三季度', range: 'A1:B3', kind: 'columnClustered', title: '各单位任务数' } as const;

    it('draws a titled chart of the range two columns right of it, through Shapes.AddChart2', async () => {
      const { simulation, state, workbook } = openSample();
      simulation.resetCalls();
      expect(await workbook.apply([chart])).toEqual({ skipped: [] });
      const [drawn, ...others] = state.sheet('三季度')?.charts ?? [];
      expect(others).toEqual([]);
      expect(drawn).toMatchObject({ chartType: XL_COLUMN_CLUSTERED, source: { sheet: '三季度', top: 1, left: 1, bottom: 3, right: 2 }, hasTitle: true, title: '各单位任务数', width: 360, height: 216 });
      // Placed at D1: right of column C, at the top row of the data.
      const d1 = simulation.application().ActiveWorkbook?.Worksheets.Item('三季度').Range('D1');
      expect([drawn?.left, drawn?.top]).toEqual([d1?.Left, d1?.Top]);
      expect(drawn?.left).toBeGreaterThan(0);
      expect(simulation.callsOf('Shapes.AddChart2')).toBe(1);
    });

    it('draws a stacked bar chart for barStacked', async () => {
      const { state, workbook } = openSample();
      await workbook.apply([{ ...chart, kind: 'barStacked' }]);
      expect(state.sheet('三季度')?.charts[0]?.chartType).toBe(XL_BAR_STACKED);
    });

    it('skips the chart with a reason on a WPS whose add-ins have no Shapes, and writes the rest of the batch', async () => {
      const { simulation, state, workbook } = openSample();
      simulation.chartsApi = false;
      const result = await workbook.apply([chart, { op: 'writeBlock', sheet: '三季度', row: 2, column: 2, values: [['已开工']] }]);
      expect(result.skipped).toEqual([{ op: 'addChart', reason: 'wps.unsupported.charts' }]);
      expect(state.cellOf('三季度', 'C3').value).toBe('已开工');
    });

    it('removes a chart WPS could not plot and says why, instead of leaving an empty chart', async () => {
      const { simulation, state, workbook } = openSample();
      simulation.refuseChartSource = true;
      const result = await workbook.apply([chart]);
      expect(result.skipped).toEqual([{ op: 'addChart', reason: 'wps.chartFailed' }]);
      expect(state.sheet('三季度')?.charts).toEqual([]);
    });

    it('the simulation has no chart title before HasTitle is set, as WPS documents', () => {
      const { simulation } = openSample();
      const sheet = simulation.application().ActiveWorkbook?.Worksheets.Item('三季度');
      const shape = sheet?.Shapes?.AddChart2(null, XL_COLUMN_CLUSTERED, 0, 0, 360, 216);
      expect(() => shape?.Chart.ChartTitle.Text).toThrow(/HasTitle/);
    });
  });

  it('sets a drop-down list, and skips with a reason one that WPS cannot hold, writing the rest of the batch', async () => {
    const { state, workbook } = openSample();
    const long = Array.from({ length: 40 }, (_, index) => `自我评价用语${index}`);
    const result = await workbook.apply([
      { op: 'setValidationList', sheet: '三季度', range: 'F2:F10', list: ['完成', '序时推进'] },
      { op: 'setValidationList', sheet: '三季度', range: 'E2:E10', list: long },
      { op: 'setValidationList', sheet: '三季度', range: 'D2:D10', list: ['甲,乙'] },
      { op: 'writeBlock', sheet: '三季度', row: 0, column: 5, values: [['自我评价']] },
    ]);
    expect(result.skipped).toEqual([
      { op: 'setValidationList', reason: 'wps.unsupported.listTooLong' },
      { op: 'setValidationList', reason: 'wps.unsupported.listSeparator' },
    ]);
    expect(state.sheet('三季度')?.validations.map((validation) => validation.list)).toEqual(['完成,序时推进']);
    expect(state.cellOf('三季度', 'F1').value).toBe('自我评价');
  });
});
