/**
 * The workbook ports over WPS 表格's object model. ET is synchronous and each member access crosses into
 * WPS, so a sheet is read with one `Value2` of its whole used area from A1 and a block is written with one
 * `Value2` assignment. Text goes in behind Excel's apostrophe, so `=…`, `+…`, `-…`, `@…` and digits stay
 * text. Sheets are copied whole (`Worksheet.Copy`) for exact undo, as the Excel host does.
 */
import {
  cellAddress,
  columnLetters,
  parseRangeAddress,
  rangeAddress,
  displayTextOf,
  type CellFormat,
  type CellValue,
  type MergedArea,
  type PageSetup,
  type SheetGrid,
  type SheetInfo,
  type Workbook,
  type WorkbookOperation,
  type WritableValue,
  type WriteResult,
} from '../../core';
import type { BackedUpWrite, BackupRequest, SheetBackup, SheetBackupStore } from '../../app/undo/sheetBackups';
import {
  XL_ALIGN,
  XL_BETWEEN,
  XL_COLOR_INDEX_NONE,
  XL_CONTINUOUS,
  XL_LANDSCAPE,
  XL_PAPER_A4,
  XL_PORTRAIT,
  XL_SHEET_HIDDEN,
  XL_SHEET_VERY_HIDDEN,
  XL_SHEET_VISIBLE,
  XL_SHIFT_UP,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_LIST,
  XL_BAR_STACKED,
  XL_COLUMN_CLUSTERED,
  XL_COLUMNS,
  type EtApplication,
  type EtShape,
  type EtRange,
  type EtScalar,
  type EtWorkbook,
  type EtWorksheet,
} from './etObjectModel';
import { WpsWorkbookError } from './wpsErrors';
import { shownText } from './shownNumbers';

/** Sheets Jindu keeps for itself (settings, undo copies): never listed, never read as reports. */
export const OWN_SHEET_PREFIX = '_jindu_';
const BACKUP_PREFIX = `${OWN_SHEET_PREFIX}undo_`;

/** `CVErr` codes as `Value2` returns them, with the error Excel and WPS display. */
const ERROR_OF_CODE: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** `#RRGGBB` → ET's BGR number. */
export function bgrOf(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #RRGGBB colour: ${hex}`);
  return parseInt(match[1] ?? '0', 16) + parseInt(match[2] ?? '0', 16) * 256 + parseInt(match[3] ?? '0', 16) * 65536;
}

/** ET's BGR number → `#RRGGBB`. */
export function hexOf(bgr: number): string {
  const part = (value: number) => (value & 0xff).toString(16).padStart(2, '0').toUpperCase();
  return `#${part(bgr)}${part(bgr >> 8)}${part(bgr >> 16)}`;
}

/**
 * What a cell receives for a value: text behind an apostrophe (Excel's "this is text" convention, which
 * WPS keeps; the apostrophe is not part of the value), so no text becomes a formula, number or date.
 */
export function etValueOf(value: WritableValue): EtScalar {
  if (typeof value === 'string') return value === '' ? null : `'${value}`;
  return value;
}

function cellValueOf(value: EtScalar): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') {
    const error = ERROR_OF_CODE.get(value);
    return error === undefined ? value : { error };
  }
  return value;
}

export class WpsWorkbook implements Workbook, SheetBackupStore {
  constructor(
    private readonly application: EtApplication,
    /** The workbook the pane belongs to; the active one when not given. */
    private readonly pinned: EtWorkbook | null = null,
  ) {}

  book(): EtWorkbook {
    const book = this.pinned ?? this.application.ActiveWorkbook;
    if (!book) throw new WpsWorkbookError('wps.noWorkbook');
    return book;
  }

  private sheets(): EtWorksheet[] {
    const worksheets = this.book().Worksheets;
    const count = worksheets.Count;
    return Array.from({ length: count }, (_, index) => worksheets.Item(index + 1));
  }

  private findSheet(name: string): EtWorksheet | null {
    return this.sheets().find((sheet) => sheet.Name === name) ?? null;
  }

  requireSheet(name: string): EtWorksheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new WpsWorkbookError('sheet.notFound', { sheet: name });
    return sheet;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets()
      .filter((sheet) => !sheet.Name.startsWith(OWN_SHEET_PREFIX))
      .map((sheet) => ({ name: sheet.Name, visible: sheet.Visible === XL_SHEET_VISIBLE, protected: sheet.ProtectContents }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    return readGrid(this.requireSheet(name), { date1904: this.book().Date1904 === true });
  }

  async apply(operations: readonly WorkbookOperation[]): Promise<WriteResult> {
    return this.applyInWps(operations);
  }

  private applyInWps(operations: readonly WorkbookOperation[], before?: () => void): WriteResult {
    this.refuseProtected(operations);
    const active = this.application.ActiveSheet;
    const activeName = active?.Name ?? null;
    const skipped: { op: WorkbookOperation['op']; reason: string }[] = [];
    this.withoutPrompts(() => {
      before?.();
      const deletions = operations.filter((operation) => operation.op === 'deleteRows');
      for (const operation of operations) if (operation.op !== 'deleteRows') this.applyOne(operation, skipped);
      for (const operation of [...deletions].sort((a, b) => b.row - a.row)) this.applyOne(operation, skipped);
    });
    // Adding and copying sheets activates them in WPS; the user stays on the sheet they were on.
    this.activateIfPresent(activeName);
    return { skipped };
  }

  private activateIfPresent(name: string | null): void {
    if (name === null) return;
    const sheet = this.findSheet(name);
    if (sheet && sheet.Visible === XL_SHEET_VISIBLE && this.application.ActiveSheet?.Name !== name) sheet.Activate();
  }

  /** A protected sheet refuses the whole batch before anything is written. */
  private refuseProtected(operations: readonly WorkbookOperation[]): void {
    const touched = new Set(operations.filter((operation) => !(operation.op === 'addSheet' && operation.replace)).map((operation) => operation.sheet));
    for (const sheet of this.sheets()) {
      if (touched.has(sheet.Name) && sheet.ProtectContents) throw new WpsWorkbookError('sheet.protected', { sheet: sheet.Name });
    }
  }

  /** `Worksheet.Delete` asks the user to confirm unless alerts are off; they are off for Jindu's own deletions only. */
  private withoutPrompts(work: () => void): void {
    const alerts = this.application.DisplayAlerts;
    this.application.DisplayAlerts = false;
    try {
      work();
    } finally {
      this.application.DisplayAlerts = alerts;
    }
  }

  private applyOne(operation: WorkbookOperation, skipped: { op: WorkbookOperation['op']; reason: string }[]): void {
    switch (operation.op) {
      case 'addSheet': {
        const existing = this.findSheet(operation.sheet);
        if (existing && !operation.replace) throw new WpsWorkbookError('wps.sheetExists', { sheet: operation.sheet });
        const sheets = this.sheets();
        const added = existing ? this.book().Worksheets.Add(existing) : this.book().Worksheets.Add(undefined, sheets[sheets.length - 1]);
        if (existing) existing.Delete();
        added.Name = operation.sheet;
        return;
      }
      case 'deleteSheet':
        this.findSheet(operation.sheet)?.Delete();
        return;
      case 'writeBlock':
        writeBlock(this.requireSheet(operation.sheet), operation.row, operation.column, operation.values);
        return;
      case 'deleteRows':
        this.requireSheet(operation.sheet)
          .Range(`A${operation.row + 1}:A${operation.row + operation.count}`)
          .EntireRow.Delete(XL_SHIFT_UP);
        return;
      case 'setFormat':
        applyFormat(this.requireSheet(operation.sheet).Range(operation.range), operation.format);
        return;
      case 'mergeCells':
        this.requireSheet(operation.sheet).Range(operation.range).Merge();
        return;
      case 'setColumnWidths': {
        const sheet = this.requireSheet(operation.sheet);
        operation.widths.forEach((width, column) => {
          sheet.Range(`${columnLetters(column)}1`).ColumnWidth = width;
        });
        return;
      }
      case 'freezeRows': {
        this.requireSheet(operation.sheet).Activate();
        const window = this.application.ActiveWindow;
        if (!window) return;
        window.FreezePanes = false;
        window.SplitRow = operation.count;
        window.FreezePanes = operation.count > 0;
        return;
      }
      case 'setValidationList': {
        const refusal = listRefusal(operation.list);
        if (refusal !== null) {
          skipped.push({ op: 'setValidationList', reason: refusal });
          return;
        }
        const validation = this.requireSheet(operation.sheet).Range(operation.range).Validation;
        validation.Delete();
        validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, operation.list.join(','));
        return;
      }
      case 'setNote': {
        const cell = this.requireSheet(operation.sheet).Range(operation.cell);
        const comment = cell.Comment;
        if (operation.text === null) comment?.Delete();
        else if (comment) comment.Text(operation.text);
        else cell.AddComment(operation.text);
        return;
      }
      case 'setPageSetup':
        applyPageSetup(this.requireSheet(operation.sheet), operation.setup);
        return;
      case 'addChart': {
        const refusal = addChart(this.requireSheet(operation.sheet), operation);
        if (refusal !== null) skipped.push({ op: 'addChart', reason: refusal });
        return;
      }
      default:
        return operation satisfies never;
    }
  }

  // --- Exact undo by sheet copies (SheetBackupStore) -------------------------------------------------

  async applyWithBackups(operations: readonly WorkbookOperation[], requests: readonly BackupRequest[]): Promise<BackedUpWrite> {
    const backups: SheetBackup[] = [];
    const result = this.applyInWps(operations, () => {
      this.removeBackups();
      let serial = 1;
      for (const request of requests) {
        const sheet = this.findSheet(request.sheet);
        if (!sheet) continue;
        const position = sheet.Index - 1;
        const visibility = sheet.Visible === XL_SHEET_VISIBLE ? 'Visible' : sheet.Visible === XL_SHEET_HIDDEN ? 'Hidden' : 'VeryHidden';
        const sheets = this.sheets();
        sheet.Copy(undefined, sheets[sheets.length - 1]);
        const copies = this.sheets();
        const copy = copies[copies.length - 1];
        if (!copy) throw new Error(`Worksheet.Copy left no copy of ${request.sheet}`);
        while (this.findSheet(`${BACKUP_PREFIX}${serial}`)) serial += 1;
        copy.Name = `${BACKUP_PREFIX}${serial}`;
        copy.Visible = XL_SHEET_VERY_HIDDEN;
        backups.push({ ...request, backup: copy.Name, visibility, position });
      }
    });
    return { result, backups };
  }

  async restoreBackups(backups: readonly SheetBackup[], inverse: readonly WorkbookOperation[]): Promise<void> {
    const activeName = this.application.ActiveSheet?.Name ?? null;
    this.withoutPrompts(() => {
      for (const backup of backups) {
        const copy = this.requireSheet(backup.backup);
        const current = this.findSheet(backup.sheet);
        // Frozen panes belong to a window and charts float above the cells, so a sheet whose panes the
        // change froze or on which it drew a chart comes back whole.
        if (backup.restore === 'inPlace' && current && !backup.freezePanes && !backup.charts) {
          // The sheet object stays, so formulas in other sheets that point at it keep working.
          copy.Cells.Copy(current.Cells);
          copy.Delete();
          continue;
        }
        current?.Delete();
        copy.Name = backup.sheet;
        copy.Visible = backup.visibility === 'Visible' ? XL_SHEET_VISIBLE : backup.visibility === 'Hidden' ? XL_SHEET_HIDDEN : XL_SHEET_VERY_HIDDEN;
        const others = this.sheets().filter((sheet) => sheet.Name !== backup.sheet);
        const anchor = others[backup.position];
        if (anchor) copy.Move(anchor);
        else {
          const last = others[others.length - 1];
          if (last) copy.Move(undefined, last);
        }
      }
    });
    if (inverse.length > 0) this.applyInWps(inverse);
    this.activateIfPresent(activeName);
  }

  async discardBackups(): Promise<void> {
    this.withoutPrompts(() => this.removeBackups());
  }

  private removeBackups(): void {
    for (const sheet of this.sheets()) if (sheet.Name.startsWith(BACKUP_PREFIX)) sheet.Delete();
  }
}

/**
 * The sheet's used area from A1, read in one `Value2`; numbers under a format (dates, percentages) then
 * read as shown, from the number formats of their blocks (shownNumbers.ts).
 */
export function readGrid(sheet: EtWorksheet, options: { readonly date1904: boolean }): SheetGrid {
  const used = sheet.UsedRange;
  const rows = used.Row + used.Rows.Count - 1;
  const columns = used.Column + used.Columns.Count - 1;
  const whole = sheet.Range(rangeAddress(0, 0, rows - 1, columns - 1));
  const raw = whole.Value2;
  const grid: EtScalar[][] = Array.isArray(raw) ? raw : [[raw]];
  const values: CellValue[][] = grid.map((row) => row.map(cellValueOf));
  const empty = values.length === 1 && values[0]?.length === 1 && values[0][0] === null;
  const trimmed = empty ? [] : values;
  return {
    name: sheet.Name,
    values: trimmed,
    text: shownText(sheet, trimmed, trimmed.map((row) => row.map(displayTextOf)), options),
    merges: empty ? [] : readMerges(sheet, used, rows, columns),
  };
}

/** Blocks of one column this tall or less are walked cell by cell (skipping merged rows) instead of halved. */
const MERGE_WALK_ROWS = 8;

/**
 * Merged areas. ET has no list of them, but `MergeCells` of a range says in one call whether any cell of
 * it is merged (false: none; true: all; null: some), and `MergeArea` of a cell gives its whole area. So the
 * area is halved, columns first (a sheet has few, and most hold no merge), then rows, down to blocks that
 * hold no merge, lie inside one merged area, or are short enough to walk: the calls grow with the number
 * of merged areas, not with the number of cells, and a sheet without merges costs one call.
 */
function readMerges(sheet: EtWorksheet, used: EtRange, rows: number, columns: number): MergedArea[] {
  if (used.MergeCells === false) return [];
  const merges: MergedArea[] = [];
  const within = (outer: MergedArea, top: number, left: number, bottom: number, right: number) =>
    outer.top <= top && outer.left <= left && outer.bottom >= bottom && outer.right >= right;
  const covered = (top: number, left: number, bottom: number, right: number) => merges.some((merge) => within(merge, top, left, bottom, right));
  const areaOf = (row: number, column: number): MergedArea => {
    const area = sheet.Range(cellAddress(row, column)).MergeArea;
    return { top: area.Row - 1, left: area.Column - 1, bottom: area.Row + area.Rows.Count - 2, right: area.Column + area.Columns.Count - 2 };
  };
  const keep = (merge: MergedArea) => {
    if (merge.bottom > merge.top || merge.right > merge.left) merges.push(merge);
  };
  const walk = (column: number, top: number, bottom: number): void => {
    for (let row = top; row <= bottom; row += 1) {
      if (covered(row, column, row, column)) continue;
      const merge = areaOf(row, column);
      keep(merge);
      row = Math.max(row, merge.bottom);
    }
  };
  const visit = (top: number, left: number, bottom: number, right: number): void => {
    if (covered(top, left, bottom, right)) return;
    const state = sheet.Range(rangeAddress(top, left, bottom, right)).MergeCells;
    if (state === false) return;
    if (state === true) {
      const merge = areaOf(top, left);
      if (within(merge, top, left, bottom, right)) {
        keep(merge);
        return;
      }
    }
    if (right > left) {
      const middle = Math.floor((left + right) / 2);
      visit(top, left, bottom, middle);
      visit(top, middle + 1, bottom, right);
    } else if (bottom - top + 1 <= MERGE_WALK_ROWS) {
      walk(left, top, bottom);
    } else {
      const middle = Math.floor((top + bottom) / 2);
      visit(top, left, middle, right);
      visit(middle + 1, left, bottom, right);
    }
  };
  visit(0, 0, rows - 1, columns - 1);
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** One `Value2` assignment for a rectangular block; a ragged block is written one row at a time. */
function writeBlock(sheet: EtWorksheet, row: number, column: number, values: readonly (readonly WritableValue[])[]): void {
  if (values.length === 0) return;
  const width = values[0]?.length ?? 0;
  const rectangular = values.every((rowValues) => rowValues.length === width);
  const blocks = rectangular ? [{ top: row, rows: values }] : values.map((rowValues, r) => ({ top: row + r, rows: [rowValues] }));
  for (const block of blocks) {
    const blockWidth = block.rows[0]?.length ?? 0;
    if (blockWidth === 0) continue;
    const range = sheet.Range(rangeAddress(block.top, column, block.top + block.rows.length - 1, column + blockWidth - 1));
    range.Value2 = block.rows.map((rowValues) => rowValues.map(etValueOf));
  }
}

/** `Validation.Add`'s list is one comma-separated formula of at most 255 characters, as in Excel. */
const VALIDATION_LIST_LIMIT = 255;

function listRefusal(list: readonly string[]): string | null {
  if (list.some((item) => item.includes(',') || item.includes('"'))) return 'wps.unsupported.listSeparator';
  if (list.join(',').length > VALIDATION_LIST_LIMIT) return 'wps.unsupported.listTooLong';
  return null;
}

function applyFormat(range: EtRange, format: CellFormat): void {
  if (format.numberFormat !== undefined) range.NumberFormat = format.numberFormat;
  if (format.bold !== undefined) range.Font.Bold = format.bold;
  if (format.wrap !== undefined) range.WrapText = format.wrap;
  if (format.fill === null) range.Interior.ColorIndex = XL_COLOR_INDEX_NONE;
  else if (format.fill !== undefined) range.Interior.Color = bgrOf(format.fill);
  if (format.fontColor !== undefined) range.Font.Color = bgrOf(format.fontColor);
  if (format.fontSize !== undefined) range.Font.Size = format.fontSize;
  if (format.horizontalAlignment !== undefined) range.HorizontalAlignment = XL_ALIGN[format.horizontalAlignment];
  if (format.verticalAlignment !== undefined) range.VerticalAlignment = XL_ALIGN[format.verticalAlignment];
  if (format.border) range.Borders.LineStyle = XL_CONTINUOUS;
}

function applyPageSetup(sheet: EtWorksheet, setup: PageSetup): void {
  const pageSetup = sheet.PageSetup;
  pageSetup.Orientation = setup.orientation === 'landscape' ? XL_LANDSCAPE : XL_PORTRAIT;
  pageSetup.PaperSize = XL_PAPER_A4;
  if (setup.printTitleRows) pageSetup.PrintTitleRows = `$${setup.printTitleRows.first}:$${setup.printTitleRows.last}`;
  if (setup.fitToWidth) {
    pageSetup.Zoom = false;
    pageSetup.FitToPagesWide = 1;
    pageSetup.FitToPagesTall = false;
  }
}

/** Excel's default chart size (5 × 3 inches), in points. */
const CHART_WIDTH = 360;
const CHART_HEIGHT = 216;

/**
 * Draws a chart of `operation.range` two columns right of it, titled. Returns the reason when this WPS
 * cannot draw one (a JSAPI without `Shapes.AddChart2`, or a call it refuses); a half-made chart is removed.
 */
function addChart(sheet: EtWorksheet, operation: Extract<WorkbookOperation, { op: 'addChart' }>): string | null {
  const shapes = sheet.Shapes;
  const area = parseRangeAddress(operation.range);
  if (!area) throw new Error(`not a range: ${operation.range}`);
  if (!shapes || typeof shapes.AddChart2 !== 'function') return 'wps.unsupported.charts';
  const anchor = sheet.Range(cellAddress(area.top, area.right + 2));
  let shape: EtShape | null = null;
  try {
    shape = shapes.AddChart2(null, operation.kind === 'columnClustered' ? XL_COLUMN_CLUSTERED : XL_BAR_STACKED, anchor.Left, anchor.Top, CHART_WIDTH, CHART_HEIGHT);
    const chart = shape.Chart;
    chart.SetSourceData(sheet.Range(operation.range), XL_COLUMNS);
    chart.HasTitle = true;
    chart.ChartTitle.Text = operation.title;
    return null;
  } catch {
    try {
      shape?.Delete();
    } catch {
      // The chart could not be removed either; the sheet keeps an untitled chart the user can delete.
    }
    return 'wps.chartFailed';
  }
}

/** Whether an address names one cell of a range (used by marks). */
export function isCellAddress(address: string): boolean {
  const range = parseRangeAddress(address);
  return range !== null && range.top === range.bottom && range.left === range.right;
}
