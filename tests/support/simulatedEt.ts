/**
 * A simulated WPS 表格 (ET) for tests: `window.Application` of a JS 加载项, over workbooks in memory,
 * counting every call so a test can prove how many reads and writes an operation costs.
 *
 * It follows the documented behaviour of the members src/adapters/wps/etObjectModel.ts lists:
 * - WPS 开放平台, WPS 加载项 → 表格 API (open.wps.cn/docs, "Application 对象", "Range.Value2",
 *   "Range.Interior", "Range.AddComment", "Worksheets.Add", "Worksheet.Copy", "CreateTaskPane",
 *   "PluginStorage") and Kingsoft's `wps-jsapi` typings (`lib.et.d.ts`), which mirror Excel's COM model;
 * - Excel's VBA reference where those pages defer to it: `Range.Value2` (2-D array for a block, scalar for
 *   one cell; no Date type), "Enter data in a cell" (a General cell turns `=…`, `+…`, `-…`, `@…` into a
 *   formula, `40` into a number, `2021/9/30` and `2021年9月30日` into a date serial under a date format,
 *   `85%` into 0.85 under `0%`; a leading apostrophe or the text format `@` keeps text, and the
 *   apostrophe is not part of the value), `Range.NumberFormat` (null when the cells of the range do not
 *   all have the same format), `Workbook.Date1904`, `Range.AddComment` (fails on a cell that has a comment),
 *   `Worksheet.Delete` (asks for confirmation unless `DisplayAlerts` is false), `Worksheet.Copy` (the copy
 *   is named "名称 (2)" and becomes active), `Worksheet.Visible` (a very hidden sheet cannot be
 *   activated), sheet names (at most 31 characters, none of `[]:*?/\`, unique ignoring case), and
 *   protected sheets (writing a cell of one fails).
 * - WPS 表格 API reference for charts (airsheet.wps.cn/docs/apiV2/excel/workbook: "Shapes.AddChart2 方法",
 *   "Chart.SetSourceData 方法", "ChartTitle 对象": the title exists only while `HasTitle` is true);
 *   `chartsApi = false` models a WPS whose add-ins have no `Worksheet.Shapes`.
 * The wpsjs templates (npm `wpsjs`, `packages/@wps-jsapi/et`) show a 加载项 using `Application.ActiveSheet`,
 * `Application.CreateTaskPane`, `GetTaskPane` and `PluginStorage.getItem/setItem` this way.
 */
/* eslint-disable @typescript-eslint/no-this-alias -- the model's objects are literals with getters and setters (as ET's are properties), which reach their simulation through a named alias */
import { cellAddress, parseRangeAddress } from '../../src/core';
import {
  XL_COLOR_INDEX_NONE,
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  type EtApplication,
  type EtComment,
  type EtRange,
  type EtScalar,
  type EtShape,
  type EtShapes,
  type EtTaskPane,
  type EtWorkbook,
  type EtWorksheet,
  type EtWorksheets,
} from '../../src/adapters/wps/etObjectModel';

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;
const WHITE = 0xffffff;
/** `CVErr(xlErrName)` as `Value2` returns it. */
export const ET_ERROR_NAME = -2146826259;

interface SimCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  /** BGR; null: no fill. */
  fill: number | null;
  comment: string | null;
  bold: boolean;
  wrap: boolean;
  /** `'` when the text was entered with Excel's apostrophe. */
  prefix: string;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface SimSheet {
  name: string;
  validations: { area: Area; list: string }[];
  pageSetup: Record<string, unknown>;
  cells: Map<string, SimCell>;
  merges: Area[];
  columnWidths: Map<number, number>;
  frozenRows: number;
  visible: number;
  protected: boolean;
  charts: SimChart[];
}

/** A chart drawn on a sheet: its shape's place and size (points), type, source and title. */
export interface SimChart {
  name: string;
  chartType: number;
  left: number;
  top: number;
  width: number;
  height: number;
  /** The plotted range: its sheet's name when set, and its area (1-based). */
  source: { sheet: string; top: number; left: number; bottom: number; right: number } | null;
  hasTitle: boolean;
  title: string;
}

/** `XlChartType` values the simulation draws (column and bar families). */
const KNOWN_CHART_TYPES = new Set([51, 52, 53, 57, 58, 59]);
/** Default row height of a zh-CN WPS sheet, in points. */
const ROW_HEIGHT_POINTS = 13.5;

function emptyCell(): SimCell {
  return { value: null, formula: null, numberFormat: 'General', fill: null, comment: null, bold: false, wrap: false, prefix: '' };
}

function key(row: number, column: number): string {
  return `${row},${column}`;
}

function isBlank(cell: SimCell): boolean {
  return cell.value === null && cell.formula === null && cell.fill === null && cell.comment === null && cell.numberFormat === 'General' && !cell.bold && !cell.wrap;
}

/** The serial number of a day in the 1900 date system (days since 1899-12-30, from March 1900 on). */
export function serialOfDay(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/**
 * What a General cell makes of typed text (Excel's "Enter data in a cell", which WPS follows): a date
 * becomes its serial number under a date format, a percentage its fraction under `0%`.
 */
function enteredValue(text: string, numberFormat: string): Pick<SimCell, 'value' | 'formula' | 'prefix'> & { numberFormat?: string } {
  if (text.startsWith("'")) return { value: text.slice(1), formula: null, prefix: "'" };
  if (numberFormat === '@') return { value: text, formula: null, prefix: '' };
  if (/^[=+\-@]/.test(text) && text.length > 1) return { value: ET_ERROR_NAME, formula: text.startsWith('=') ? text : `=${text}`, prefix: '' };
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return { value: Number(text), formula: null, prefix: '' };
  const general = numberFormat === 'General';
  const date = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text);
  if (date) {
    const format = text.includes('年') ? 'yyyy"年"m"月"d"日"' : 'yyyy/m/d';
    return { value: serialOfDay(Number(date[1]), Number(date[2]), Number(date[3])), formula: null, prefix: '', ...(general ? { numberFormat: format } : {}) };
  }
  const percent = /^(-?\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) return { value: Number(percent[1]) / 100, formula: null, prefix: '', ...(general ? { numberFormat: '0%' } : {}) };
  return { value: text, formula: null, prefix: '' };
}

export class SimulatedEt {
  /** Calls by member (`Range.Value2.get`, `Worksheet.Copy`, …). */
  readonly calls = new Map<string, number>();
  readonly workbooks: SimWorkbookState[] = [];
  readonly taskPanes: { id: string; url: string; title: string; pane: EtTaskPane }[] = [];
  private readonly storage = new Map<string, unknown>();
  displayAlerts = true;
  /** False: a WPS build whose JSAPI has no `Worksheet.Shapes` (no charts for add-ins). */
  chartsApi = true;
  /** True: `Chart.SetSourceData` fails, as WPS does on a source it cannot plot. */
  refuseChartSource = false;
  activeWorkbookIndex = 0;

  count(member: string): void {
    this.calls.set(member, (this.calls.get(member) ?? 0) + 1);
  }

  callsOf(member: string): number {
    return this.calls.get(member) ?? 0;
  }

  resetCalls(): void {
    this.calls.clear();
  }

  /** Opens a workbook with these sheets (rows of values as typed into General cells, kept as given). */
  openWorkbook(name: string, sheets: Record<string, readonly (readonly (string | number | boolean | null)[])[]>, options: { readOnly?: boolean; date1904?: boolean } = {}): SimWorkbookState {
    const state = new SimWorkbookState(this, name, options.readOnly ?? false, options.date1904 ?? false);
    for (const [sheetName, rows] of Object.entries(sheets)) {
      const sheet = state.addSheetState(sheetName, state.sheets.length);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value === null) return;
          sheet.cells.set(key(r + 1, c + 1), { ...emptyCell(), value });
        }),
      );
    }
    state.activeSheet = state.sheets[0] ?? null;
    this.workbooks.push(state);
    this.activeWorkbookIndex = this.workbooks.length - 1;
    return state;
  }

  /** The `window.Application` a 加载项 page sees. */
  application(): EtApplication {
    const simulation = this;
    return {
      get DisplayAlerts() {
        return simulation.displayAlerts;
      },
      set DisplayAlerts(value: boolean) {
        simulation.count('Application.DisplayAlerts.set');
        simulation.displayAlerts = value;
      },
      get ActiveWorkbook() {
        simulation.count('Application.ActiveWorkbook');
        return simulation.workbooks[simulation.activeWorkbookIndex]?.workbook() ?? null;
      },
      get ActiveSheet() {
        simulation.count('Application.ActiveSheet');
        const state = simulation.workbooks[simulation.activeWorkbookIndex];
        return state?.activeSheet ? state.worksheet(state.activeSheet) : null;
      },
      get ActiveWindow() {
        const state = simulation.workbooks[simulation.activeWorkbookIndex];
        if (!state) return null;
        return {
          SplitRow: 0,
          get FreezePanes() {
            return (state.activeSheet?.frozenRows ?? 0) > 0;
          },
          set FreezePanes(value: boolean) {
            simulation.count('Window.FreezePanes.set');
            if (state.activeSheet) state.activeSheet.frozenRows = value ? this.SplitRow : 0;
          },
        };
      },
      CreateTaskPane(url: string, title = '') {
        simulation.count('Application.CreateTaskPane');
        const id = `pane-${simulation.taskPanes.length + 1}`;
        const pane: EtTaskPane = { ID: id, Visible: false, DockPosition: 2 };
        simulation.taskPanes.push({ id, url, title, pane });
        return pane;
      },
      GetTaskPane(id: string) {
        simulation.count('Application.GetTaskPane');
        return simulation.taskPanes.find((pane) => pane.id === id)?.pane ?? null;
      },
      PluginStorage: {
        getItem: (name: string) => simulation.storage.get(name) ?? null,
        setItem: (name: string, value: unknown) => void simulation.storage.set(name, value),
      },
    };
  }
}

export class SimWorkbookState {
  readonly sheets: SimSheet[] = [];
  activeSheet: SimSheet | null = null;

  constructor(
    readonly simulation: SimulatedEt,
    readonly name: string,
    readonly readOnly: boolean,
    readonly date1904: boolean = false,
  ) {}

  sheet(name: string): SimSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): SimSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`下标越界 (subscript out of range): ${name}`);
    return sheet;
  }

  protect(name: string): void {
    this.requireSheet(name).protected = true;
  }

  /** Text of a cell as the user sees it (no apostrophe), or '' when empty. */
  cellOf(sheetName: string, address: string): SimCell {
    const position = parseRangeAddress(address);
    if (!position) throw new Error(`not a cell: ${address}`);
    return this.requireSheet(sheetName).cells.get(key(position.top + 1, position.left + 1)) ?? emptyCell();
  }

  checkName(name: string, except: SimSheet | null): void {
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`工作表名称无效: ${name}`);
    const clash = this.sheet(name);
    if (clash && clash !== except) throw new Error(`工作表名称已被占用: ${name}`);
  }

  addSheetState(name: string, position: number): SimSheet {
    this.checkName(name, null);
    const sheet: SimSheet = { name, validations: [], pageSetup: {}, cells: new Map(), merges: [], columnWidths: new Map(), frozenRows: 0, visible: XL_SHEET_VISIBLE, protected: false, charts: [] };
    this.sheets.splice(position, 0, sheet);
    return sheet;
  }

  workbook(): EtWorkbook {
    const state = this;
    return {
      Name: state.name,
      ReadOnly: state.readOnly,
      Date1904: state.date1904,
      get Worksheets() {
        return state.worksheets();
      },
    };
  }

  worksheets(): EtWorksheets {
    const state = this;
    const simulation = this.simulation;
    return {
      get Count() {
        return state.sheets.length;
      },
      Item(index: number | string) {
        simulation.count('Worksheets.Item');
        const sheet = typeof index === 'number' ? state.sheets[index - 1] : state.sheet(index);
        if (!sheet) throw new Error(`下标越界 (subscript out of range): ${index}`);
        return state.worksheet(sheet);
      },
      Add(before?: EtWorksheet, after?: EtWorksheet) {
        simulation.count('Worksheets.Add');
        let number = state.sheets.length + 1;
        while (state.sheet(`Sheet${number}`)) number += 1;
        const position = state.positionFor(before, after);
        const sheet = state.addSheetState(`Sheet${number}`, position);
        state.activeSheet = sheet;
        return state.worksheet(sheet);
      },
    };
  }

  /** Where a sheet placed before/after another goes; by default before the active sheet, as Excel does. */
  positionFor(before?: EtWorksheet, after?: EtWorksheet): number {
    if (before) return this.sheets.indexOf(this.requireSheet(before.Name));
    if (after) return this.sheets.indexOf(this.requireSheet(after.Name)) + 1;
    return this.activeSheet ? this.sheets.indexOf(this.activeSheet) : 0;
  }

  /** `Worksheet.Shapes`: the sheet's charts (WPS 表格 API: Shapes.AddChart2, Shape.Chart, Chart.SetSourceData, ChartTitle). */
  shapes(sheet: SimSheet): EtShapes {
    const state = this;
    const simulation = this.simulation;
    const shapeOf = (chart: SimChart): EtShape => ({
      get Name() {
        return chart.name;
      },
      HasChart: true,
      get Chart() {
        return {
          SetSourceData(source: EtRange, plotBy?: number) {
            simulation.count('Chart.SetSourceData');
            if (!(source instanceof SimRange)) throw new Error('SetSourceData: the source is not a range of this workbook');
            if (plotBy !== undefined && plotBy !== 1 && plotBy !== 2) throw new Error(`SetSourceData: PlotBy ${plotBy} is not an XlRowCol`);
            if (simulation.refuseChartSource) throw new Error('SetSourceData: 无法绘制此数据');
            chart.source = source.describe();
          },
          get HasTitle() {
            return chart.hasTitle;
          },
          set HasTitle(value: boolean) {
            simulation.count('Chart.HasTitle.set');
            chart.hasTitle = value;
          },
          get ChartTitle() {
            // "只有图表的 HasTitle 属性为 True 时, ChartTitle 对象才存在" (WPS 表格 API, ChartTitle 对象).
            if (!chart.hasTitle) throw new Error('ChartTitle: the chart has no title (HasTitle is false)');
            return {
              get Text() {
                return chart.title;
              },
              set Text(text: string) {
                simulation.count('ChartTitle.Text.set');
                chart.title = text;
              },
            };
          },
        };
      },
      Delete() {
        simulation.count('Shape.Delete');
        sheet.charts = sheet.charts.filter((other) => other !== chart);
      },
    });
    return {
      get Count() {
        return sheet.charts.length;
      },
      Item(index: number | string) {
        const chart = typeof index === 'number' ? sheet.charts[index - 1] : sheet.charts.find((other) => other.name === index);
        if (!chart) throw new Error(`下标越界 (subscript out of range): ${index}`);
        return shapeOf(chart);
      },
      AddChart2(style: number | null, chartType: number, left: number, top: number, width: number, height: number) {
        simulation.count('Shapes.AddChart2');
        if (!state.sheets.includes(sheet)) throw new Error(`对象已被删除 (object deleted): ${sheet.name}`);
        if (sheet.protected) throw new Error(`您试图更改的单元格或图表受保护: ${sheet.name}`);
        if (style !== null && (!Number.isInteger(style) || style < -1)) throw new Error(`AddChart2: style ${style}`);
        if (!KNOWN_CHART_TYPES.has(chartType)) throw new Error(`AddChart2: chart type ${chartType} is not drawn here`);
        if (![left, top, width, height].every((value) => Number.isFinite(value) && value >= 0)) throw new Error('AddChart2: place and size are points ≥ 0');
        let number = sheet.charts.length + 1;
        while (sheet.charts.some((other) => other.name === `图表 ${number}`)) number += 1;
        // A new chart has no data until SetSourceData (WPS draws an empty chart area), and no title.
        const chart: SimChart = { name: `图表 ${number}`, chartType, left, top, width, height, source: null, hasTitle: false, title: '' };
        sheet.charts.push(chart);
        return shapeOf(chart);
      },
    };
  }

  worksheet(sheet: SimSheet): EtWorksheet {
    const state = this;
    const simulation = this.simulation;
    const live = () => {
      if (!state.sheets.includes(sheet)) throw new Error(`对象已被删除 (object deleted): ${sheet.name}`);
      return sheet;
    };
    return {
      get Name() {
        return live().name;
      },
      set Name(name: string) {
        simulation.count('Worksheet.Name.set');
        state.checkName(name, live());
        sheet.name = name;
      },
      get Index() {
        return state.sheets.indexOf(live()) + 1;
      },
      get Visible() {
        return live().visible;
      },
      set Visible(value: number) {
        simulation.count('Worksheet.Visible.set');
        if (value !== XL_SHEET_VISIBLE && state.sheets.filter((other) => other.visible === XL_SHEET_VISIBLE && other !== sheet).length === 0) {
          throw new Error('工作簿中至少要有一张可见的工作表');
        }
        live().visible = value;
        if (value !== XL_SHEET_VISIBLE && state.activeSheet === sheet) state.activeSheet = state.sheets.find((other) => other.visible === XL_SHEET_VISIBLE) ?? null;
      },
      get ProtectContents() {
        return live().protected;
      },
      get UsedRange() {
        simulation.count('Worksheet.UsedRange');
        return new SimRange(state, live(), usedArea(sheet));
      },
      get PageSetup() {
        const setup = live().pageSetup;
        return new Proxy(
          {},
          {
            get: (_, property) => setup[String(property)],
            set: (_, property, value) => {
              simulation.count('PageSetup.set');
              setup[String(property)] = value;
              return true;
            },
          },
        ) as EtWorksheet['PageSetup'];
      },
      get Cells() {
        return new SimRange(state, live(), { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS });
      },
      get Shapes() {
        return simulation.chartsApi ? state.shapes(live()) : undefined;
      },
      Range(address: string) {
        simulation.count('Worksheet.Range');
        return new SimRange(state, live(), areaOf(address));
      },
      Activate() {
        simulation.count('Worksheet.Activate');
        if (live().visible === XL_SHEET_VERY_HIDDEN) throw new Error(`不能激活隐藏的工作表: ${sheet.name}`);
        state.activeSheet = sheet;
      },
      Delete() {
        simulation.count('Worksheet.Delete');
        live();
        if (simulation.displayAlerts) throw new Error('Worksheet.Delete is waiting for the user to confirm (DisplayAlerts is true)');
        if (state.sheets.filter((other) => other.visible === XL_SHEET_VISIBLE && other !== sheet).length === 0) throw new Error('工作簿中至少要有一张可见的工作表');
        state.sheets.splice(state.sheets.indexOf(sheet), 1);
        if (state.activeSheet === sheet) state.activeSheet = state.sheets.find((other) => other.visible === XL_SHEET_VISIBLE) ?? null;
      },
      Copy(before?: EtWorksheet, after?: EtWorksheet) {
        simulation.count('Worksheet.Copy');
        const source = live();
        let number = 2;
        const stem = source.name.slice(0, 26);
        while (state.sheet(`${stem} (${number})`)) number += 1;
        const copy = state.addSheetState(`${stem} (${number})`, state.positionFor(before, after));
        source.cells.forEach((cell, cellKey) => copy.cells.set(cellKey, { ...cell }));
        copy.merges = source.merges.map((merge) => ({ ...merge }));
        copy.columnWidths = new Map(source.columnWidths);
        copy.frozenRows = source.frozenRows;
        copy.validations = source.validations.map((validation) => ({ ...validation }));
        copy.pageSetup = { ...source.pageSetup };
        copy.charts = source.charts.map((chart) => ({ ...chart, source: chart.source && { ...chart.source } }));
        copy.visible = source.visible === XL_SHEET_VERY_HIDDEN ? XL_SHEET_VERY_HIDDEN : XL_SHEET_VISIBLE;
        if (copy.visible === XL_SHEET_VISIBLE) state.activeSheet = copy;
      },
      Move(before?: EtWorksheet, after?: EtWorksheet) {
        simulation.count('Worksheet.Move');
        const moving = live();
        state.sheets.splice(state.sheets.indexOf(moving), 1);
        state.sheets.splice(state.positionFor(before, after), 0, moving);
      },
    };
  }
}

function areaOf(address: string): Area {
  const position = parseRangeAddress(address.replace(/\$/g, ''));
  if (!position) throw new Error(`引用无效 (bad reference): ${address}`);
  return { top: position.top + 1, left: position.left + 1, bottom: position.bottom + 1, right: position.right + 1 };
}

function usedArea(sheet: SimSheet): Area {
  let area: Area | null = null;
  for (const [cellKey, cell] of sheet.cells) {
    if (isBlank(cell)) continue;
    const [row = 1, column = 1] = cellKey.split(',').map(Number);
    area = area
      ? { top: Math.min(area.top, row), left: Math.min(area.left, column), bottom: Math.max(area.bottom, row), right: Math.max(area.right, column) }
      : { top: row, left: column, bottom: row, right: column };
  }
  return area ?? { top: 1, left: 1, bottom: 1, right: 1 };
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function contains(outer: Area, inner: Area): boolean {
  return outer.top <= inner.top && outer.left <= inner.left && outer.bottom >= inner.bottom && outer.right >= inner.right;
}

class SimRange implements EtRange {
  constructor(
    private readonly state: SimWorkbookState,
    private readonly sheet: SimSheet,
    private readonly area: Area,
  ) {}

  private get simulation(): SimulatedEt {
    return this.state.simulation;
  }

  private live(): SimSheet {
    if (!this.state.sheets.includes(this.sheet)) throw new Error(`对象已被删除 (object deleted): ${this.sheet.name}`);
    return this.sheet;
  }

  private forEachCell(visit: (row: number, column: number) => void): void {
    const { top, left, bottom, right } = this.area;
    if ((bottom - top + 1) * (right - left + 1) > 5_000_000) throw new Error('the simulation refuses to visit a whole sheet cell by cell');
    for (let row = top; row <= bottom; row += 1) for (let column = left; column <= right; column += 1) visit(row, column);
  }

  private cell(row: number, column: number): SimCell {
    const cells = this.live().cells;
    const existing = cells.get(key(row, column));
    if (existing) return existing;
    const created = emptyCell();
    cells.set(key(row, column), created);
    return created;
  }

  private peek(row: number, column: number): SimCell {
    return this.live().cells.get(key(row, column)) ?? emptyCell();
  }

  private refuseWhenProtected(): void {
    if (this.live().protected) throw new Error(`您试图更改的单元格或图表受保护: ${this.sheet.name}`);
  }

  get Row() {
    return this.area.top;
  }

  /** Points from column A's left edge: column widths (characters) at about 5.25 points each plus padding. */
  get Left() {
    let points = 0;
    for (let column = 1; column < this.area.left; column += 1) points += ((this.live().columnWidths.get(column) ?? 8.38) * 7 + 5) * 0.75;
    return points;
  }

  get Top() {
    return (this.area.top - 1) * ROW_HEIGHT_POINTS;
  }

  /** The sheet and area, for a chart's source. */
  describe(): { sheet: string; top: number; left: number; bottom: number; right: number } {
    return { sheet: this.live().name, ...this.area };
  }

  get Column() {
    return this.area.left;
  }

  get Rows() {
    return { Count: this.area.bottom - this.area.top + 1 };
  }

  get Columns() {
    return { Count: this.area.right - this.area.left + 1 };
  }

  get Value2(): EtScalar | EtScalar[][] {
    this.simulation.count('Range.Value2.get');
    const scalarOf = (cell: SimCell) => cell.value;
    if (this.area.top === this.area.bottom && this.area.left === this.area.right) return scalarOf(this.peek(this.area.top, this.area.left));
    const rows: EtScalar[][] = [];
    for (let row = this.area.top; row <= this.area.bottom; row += 1) {
      const values: EtScalar[] = [];
      for (let column = this.area.left; column <= this.area.right; column += 1) values.push(scalarOf(this.peek(row, column)));
      rows.push(values);
    }
    return rows;
  }

  set Value2(input: EtScalar | EtScalar[][]) {
    this.simulation.count('Range.Value2.set');
    this.refuseWhenProtected();
    const height = this.area.bottom - this.area.top + 1;
    const width = this.area.right - this.area.left + 1;
    if (Array.isArray(input) && (input.length !== height || input.some((row) => !Array.isArray(row) || row.length !== width))) {
      throw new Error(`Value2: a ${input.length}-row array does not fit ${height}×${width} cells`);
    }
    this.forEachCell((row, column) => {
      const value = Array.isArray(input) ? input[row - this.area.top]?.[column - this.area.left] : input;
      const cell = this.cell(row, column);
      if (value === null || value === undefined || value === '') Object.assign(cell, { value: null, formula: null, prefix: '' });
      else if (typeof value === 'string') Object.assign(cell, enteredValue(value, cell.numberFormat));
      else Object.assign(cell, { value, formula: null, prefix: '' });
    });
  }

  get NumberFormat(): string {
    this.simulation.count('Range.NumberFormat.get');
    const formats = new Set<string>();
    this.forEachCell((row, column) => formats.add(this.peek(row, column).numberFormat));
    return formats.size === 1 ? [...formats][0] ?? 'General' : (null as unknown as string);
  }

  set NumberFormat(format: string) {
    this.simulation.count('Range.NumberFormat.set');
    this.refuseWhenProtected();
    this.forEachCell((row, column) => {
      this.cell(row, column).numberFormat = format;
    });
  }

  get Interior() {
    const range = this;
    return {
      get Color() {
        range.simulation.count('Interior.Color.get');
        return range.peek(range.area.top, range.area.left).fill ?? WHITE;
      },
      set Color(color: number) {
        range.simulation.count('Interior.Color.set');
        range.refuseWhenProtected();
        range.forEachCell((row, column) => {
          range.cell(row, column).fill = color;
        });
      },
      get ColorIndex() {
        range.simulation.count('Interior.ColorIndex.get');
        return range.peek(range.area.top, range.area.left).fill === null ? XL_COLOR_INDEX_NONE : 1;
      },
      set ColorIndex(index: number) {
        range.simulation.count('Interior.ColorIndex.set');
        range.refuseWhenProtected();
        if (index !== XL_COLOR_INDEX_NONE) throw new Error('the simulation only clears fills by ColorIndex');
        range.forEachCell((row, column) => {
          range.cell(row, column).fill = null;
        });
      },
    };
  }

  get Font() {
    const range = this;
    return {
      get Bold() {
        return range.peek(range.area.top, range.area.left).bold;
      },
      set Bold(bold: boolean) {
        range.simulation.count('Font.Bold.set');
        range.forEachCell((row, column) => {
          range.cell(row, column).bold = bold;
        });
      },
      Color: 0,
      Size: 11,
    };
  }

  get WrapText() {
    return this.peek(this.area.top, this.area.left).wrap;
  }

  set WrapText(wrap: boolean) {
    this.simulation.count('Range.WrapText.set');
    this.forEachCell((row, column) => {
      this.cell(row, column).wrap = wrap;
    });
  }

  get ColumnWidth() {
    return this.live().columnWidths.get(this.area.left) ?? 8.38;
  }

  set ColumnWidth(width: number) {
    this.simulation.count('Range.ColumnWidth.set');
    for (let column = this.area.left; column <= this.area.right; column += 1) this.live().columnWidths.set(column, width);
  }

  get Borders() {
    return {
      set LineStyle(_style: number) {
        // Borders are drawn and not read back by Jindu; the simulation only accepts the call.
      },
      get LineStyle() {
        return 0;
      },
    };
  }

  get Validation() {
    const range = this;
    return {
      Delete() {
        range.simulation.count('Validation.Delete');
        range.live().validations = range.live().validations.filter((validation) => !overlaps(validation.area, range.area));
      },
      Add(type: number, _alertStyle: number, _operator: number, formula1: string) {
        range.simulation.count('Validation.Add');
        if (type !== 3) throw new Error('the simulation knows list validation only');
        if (range.live().validations.some((validation) => overlaps(validation.area, range.area))) throw new Error('Validation.Add: the cells already have validation');
        if (formula1.length > 255) throw new Error('Validation.Add: a list longer than 255 characters');
        range.live().validations.push({ area: { ...range.area }, list: formula1 });
      },
    };
  }

  HorizontalAlignment = 1;
  VerticalAlignment = 1;

  get Comment(): EtComment | null {
    this.simulation.count('Range.Comment.get');
    const cell = this.peek(this.area.top, this.area.left);
    return cell.comment === null ? null : this.commentOf(this.area.top, this.area.left);
  }

  private commentOf(row: number, column: number): EtComment {
    const range = this;
    return {
      Text(text?: string) {
        range.simulation.count('Comment.Text');
        const cell = range.cell(row, column);
        if (text !== undefined) cell.comment = text;
        return cell.comment ?? '';
      },
      Delete() {
        range.simulation.count('Comment.Delete');
        range.cell(row, column).comment = null;
      },
    };
  }

  AddComment(text: string): EtComment {
    this.simulation.count('Range.AddComment');
    this.refuseWhenProtected();
    const cell = this.cell(this.area.top, this.area.left);
    if (cell.comment !== null) throw new Error('AddComment: the cell already has a comment');
    cell.comment = text;
    return this.commentOf(this.area.top, this.area.left);
  }

  ClearComments(): void {
    this.simulation.count('Range.ClearComments');
    this.forEachCell((row, column) => {
      const cell = this.live().cells.get(key(row, column));
      if (cell) cell.comment = null;
    });
  }

  get MergeCells(): boolean | null {
    this.simulation.count('Range.MergeCells.get');
    const touching = this.live().merges.filter((merge) => overlaps(merge, this.area));
    if (touching.length === 0) return false;
    return touching.some((merge) => contains(merge, this.area) || contains(this.area, merge)) && touching.length === 1 ? true : null;
  }

  get MergeArea(): EtRange {
    this.simulation.count('Range.MergeArea');
    const merge = this.live().merges.find((area) => overlaps(area, { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left }));
    return new SimRange(this.state, this.sheet, merge ?? { top: this.area.top, left: this.area.left, bottom: this.area.top, right: this.area.left });
  }

  get EntireRow(): EtRange {
    return new SimRange(this.state, this.sheet, { top: this.area.top, left: 1, bottom: this.area.bottom, right: MAX_COLUMNS });
  }

  Delete(): void {
    this.simulation.count('Range.Delete');
    this.refuseWhenProtected();
    if (this.area.left !== 1 || this.area.right !== MAX_COLUMNS) throw new Error('the simulation deletes whole rows only');
    const sheet = this.live();
    const count = this.area.bottom - this.area.top + 1;
    const moved = new Map<string, SimCell>();
    for (const [cellKey, cell] of sheet.cells) {
      const [row = 1, column = 1] = cellKey.split(',').map(Number);
      if (row < this.area.top) moved.set(cellKey, cell);
      else if (row > this.area.bottom) moved.set(key(row - count, column), cell);
    }
    sheet.cells = moved;
    sheet.merges = sheet.merges
      .filter((merge) => merge.bottom < this.area.top || merge.top > this.area.bottom)
      .map((merge) => (merge.top > this.area.bottom ? { ...merge, top: merge.top - count, bottom: merge.bottom - count } : merge));
  }

  Merge(): void {
    this.simulation.count('Range.Merge');
    this.refuseWhenProtected();
    const sheet = this.live();
    sheet.merges = sheet.merges.filter((merge) => !overlaps(merge, this.area));
    sheet.merges.push({ ...this.area });
  }

  Select(): void {
    this.simulation.count('Range.Select');
    if (this.state.activeSheet !== this.live()) throw new Error('Select: the range is not on the active sheet');
  }

  Copy(destination: EtRange): void {
    this.simulation.count('Range.Copy');
    if (!(destination instanceof SimRange)) throw new Error('Copy: destination is not a range of this workbook');
    destination.refuseWhenProtected();
    const target = destination.live();
    const source = this.live();
    const rowShift = destination.area.top - this.area.top;
    const columnShift = destination.area.left - this.area.left;
    const targetArea = { top: this.area.top + rowShift, left: this.area.left + columnShift, bottom: this.area.bottom + rowShift, right: this.area.right + columnShift };
    for (const cellKey of [...target.cells.keys()]) {
      const [row = 1, column = 1] = cellKey.split(',').map(Number);
      if (contains(targetArea, { top: row, left: column, bottom: row, right: column })) target.cells.delete(cellKey);
    }
    for (const [cellKey, cell] of source.cells) {
      const [row = 1, column = 1] = cellKey.split(',').map(Number);
      if (contains(this.area, { top: row, left: column, bottom: row, right: column })) target.cells.set(key(row + rowShift, column + columnShift), { ...cell });
    }
    target.merges = [
      ...target.merges.filter((merge) => !overlaps(merge, targetArea)),
      ...source.merges.filter((merge) => contains(this.area, merge)).map((merge) => ({ top: merge.top + rowShift, left: merge.left + columnShift, bottom: merge.bottom + rowShift, right: merge.right + columnShift })),
    ];
    target.validations = [
      ...target.validations.filter((validation) => !overlaps(validation.area, targetArea)),
      ...source.validations
        .filter((validation) => contains(this.area, validation.area))
        .map((validation) => ({ list: validation.list, area: { top: validation.area.top + rowShift, left: validation.area.left + columnShift, bottom: validation.area.bottom + rowShift, right: validation.area.right + columnShift } })),
    ];
    if (this.area.top === 1 && this.area.bottom === MAX_ROWS) {
      // Whole columns carry their widths.
      for (let column = this.area.left; column <= this.area.right; column += 1) {
        const width = source.columnWidths.get(column);
        if (width === undefined) target.columnWidths.delete(column + columnShift);
        else target.columnWidths.set(column + columnShift, width);
      }
    }
  }

  Address(): string {
    const start = cellAddress(this.area.top - 1, this.area.left - 1).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    if (this.area.top === this.area.bottom && this.area.left === this.area.right) return start;
    return `${start}:${cellAddress(this.area.bottom - 1, this.area.right - 1).replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}`;
  }
}
