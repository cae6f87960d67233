/**
 * Writes a new .xlsx file from workbook operations row by row, through ExcelJS's streaming writer (Node
 * only): each row is rendered, deflated and written as it is made, so a compiled sheet of a million rows
 * never exists as one workbook model or one XML string. The cells, styles, merges, notes, widths, frozen
 * rows and page setup are the ones `XlsxWorkbook.apply` gives the same operations on a new workbook (the
 * style of each cell is made by the same steps, in the same order); strings are written in the cells
 * (inline) rather than in a shared-strings table, which Excel reads the same. Only the operations that build new
 * sheets are taken: the streaming writer cannot change what it has already written.
 */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { stream as excelStream, type Cell, type PageSetup, type Row, type Worksheet, type WorksheetView } from 'exceljs';
import { cellAddress, parseCellAddress, parseRangeAddress, type RangePosition } from '../../core';
import { looksLikeFormula, type WorkbookOperation, type WritableValue, type WriteResult } from '../../core';
import { checkOutputPath, writeAtomically, type SavedWorkbook } from './openWorkbookFile';
import { waitForSheetStream } from './exceljsInternals';
import { SharedStyles } from './sharedStyles';
import { setPageSetup, styleChange, TEXT_FORMAT } from './xlsxWorkbook';

export type StreamedWorkbook = { readonly ok: true; readonly path: string; readonly skipped: WriteResult['skipped'] } | Extract<SavedWorkbook, { ok: false }>;

/** Rows written between two pauses that let the zip stream take what was rendered. */
const ROWS_PER_PAUSE = 256;
/** Rendered XML allowed to wait for the zip before rendering pauses: memory stays flat at any row count. */
const PENDING_XML_LIMIT = 4 * 1024 * 1024;

type RowOperation = Extract<WorkbookOperation, { op: 'writeBlock' | 'setFormat' | 'mergeCells' | 'setNote' }>;

/** One operation that touches cells, with the rows it spans (0-based, inclusive) and its place in the batch. */
interface PlacedOperation {
  readonly order: number;
  readonly top: number;
  readonly bottom: number;
  readonly operation: RowOperation;
  readonly range: RangePosition | null;
}

/** A sheet's operations sorted out: sheet-wide settings, then the cell operations by the rows they touch. */
interface SheetPlan {
  readonly name: string;
  readonly settings: Extract<WorkbookOperation, { op: 'setColumnWidths' | 'freezeRows' | 'setPageSetup' }>[];
  /** Operations on one row, by that row. */
  readonly singleRow: Map<number, PlacedOperation[]>;
  /** Operations on several rows (a block, a format over the data), in batch order. */
  readonly multiRow: PlacedOperation[];
  lastRow: number;
}

/**
 * @example
 * const written = await streamNewWorkbookFile(compileReports(sources).operations, '汇总.xlsx');
 * if (!written.ok) console.error(written.problem.key);
 */
export async function streamNewWorkbookFile(operations: readonly WorkbookOperation[], filePath: string): Promise<StreamedWorkbook> {
  const skipped: WriteResult['skipped'][number][] = [];
  const plans = planSheets(operations, skipped);
  const checked = await checkOutputPath(filePath);
  if (!checked.ok) return checked;
  const saved = await writeAtomically(checked.path, filePath, async (temporary) => {
    const output = createWriteStream(temporary, { flags: 'wx' });
    const workbook = new excelStream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
    workbook.creator = '进度助手';
    // Views and page setup are given when a sheet is added: the streaming writer writes them (fit to page
    // in the sheet's properties) as the sheet opens, before its first row.
    const worksheets = plans.map((plan) => workbook.addWorksheet(plan.name, { views: viewsOf(plan), pageSetup: pageSetupOf(plan) }));
    for (const [index, plan] of plans.entries()) {
      const worksheet = worksheets[index];
      if (worksheet !== undefined) await writeSheet(worksheet, plan);
    }
    await workbook.commit();
    await finished(output);
  });
  return saved.ok ? { ...saved, skipped } : saved;
}

function planSheets(operations: readonly WorkbookOperation[], skipped: WriteResult['skipped'][number][]): SheetPlan[] {
  const plans = new Map<string, SheetPlan>();
  const planOf = (sheet: string): SheetPlan => {
    const plan = plans.get(sheet.toLowerCase());
    if (plan === undefined) throw new Error(`no sheet ${sheet} was added before this operation`);
    return plan;
  };
  operations.forEach((operation, order) => {
    switch (operation.op) {
      case 'addSheet':
        if (plans.has(operation.sheet.toLowerCase())) throw new Error(`sheet added twice: ${operation.sheet}`);
        plans.set(operation.sheet.toLowerCase(), { name: operation.sheet, settings: [], singleRow: new Map(), multiRow: [], lastRow: -1 });
        return;
      case 'setColumnWidths':
      case 'freezeRows':
      case 'setPageSetup':
        planOf(operation.sheet).settings.push(operation);
        return;
      case 'addChart':
        // As XlsxWorkbook: ExcelJS writes no charts, and the caller says so.
        skipped.push({ op: operation.op, reason: 'xlsx.unsupported.charts' });
        return;
      case 'writeBlock':
        checkBlock(operation);
        place(planOf(operation.sheet), { order, top: operation.row, bottom: operation.row + operation.values.length - 1, operation, range: null });
        return;
      case 'setFormat':
      case 'mergeCells': {
        const range = requireRange(operation.range);
        place(planOf(operation.sheet), { order, top: range.top, bottom: range.bottom, operation, range });
        return;
      }
      case 'setNote': {
        const cell = parseCellAddress(operation.cell);
        if (!cell) throw new Error(`not a cell address: ${operation.cell}`);
        const range = { top: cell.row, bottom: cell.row, left: cell.column, right: cell.column };
        place(planOf(operation.sheet), { order, top: cell.row, bottom: cell.row, operation, range });
        return;
      }
      case 'deleteSheet':
      case 'deleteRows':
      case 'setValidationList':
        throw new Error(`a streamed workbook is written once, top to bottom: ${operation.op} is not supported`);
      default:
        operation satisfies never;
    }
  });
  return [...plans.values()];
}

function place(plan: SheetPlan, placed: PlacedOperation): void {
  if (placed.bottom < placed.top) return;
  plan.lastRow = Math.max(plan.lastRow, placed.bottom);
  if (placed.top !== placed.bottom) {
    plan.multiRow.push(placed);
    return;
  }
  const list = plan.singleRow.get(placed.top);
  if (list) list.push(placed);
  else plan.singleRow.set(placed.top, [placed]);
}

async function writeSheet(worksheet: Worksheet, plan: SheetPlan): Promise<void> {
  const styles = new SharedStyles();
  // Written before the first row: the streaming writer puts the widths ahead of the cells.
  for (const setting of plan.settings) {
    switch (setting.op) {
      case 'setColumnWidths':
        setting.widths.forEach((width, index) => {
          worksheet.getColumn(index + 1).width = width;
        });
        break;
      case 'freezeRows':
      case 'setPageSetup':
        break;
      default:
        setting satisfies never;
    }
  }
  for (let row = 0; row <= plan.lastRow; row += 1) {
    const touching = operationsOnRow(plan, row);
    if (touching.length === 0) continue;
    const sheetRow = worksheet.getRow(row + 1);
    for (const placed of touching) applyOnRow(worksheet, sheetRow, row, placed, styles);
    sheetRow.commit();
    if (row % ROWS_PER_PAUSE === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      await waitForSheetStream(worksheet, PENDING_XML_LIMIT);
    }
  }
  worksheet.commit();
}

/** The sheet's views as its last `freezeRows` leaves them (none when it has none). */
function viewsOf(plan: SheetPlan): Partial<WorksheetView>[] {
  let views: Partial<WorksheetView>[] = [];
  for (const setting of plan.settings) {
    if (setting.op !== 'freezeRows') continue;
    views = setting.count > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: setting.count, topLeftCell: cellAddress(setting.count, 0) }] : [{ state: 'normal' }];
  }
  return views;
}

/** The page setup as `XlsxWorkbook` leaves it after the sheet's `setPageSetup` operations. */
function pageSetupOf(plan: SheetPlan): Partial<PageSetup> {
  const holder: Pick<Worksheet, 'pageSetup'> = { pageSetup: {} as PageSetup };
  for (const setting of plan.settings) if (setting.op === 'setPageSetup') setPageSetup(holder, setting.setup);
  return holder.pageSetup;
}

/** The operations touching `row`, in batch order: the same order `XlsxWorkbook.apply` applies them in. */
function operationsOnRow(plan: SheetPlan, row: number): PlacedOperation[] {
  const touching = plan.multiRow.filter((placed) => placed.top <= row && row <= placed.bottom);
  const single = plan.singleRow.get(row);
  if (single === undefined) return touching;
  return [...touching, ...single].sort((a, b) => a.order - b.order);
}

function applyOnRow(worksheet: Worksheet, sheetRow: Row, row: number, placed: PlacedOperation, styles: SharedStyles): void {
  const { operation, range } = placed;
  switch (operation.op) {
    case 'writeBlock': {
      const values = operation.values[row - operation.row] ?? [];
      for (let c = 0; c < values.length; c += 1) {
        const value = values[c] ?? null;
        const columnNumber = operation.column + c + 1;
        const existing = sheetRow.findCell(columnNumber);
        if ((value === null || value === '') && !existing) continue;
        const cell = existing ?? sheetRow.getCell(columnNumber);
        if (cell.isMerged && cell.master.address !== cell.address) throw new Error(`a streamed block may not write into a merged area: ${cell.address}`);
        writeCell(cell, value, styles);
      }
      return;
    }
    case 'setFormat': {
      if (range === null) return;
      for (let column = range.left; column <= range.right; column += 1) {
        const cell = sheetRow.findCell(column + 1) ?? sheetRow.getCell(column + 1);
        cell.style = styles.restyled(cell.style, operation.format, (style) => styleChange(style, operation.format));
      }
      return;
    }
    case 'mergeCells':
      // Merged once, from its top row; the rows below are not yet committed, so the writer can still reach them.
      if (range !== null && row === range.top && (range.top !== range.bottom || range.left !== range.right)) {
        worksheet.mergeCells(range.top + 1, range.left + 1, range.bottom + 1, range.right + 1);
      }
      return;
    case 'setNote':
      if (range !== null && operation.text !== null) {
        const cell = sheetRow.findCell(range.left + 1) ?? sheetRow.getCell(range.left + 1);
        cell.note = operation.text;
      }
      return;
    default:
      operation satisfies never;
  }
}

/**
 * As `XlsxWorkbook` writes a cell: text that looks like a formula gets the text format and stays text.
 * Text goes in the cell as one plain run (`inlineStr`): without a shared-strings table the streaming
 * writer would otherwise write it as a formula's cached result (`t="str"`), which readers decode differently.
 */
function writeCell(cell: Cell, value: WritableValue, styles: SharedStyles): void {
  if (typeof value === 'string' && looksLikeFormula(value)) cell.style = styles.restyled(cell.style, TEXT_FORMAT, () => TEXT_FORMAT);
  cell.value = value === '' || value === null ? null : typeof value === 'string' ? { richText: [{ text: value }] } : value;
}

function checkBlock(operation: Extract<WorkbookOperation, { op: 'writeBlock' }>): void {
  if (!Number.isInteger(operation.row) || operation.row < 0 || !Number.isInteger(operation.column) || operation.column < 0) {
    throw new RangeError(`not a cell position: row ${operation.row}, column ${operation.column}`);
  }
  for (const values of operation.values) {
    for (const value of values) if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError(`cannot write ${value} to ${operation.sheet}`);
  }
}

function requireRange(address: string): RangePosition {
  const range = parseRangeAddress(address);
  if (!range) throw new Error(`not a range address: ${address}`);
  return range;
}
