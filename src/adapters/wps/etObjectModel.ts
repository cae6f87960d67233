/**
 * The part of WPS 表格's JS object model (ET, "wps.EtApplication()") that Jindu uses, typed. It is
 * Kingsoft's copy of the Excel COM object model, synchronous, exposed to a JS 加载项 page as
 * `window.Application`: Kingsoft's `wps-jsapi` type package (`lib.et.d.ts`) and the WPS 开放平台
 * documentation (open.wps.cn → WPS 加载项 → 表格 API: Application, Workbook, Worksheets, Worksheet, Range,
 * Interior, Comment) describe these members; where they are silent, Excel's VBA reference (which they
 * follow name for name) does: `Range.Value2` is a 2-D array for a block and a scalar for one cell;
 * colours are BGR numbers; `Worksheet.Visible` is an `XlSheetVisibility`. Charts follow WPS's 表格 API
 * reference (Shapes.AddChart2 方法, Chart.SetSourceData 方法, ChartTitle 对象: `HasTitle = true`, then
 * `ChartTitle.Text`), the same members as Excel's `Shapes.AddChart2`.
 *
 * Only what is listed here is called, so the simulation in tests/support/simulatedEt.ts models exactly
 * this surface.
 */

/** `XlSheetVisibility`. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** `XlColorIndex.xlColorIndexNone`: a cell without fill. */
export const XL_COLOR_INDEX_NONE = -4142;
/** `XlDeleteShiftDirection.xlShiftUp`. */
export const XL_SHIFT_UP = -4162;

/** One cell's scalar as `Value2` gives it: no dates (serial numbers), errors as numbers (CVErr codes). */
export type EtScalar = string | number | boolean | null | undefined;

export interface EtInterior {
  /** BGR colour (`RGB(r, g, b)` = r + g·256 + b·65536). */
  Color: number;
  ColorIndex: number;
}

export interface EtComment {
  Text(text?: string): string;
  Delete(): void;
}

export interface EtFont {
  Bold: boolean;
  Color: number;
  Size: number;
}

export interface EtRange {
  /** A block: rows of cells; one cell: its scalar. Assigning a 2-D array writes the block in one call. */
  Value2: EtScalar | EtScalar[][];
  /** The cells' number format; null when the cells of the range have different ones. */
  NumberFormat: string;
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  /** The cell's comment (批注), or null. */
  readonly Comment: EtComment | null;
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly EntireRow: EtRange;
  readonly Borders: { LineStyle: number };
  readonly Validation: EtValidation;
  WrapText: boolean;
  /** Distance from column A's left edge and from row 1's top edge, in points (where a chart is placed). */
  readonly Left: number;
  readonly Top: number;
  ColumnWidth: number;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  AddComment(text: string): EtComment;
  ClearComments(): void;
  Delete(shift?: number): void;
  Merge(): void;
  Select(): void;
  /** Copies values, formats, comments and merges to `destination` (its top-left cell suffices). */
  Copy(destination: EtRange): void;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
}

/** `XlDVType.xlValidateList`, `XlDVAlertStyle.xlValidAlertStop`, `XlFormatConditionOperator.xlBetween`. */
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_BETWEEN = 1;
/** `XlLineStyle.xlContinuous`. */
export const XL_CONTINUOUS = 1;
/** `XlPageOrientation`, `XlPaperSize.xlPaperA4`. */
export const XL_PORTRAIT = 1;
export const XL_LANDSCAPE = 2;
export const XL_PAPER_A4 = 9;
/** `XlHAlign` / `XlVAlign`. */
export const XL_ALIGN = { left: -4131, center: -4108, right: -4152, top: -4160, bottom: -4107 } as const;

export interface EtValidation {
  Delete(): void;
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  PrintTitleRows: string;
  Zoom: number | false;
  FitToPagesWide: number | false;
  FitToPagesTall: number | false;
}

/** `XlChartType`: `xlColumnClustered`, `xlBarStacked`. */
export const XL_COLUMN_CLUSTERED = 51;
export const XL_BAR_STACKED = 58;
/** `XlRowCol.xlColumns`: each column of the source is a series. */
export const XL_COLUMNS = 2;

export interface EtChartTitle {
  Text: string;
}

export interface EtChart {
  /** Plots `source` (its first row names the series, its first column the categories). */
  SetSourceData(source: EtRange, plotBy?: number): void;
  /** The title exists only while HasTitle is true. */
  HasTitle: boolean;
  readonly ChartTitle: EtChartTitle;
}

export interface EtShape {
  readonly Name: string;
  readonly HasChart: boolean;
  readonly Chart: EtChart;
  Delete(): void;
}

export interface EtShapes {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtShape;
  /**
   * Adds a chart of `chartType` at `left`/`top` (points), `width`×`height` points; `style` null for the
   * type's default look (WPS's own example passes null).
   */
  AddChart2(style: number | null, chartType: number, left: number, top: number, width: number, height: number): EtShape;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  Visible: number;
  /** The sheet is protected against edits of cell contents. */
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly PageSetup: EtPageSetup;
  /** Charts and other drawings on the sheet; absent in WPS builds whose JSAPI has no charts. */
  readonly Shapes?: EtShapes;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
  /** Places a copy before or after a sheet; the copy becomes the active sheet. */
  Copy(before?: EtWorksheet, after?: EtWorksheet): void;
  Move(before?: EtWorksheet, after?: EtWorksheet): void;
}

export interface EtWorksheets {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtWorksheet;
  Add(before?: EtWorksheet, after?: EtWorksheet): EtWorksheet;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtWorksheets;
  /** Read-only file (opened read-only or locked by another user). */
  readonly ReadOnly: boolean;
  /** The workbook counts dates from 1904 (old Mac workbooks), as `Workbook.Date1904` in Excel's model. */
  readonly Date1904?: boolean;
}

export interface EtWindow {
  SplitRow: number;
  FreezePanes: boolean;
}

export interface EtTaskPane {
  readonly ID: string;
  Visible: boolean;
  DockPosition: number;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

export interface EtApplication {
  /** While true, `Worksheet.Delete` stops at a confirmation prompt, as in Excel. */
  DisplayAlerts: boolean;
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
  /** Opens a task pane on a page of this 加载项 (an absolute URL or one relative to its index page). */
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: string): EtTaskPane | null;
  /** Key-value store shared by the pages of one 加载项 while WPS runs (not saved with documents). */
  readonly PluginStorage: EtPluginStorage;
  /** `zh-CN`-style tag of WPS's interface language (`Application.LanguageSettings`, where present). */
  readonly Build?: string;
}
