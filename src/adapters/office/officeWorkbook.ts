/**
 * The workbook ports on Office.js. Reads: one sync for the shape of every sheet asked for, one for their
 * values, text and number formats (split further only when Excel refuses a response over 5 MB).
 * Writes: one sync to check protection and existing sheets and notes, then the whole batch in as few
 * syncs as fit in 5 MB requests. Every run waits for the user to leave cell edit mode.
 */
import {
  displayTextOf,
  parseCellAddress,
  type CellFormat,
  type CellValue,
  type MergedArea,
  type SheetGrid,
  type SheetInfo,
  type Workbook,
  type WorkbookOperation,
  type WriteResult,
  parseRangeAddress,
} from '../../core';
import type { BackedUpWrite, BackupRequest, SheetBackup, SheetBackupStore } from '../../app/undo/sheetBackups';
import type { ExcelRunner } from './excelRunner';
import { OfficeWorkbookError, errorCodeOf, isPayloadTooLarge, toOfficeWorkbookError } from './officeErrors';
import { UNDO_BACKUP_PREFIX, backupCommands, isBackupSheetName, discardBackupSheets, readRestorePlan, restoreCommands } from './officeSheetBackups';
import { syncParts, type RequestPart } from './requestBatches';
import { REQUEST_BYTE_BUDGET, REQUEST_COSTS, jsonBytes } from './requestCosts';
import type { OfficeCapabilities } from './requirements';

export { REQUEST_BYTE_BUDGET };
/** Excel on the web refuses responses over 5 MB too; reads are planned to stay under this. */
export const RESPONSE_BYTE_BUDGET = 4_500_000;
/** Cells per loaded range; large sheets are read as several ranges in the same sync. */
export const CELLS_PER_READ_CHUNK = 50_000;

/** Excel's error values as they come back in `values` (the cell is not text-formatted). */
const ERROR_VALUE = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/;

/** Rows and columns read in the first sync to estimate how many bytes a row of the sheet costs. */
const SAMPLE_ADDRESS = 'A1:AD100';
const SAMPLE_COLUMNS = 30;
/** Later rows of a progress sheet run longer than the title and header rows the sample includes. */
const SAMPLE_SAFETY_FACTOR = 1.1;

interface ReadChunk {
  readonly sheetIndex: number;
  readonly top: number;
  readonly height: number;
  readonly width: number;
  /** Estimated response bytes. */
  readonly bytes: number;
  /** Its merged areas are read with it, band by band (ExcelApi 1.13). */
  readonly withMerges: boolean;
}

interface LoadedChunk {
  readonly chunk: ReadChunk;
  readonly values: unknown[][];
  readonly numberFormat: unknown[][];
  /** Addresses of the merged areas whose top-left cell lies in the chunk (`'三季度'!A4:A6,…`), one per band. */
  readonly mergedAddresses: readonly string[];
}

/**
 * Excel "will fail to return the result" of `getMergedAreasOrNullObject` on a range holding more than 512
 * merged areas (ExcelApi reference, Range.getMergedAreasOrNullObject); a plan of 260 tasks merged over
 * several rows in two columns passes that on one sheet. So merged areas are asked of bands of at most 512
 * cells: Excel returns the areas whose top-left cell is in the range (OfficeDev/office-js#3611), and a
 * band of 512 cells holds at most 512 top-left cells. Bands ride in the same request as the chunk's values.
 */
const MERGE_BAND_CELLS = 512;

/** The bands (row, column, rows, columns) a chunk's merged areas are read in. */
export function mergeBands(top: number, height: number, width: number): [number, number, number, number][] {
  const bands: [number, number, number, number][] = [];
  const columns = Math.min(width, MERGE_BAND_CELLS);
  const rows = Math.max(1, Math.floor(MERGE_BAND_CELLS / columns));
  for (let row = top; row < top + height; row += rows) {
    for (let column = 0; column < width; column += columns) {
      bands.push([row, column, Math.min(rows, top + height - row), Math.min(columns, width - column)]);
    }
  }
  return bands;
}

/** Request bytes of reading a chunk: its block of cells and its bands of merged areas. */
function chunkRequestBytes(chunk: ReadChunk): number {
  return REQUEST_COSTS.rangeLoad + (chunk.withMerges ? mergeBands(chunk.top, chunk.height, chunk.width).length * REQUEST_COSTS.mergedAreasLoad : 0);
}

/** One queued write and the request bytes it adds. */
type QueuedWrite = RequestPart;
type QueuedCommand = RequestPart['queue'];

/** What a replaced sheet is called between adding its successor and deleting it (Excel keeps one visible sheet). */
const REPLACED_SHEET_NAME = `${UNDO_BACKUP_PREFIX}replaced`;

export class OfficeWorkbook implements Workbook, SheetBackupStore {
  constructor(
    private readonly run: ExcelRunner,
    readonly capabilities: OfficeCapabilities,
  ) {}

  private runBatch<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.run({ delayForCellEdit: true, ...(this.capabilities.undoGrouping ? { mergeUndoGroup: true } : {}) }, batch);
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.runBatch(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name,items/visibility,items/protection/protected');
      await context.sync();
      // Undo's hidden backups are Jindu's, not the user's: no list shows them.
      return sheets.items.filter((sheet) => !isBackupSheetName(sheet.name)).map((sheet) => ({
        name: sheet.name,
        visible: sheet.visibility === 'Visible',
        protected: sheet.protection.protected,
      }));
    });
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const [grid] = await this.readSheets([name]);
    if (!grid) throw new OfficeWorkbookError('sheet.notFound', { sheet: name });
    return grid;
  }

  /**
   * Several sheets at once (checking a whole workbook): one sync for their shapes and a sample of rows,
   * then values and number formats in as few syncs as fit in 5 MB responses (one for ordinary sheets),
   * then, only where a number is shown through a format (a date, a percentage), the text Excel shows.
   */
  async readSheets(names: readonly string[]): Promise<SheetGrid[]> {
    return this.runBatch((context) =>
      readGrids(
        context,
        names.map((name) => context.workbook.worksheets.getItem(name)),
        this.capabilities,
      ),
    ).catch((error: unknown) => {
      throw errorCodeOf(error) === 'ItemNotFound' ? new OfficeWorkbookError('sheet.notFound', { sheet: names.join('、') }, error) : toOfficeWorkbookError(error);
    });
  }

  /**
   * Like `readSheets`, with null for a sheet that does not exist (what undo needs before a write). Which
   * sheets exist is asked first: Office.js proxies derived from a missing sheet are not to be used.
   */
  async readSheetsIfPresent(names: readonly string[]): Promise<(SheetGrid | null)[]> {
    return this.runBatch(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load('items/name');
      await context.sync();
      const existing = new Set(collection.items.map((sheet) => sheet.name));
      const present = names.filter((name) => existing.has(name));
      const grids = await readGrids(
        context,
        present.map((name) => collection.getItem(name)),
        this.capabilities,
      );
      return names.map((name) => grids[present.indexOf(name)] ?? null);
    }).catch((error: unknown) => {
      throw toOfficeWorkbookError(error);
    });
  }

  /** The sheet the user is looking at, found and read in the same syncs as any other sheet. */
  async readActiveSheet(): Promise<SheetGrid> {
    const [grid] = await this.runBatch((context) => readGrids(context, [context.workbook.worksheets.getActiveWorksheet()], this.capabilities)).catch(
      (error: unknown) => {
        throw toOfficeWorkbookError(error);
      },
    );
    if (!grid) throw new OfficeWorkbookError('office.itemNotFound');
    return grid;
  }
  async apply(operations: readonly WorkbookOperation[]): Promise<WriteResult> {
    return (await this.applyBatch(operations, null)).result;
  }

  /**
   * The batch with exact undo kept: in the write's first request, before its operations, every earlier
   * backup is dropped and each requested sheet that exists is copied into a very hidden backup. No sync
   * is added. Needs ExcelApi 1.9 (`capabilities.sheetBackups`); callers check.
   */
  async applyWithBackups(operations: readonly WorkbookOperation[], requests: readonly BackupRequest[]): Promise<BackedUpWrite> {
    return this.applyBatch(operations, requests);
  }

  /** Puts the backups back and applies the value-level inverse of the other sheets, in one run. */
  async restoreBackups(backups: readonly SheetBackup[], inverse: readonly WorkbookOperation[]): Promise<void> {
    const backedUp = new Set(backups.map((backup) => backup.sheet));
    const otherSheets = [...new Set(inverse.map((operation) => operation.sheet))].filter((name) => !backedUp.has(name));
    await this.runBatch(async (context) => {
      const plan = await readRestorePlan(context, backups, otherSheets, this.capabilities.notes);
      // The inverse touches only sheets without a backup: value writes and sheets the change created.
      const existing = new Set(plan.existing);
      const writes = [
        ...inverse.flatMap((operation) => queuedWritesOf(operation, existing, new Set())),
        ...restoreCommands(plan, this.capabilities.dataValidation),
      ];
      await syncParts(context, writes);
    }).catch((error: unknown) => {
      throw toOfficeWorkbookError(error, { sheet: [...backedUp, ...otherSheets].join('、') });
    });
  }

  /** Removes backups a closed pane left behind (call when the pane starts). */
  async discardBackups(): Promise<void> {
    await this.runBatch((context) => discardBackupSheets(context)).catch((error: unknown) => {
      throw toOfficeWorkbookError(error);
    });
  }

  private async applyBatch(operations: readonly WorkbookOperation[], requests: readonly BackupRequest[] | null): Promise<BackedUpWrite> {
    const skipped: { op: WorkbookOperation['op']; reason: string }[] = [];
    const supported = operations.filter((operation) => {
      const reason = this.unsupportedReason(operation);
      if (reason !== null) skipped.push({ op: operation.op, reason });
      return reason === null;
    });
    if (supported.length === 0 && requests === null) return { result: { skipped }, backups: [] };
    const targetNames = [...new Set(supported.map((operation) => operation.sheet))];
    const backups = await this.runBatch(async (context) => {
      // Phase 1: everything the batch depends on, so nothing is written when it cannot all be written.
      const sheets = new Map(targetNames.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name)]));
      // Notes are probed only on sheets the batch does not create: a new sheet has none, and proxies
      // derived from a sheet that does not exist yet are not to be used.
      const created = new Set(supported.filter((operation) => operation.op === 'addSheet').map((operation) => operation.sheet));
      const notes = new Map<string, Excel.Note>();
      const probes = supported.flatMap((operation): RequestPart[] => {
        if (operation.op !== 'setNote' || created.has(operation.sheet)) return [];
        const key = noteKey(operation.sheet, operation.cell);
        return [
          {
            bytes: REQUEST_COSTS.noteRead,
            queue: () => {
              const sheet = sheets.get(operation.sheet);
              if (sheet) notes.set(key, sheet.notes.getItemOrNullObject(operation.cell).load('content'));
            },
          },
        ];
      });
      // For backups: every sheet's name, visibility and place, and the sheet the user is on.
      let allSheets: Excel.WorksheetCollection | null = null;
      let activeSheet: Excel.Worksheet | null = null;
      const state: RequestPart = {
        bytes: REQUEST_COSTS.request + targetNames.length * REQUEST_COSTS.smallCommand,
        queue: (context) => {
          sheets.forEach((sheet) => sheet.load('name,protection/protected'));
          if (requests === null) return;
          allSheets = context.workbook.worksheets.load('items/name,items/visibility,items/position');
          activeSheet = context.workbook.worksheets.getActiveWorksheet().load('name');
        },
      };
      // One sync unless the notes to probe (one per note the batch writes) pass 5 MB.
      await syncParts(context, [state, ...probes]);

      const existing = new Set<string>();
      sheets.forEach((sheet, name) => {
        if (sheet.isNullObject) return;
        existing.add(name);
        const replaced = supported.some((operation) => operation.sheet === name && operation.op === 'addSheet' && operation.replace);
        if (sheet.protection.protected && !replaced) throw new OfficeWorkbookError('sheet.protected', { sheet: name });
      });
      for (const operation of supported) {
        if (operation.op === 'addSheet' && !operation.replace && existing.has(operation.sheet)) {
          throw new OfficeWorkbookError('office.sheetExists', { sheet: operation.sheet });
        }
      }

      // Phase 2: the backups, then the writes, in order, deletions last and bottom-up (the ports' rule).
      const loadedSheets = allSheets as Excel.WorksheetCollection | null;
      const loadedActive = activeSheet as Excel.Worksheet | null;
      const backedUp =
        loadedSheets && loadedActive && requests
          ? backupCommands(
              loadedSheets.items.map((sheet) => ({ name: sheet.name, visibility: sheet.visibility, position: sheet.position })),
              loadedActive.name,
              requests,
            )
          : { commands: [], backups: [] };
      const deletions = supported
        .filter((operation): operation is Extract<WorkbookOperation, { op: 'deleteRows' }> => operation.op === 'deleteRows')
        .sort((a, b) => b.row - a.row);
      const ordered = [...supported.filter((operation) => operation.op !== 'deleteRows'), ...deletions];
      const existingNotes = new Set<string>();
      notes.forEach((note, key) => {
        if (!note.isNullObject) existingNotes.add(key);
      });
      const writes = [...backedUp.commands, ...ordered.flatMap((operation) => queuedWritesOf(operation, existing, existingNotes))];
      forgetWorksheets(context);
      await syncParts(context, writes);
      return backedUp.backups;
    }).catch((error: unknown) => {
      throw toOfficeWorkbookError(error, { sheet: targetNames.join('、') });
    });
    return { result: { skipped }, backups };
  }

  private unsupportedReason(operation: WorkbookOperation): string | null {
    switch (operation.op) {
      case 'setValidationList':
        return this.capabilities.dataValidation ? null : 'office.unsupported.dataValidation';
      case 'setNote':
        return this.capabilities.notes ? null : 'office.unsupported.notes';
      case 'setPageSetup':
        return this.capabilities.pageLayout ? null : 'office.unsupported.pageLayout';
      case 'addChart':
        return this.capabilities.charts ? null : 'office.unsupported.charts';
      default:
        return null;
    }
  }
}

/**
 * Reads sheets that exist: one sync for their names, shapes and a sample of rows, then values and number
 * formats in as few syncs as fit in 5 MB responses (one for ordinary sheets), then, only where a number
 * is shown through a format (a date, a percentage), the text Excel shows.
 */
async function readGrids(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], capabilities: OfficeCapabilities): Promise<SheetGrid[]> {
  if (sheets.length === 0) return [];
  const usedRanges = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true));
  const samples = sheets.map((sheet) => sheet.getRange(SAMPLE_ADDRESS));
  sheets.forEach((sheet) => sheet.load('name'));
  usedRanges.forEach((range) => range.load('rowIndex,columnIndex,rowCount,columnCount'));
  samples.forEach((sample) => sample.load('values,numberFormat'));
  await context.sync();

  const sizes = sheets.map((_, index) => {
    const used = usedRanges[index];
    if (!used || used.isNullObject) return { height: 0, width: 0 };
    return { height: used.rowIndex + used.rowCount, width: used.columnIndex + used.columnCount };
  });
  const chunks: ReadChunk[] = [];
  sizes.forEach(({ height, width }, sheetIndex) => {
    if (height === 0 || width === 0) return;
    const sample = samples[sheetIndex];
    const bytesPerRow = sample ? sampledBytesPerRow(sample.values, sample.numberFormat, width) : width * 64;
    const rowsPerChunk = Math.max(1, Math.min(Math.floor(CELLS_PER_READ_CHUNK / width), Math.floor(RESPONSE_BYTE_BUDGET / bytesPerRow)));
    for (let top = 0; top < height; top += rowsPerChunk) {
      const rows = Math.min(rowsPerChunk, height - top);
      chunks.push({ sheetIndex, top, height: rows, width, bytes: rows * bytesPerRow, withMerges: capabilities.mergedAreas });
    }
  });
  const loaded = await loadGroups(context, sheets, packChunks(chunks), 0);
  const grids = sheets.map((sheet, sheetIndex) =>
    buildGrid(sheet.name, sizes[sheetIndex] ?? { height: 0, width: 0 }, loaded.filter((part) => part.chunk.sheetIndex === sheetIndex)),
  );
  await loadFormattedText(context, sheets, grids);
  return grids;
}

/** Groups of chunks whose estimated responses each fit one sync. */
function packChunks(chunks: readonly ReadChunk[]): ReadChunk[][] {
  const groups: ReadChunk[][] = [];
  let current: ReadChunk[] = [];
  let bytes = 0;
  let requestBytes = REQUEST_COSTS.request;
  for (const chunk of chunks) {
    const asked = chunkRequestBytes(chunk);
    if (current.length > 0 && (bytes + chunk.bytes > RESPONSE_BYTE_BUDGET || requestBytes + asked > REQUEST_BYTE_BUDGET)) {
      groups.push(current);
      current = [];
      bytes = 0;
      requestBytes = REQUEST_COSTS.request;
    }
    current.push(chunk);
    bytes += chunk.bytes;
    requestBytes += asked;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** One sync per group, in order (recursion: each waits for the previous one). */
async function loadGroups(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  groups: readonly ReadChunk[][],
  index: number,
): Promise<LoadedChunk[]> {
  const group = groups[index];
  if (!group) return [];
  const loaded = await loadChunks(context, sheets, group);
  return [...loaded, ...(await loadGroups(context, sheets, groups, index + 1))];
}

/**
 * Loads a group of chunks in one sync. The estimate comes from a sample, so a sheet whose later rows are
 * much longer may still pass 5 MB: then Excel refuses, and the group is halved and tried again.
 */
async function loadChunks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], chunks: readonly ReadChunk[]): Promise<LoadedChunk[]> {
  if (chunks.length === 0) return [];
  const ranges = chunks.map((chunk) => {
    const sheet = sheets[chunk.sheetIndex];
    if (!sheet) throw new Error(`no sheet for chunk ${chunk.sheetIndex}`);
    const range = sheet.getRangeByIndexes(chunk.top, 0, chunk.height, chunk.width);
    range.load('values,numberFormat');
    const merged = chunk.withMerges
      ? mergeBands(chunk.top, chunk.height, chunk.width).map(([row, column, rows, columns]) =>
          sheet.getRangeByIndexes(row, column, rows, columns).getMergedAreasOrNullObject().load('address'),
        )
      : [];
    return { range, merged };
  });
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error)) throw error;
    const splitAt = splitPoint(chunks);
    if (splitAt === null) throw error;
    const first = await loadChunks(context, sheets, splitAt.first);
    const second = await loadChunks(context, sheets, splitAt.second);
    return [...first, ...second];
  }
  return ranges.map(({ range, merged }, index) => ({
    chunk: chunks[index] ?? { sheetIndex: 0, top: 0, height: 0, width: 0, bytes: 0, withMerges: false },
    values: range.values,
    numberFormat: range.numberFormat,
    mergedAddresses: merged.filter((areas) => !areas.isNullObject).map((areas) => areas.address),
  }));
}

/** Two halves of a group of chunks; a single chunk is halved by rows. Null when it cannot shrink further. */
function splitPoint(chunks: readonly ReadChunk[]): { first: ReadChunk[]; second: ReadChunk[] } | null {
  if (chunks.length > 1) {
    const middle = Math.ceil(chunks.length / 2);
    return { first: chunks.slice(0, middle), second: chunks.slice(middle) };
  }
  const [only] = chunks;
  if (!only || only.height < 2) return null;
  const upper = Math.ceil(only.height / 2);
  return {
    first: [{ ...only, height: upper, bytes: only.bytes / 2 }],
    second: [{ ...only, top: only.top + upper, height: only.height - upper, bytes: only.bytes / 2 }],
  };
}

/** Response bytes per row of the sample's non-empty rows, with room for longer rows further down. */
function sampledBytesPerRow(values: unknown[][], numberFormat: unknown[][], width: number): number {
  let bytes = 0;
  let rows = 0;
  values.forEach((row, r) => {
    if (!row.some((value) => value !== '' && value !== null)) return;
    rows += 1;
    // Only the sheet's own columns: the sample's empty columns to its right are not read later.
    bytes += requestBytesOf(row.slice(0, width)) + requestBytesOf((numberFormat[r] ?? []).slice(0, width));
  });
  const perRow = rows === 0 ? 0 : bytes / rows;
  // The sample is at most SAMPLE_COLUMNS wide; wider sheets cost proportionally more per row.
  const widthFactor = Math.max(1, width / SAMPLE_COLUMNS);
  return Math.max(width * 16, Math.ceil(perRow * widthFactor * SAMPLE_SAFETY_FACTOR));
}

function buildGrid(name: string, size: { height: number; width: number }, parts: readonly LoadedChunk[]): SheetGrid {
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormats: string[][] = [];
  for (const part of [...parts].sort((a, b) => a.chunk.top - b.chunk.top)) {
    part.values.forEach((row, r) => {
      const formats = part.numberFormat[r] ?? [];
      const rowValues = Array.from({ length: size.width }, (_, c) => cellValueOf(row[c], formats[c]));
      values.push(rowValues);
      text.push(rowValues.map((value) => (value === null ? '' : displayTextOf(value))));
      numberFormats.push(Array.from({ length: size.width }, (_, c) => String(formats[c] ?? 'General')));
    });
  }
  // An area is asked of one band only, but Excel returning areas that merely overlap a band must not double it.
  const seen = new Set<string>();
  const merges = parts
    .flatMap((part) => part.mergedAddresses.flatMap(mergesOf))
    .filter((merge) => {
      const key = `${merge.top},${merge.left},${merge.bottom},${merge.right}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return { name, values, text, merges, numberFormats };
}

/**
 * Text and General numbers read as Excel shows them; a number under another format (a date, a
 * percentage, a thousands separator) is shown as Excel formats it, so that text is loaded from Excel:
 * one sync for the runs of such cells of every sheet (≈ 310 B a run asked), more only when they pass
 * 5 MB, and none when there is none.
 */
async function loadFormattedText(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], grids: readonly (SheetGrid | null)[]): Promise<void> {
  const runs: { grid: number; row: number; left: number; right: number; range?: Excel.Range }[] = [];
  grids.forEach((grid, gridIndex) => {
    if (!sheets[gridIndex] || !grid) return;
    grid.values.forEach((row, r) => {
      let left = -1;
      const close = (end: number) => {
        if (left < 0) return;
        runs.push({ grid: gridIndex, row: r, left, right: end - 1 });
        left = -1;
      };
      row.forEach((value, c) => {
        const formatted = typeof value === 'number' && !isGeneralFormat(grid.numberFormats?.[r]?.[c]);
        if (formatted && left < 0) left = c;
        if (!formatted) close(c);
      });
      close(row.length);
    });
  });
  if (runs.length === 0) return;
  await syncParts(
    context,
    runs.map((run) => ({
      bytes: REQUEST_COSTS.rangeLoad,
      queue: () => {
        run.range = sheets[run.grid]?.getRangeByIndexes(run.row, run.left, 1, run.right - run.left + 1).load('text');
      },
    })),
  );
  for (const run of runs) {
    const shown = run.range?.text[0] ?? [];
    const rowText = grids[run.grid]?.text[run.row] as string[] | undefined;
    if (!rowText) continue;
    for (let column = run.left; column <= run.right; column += 1) rowText[column] = String(shown[column - run.left] ?? '');
  }
}

function isGeneralFormat(format: string | undefined): boolean {
  return format === undefined || format === 'General' || format === 'G/通用格式' || format === '@';
}

function cellValueOf(value: unknown, numberFormat: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return numberFormat !== '@' && ERROR_VALUE.test(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** `三季度!A1:B2,三季度!C5:C9` (sheet names may be quoted) → merged areas. */
export function mergesOf(address: string): MergedArea[] {
  if (address.trim() === '') return [];
  return address
    .split(',')
    .map((part) => parseRangeAddress(part.slice(part.lastIndexOf('!') + 1)))
    .filter((range): range is NonNullable<typeof range> => range !== null);
}

function noteKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** UTF-8 size of the JSON Office.js serialises for a payload. */
export const requestBytesOf = jsonBytes;

/** A command of fixed size (a sheet added, rows deleted, cells merged): the table's bound for one. */
function smallWrite(queue: QueuedCommand, commands = 1): QueuedWrite {
  return { bytes: commands * REQUEST_COSTS.smallCommand, queue };
}

/** What a `setFormat` adds: its range, each property, each border edge, and the number formats' JSON. */
function formatBytes(format: CellFormat, cells: number): number {
  const properties = (['bold', 'wrap', 'fill', 'fontColor', 'fontSize', 'horizontalAlignment', 'verticalAlignment'] as const).filter((key) => format[key] !== undefined).length;
  const numberFormats = format.numberFormat === undefined ? 0 : REQUEST_COSTS.numberFormatWrite + cells * (jsonBytes(format.numberFormat) + 1);
  return REQUEST_COSTS.rangeByAddress + properties * REQUEST_COSTS.formatProperty + (format.border ? 6 * REQUEST_COSTS.borderEdge : 0) + numberFormats;
}

/**
 * One proxy per sheet name and run: the cost table counts a sheet's object path once per request, and a
 * path per command would add ≈ 180 B to each (a fill and a note on 20,000 cells: 7 MB more). Forgotten
 * whenever sheets are added, deleted or renamed, so a proxy never follows a sheet under another name.
 */
const sheetProxies = new WeakMap<Excel.RequestContext, Map<string, Excel.Worksheet>>();

function worksheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  const proxies = sheetProxies.get(context) ?? new Map<string, Excel.Worksheet>();
  sheetProxies.set(context, proxies);
  const sheet = proxies.get(name) ?? context.workbook.worksheets.getItem(name);
  proxies.set(name, sheet);
  return sheet;
}

function forgetWorksheets(context: Excel.RequestContext): void {
  sheetProxies.delete(context);
}

function queuedWritesOf(operation: WorkbookOperation, existing: Set<string>, existingNotes: ReadonlySet<string>): QueuedWrite[] {
  const small = (queue: QueuedCommand, commands = 1): QueuedWrite[] => [smallWrite(queue, commands)];
  const sheetOf = (context: Excel.RequestContext) => worksheetOf(context, operation.sheet);
  switch (operation.op) {
    case 'addSheet': {
      const replacing = existing.has(operation.sheet);
      existing.add(operation.sheet);
      return small((context) => {
        forgetWorksheets(context);
        if (!replacing) {
          context.workbook.worksheets.add(operation.sheet);
          return;
        }
        // Out of the way first, deleted once its successor exists: Excel keeps one visible sheet.
        // Each step names the sheet it means, so nothing depends on how a proxy follows a rename.
        context.workbook.worksheets.getItem(operation.sheet).name = REPLACED_SHEET_NAME;
        context.workbook.worksheets.add(operation.sheet);
        context.workbook.worksheets.getItem(REPLACED_SHEET_NAME).delete();
      }, 3);
    }
    case 'deleteSheet': {
      if (!existing.has(operation.sheet)) return [];
      existing.delete(operation.sheet);
      return small((context) => {
        forgetWorksheets(context);
        context.workbook.worksheets.getItem(operation.sheet).delete();
      });
    }
    case 'writeBlock':
      return writeBlockChunks(operation);
    case 'deleteRows':
      return small((context) => {
        sheetOf(context).getRangeByIndexes(operation.row, 0, operation.count, 1).getEntireRow().delete('Up');
      });
    case 'setFormat': {
      const bounds = parseRangeAddress(operation.range) ?? parseCellAddressAsRange(operation.range);
      const cells = (bounds.bottom - bounds.top + 1) * (bounds.right - bounds.left + 1);
      return [{ bytes: formatBytes(operation.format, cells), queue: (context) => applyFormat(sheetOf(context).getRange(operation.range), operation.range, operation.format) }];
    }
    case 'mergeCells':
      return small((context) => sheetOf(context).getRange(operation.range).merge(false));
    case 'setColumnWidths':
      return [{ bytes: REQUEST_COSTS.request + operation.widths.length * REQUEST_COSTS.columnWidth, queue: (context) => {
        const sheet = sheetOf(context);
        operation.widths.forEach((width, column) => {
          // Excel's column width is in points; one character of the default font is about 7.5 points.
          sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = Math.round(width * 7.5);
        });
      } }];
    case 'freezeRows':
      return small((context) => sheetOf(context).freezePanes.freezeRows(operation.count));
    case 'setValidationList':
      return [
        {
          bytes: 2 * REQUEST_COSTS.smallCommand + jsonBytes(operation.list),
          queue: (context) => {
            const validation = sheetOf(context).getRange(operation.range).dataValidation;
            validation.clear();
            validation.rule = { list: { inCellDropDown: true, source: operation.list.join(',') } };
          },
        },
      ];
    case 'setNote': {
      const exists = existingNotes.has(noteKey(operation.sheet, operation.cell));
      if (operation.text === null && !exists) return [];
      const text = operation.text;
      return [
        {
          bytes: (text === null ? REQUEST_COSTS.noteDelete : exists ? REQUEST_COSTS.noteSet : REQUEST_COSTS.noteAdd + jsonBytes(operation.cell)) + jsonBytes(text),
          queue: (context) => {
            const notes = sheetOf(context).notes;
            if (text === null) notes.getItem(operation.cell).delete();
            else if (exists) notes.getItem(operation.cell).content = text;
            else notes.add(operation.cell, text);
          },
        },
      ];
    }
    case 'setPageSetup':
      return small((context) => {
        const layout = sheetOf(context).pageLayout;
        layout.orientation = operation.setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        const titles = operation.setup.printTitleRows;
        if (titles) layout.setPrintTitleRows(`$${titles.first}:$${titles.last}`);
        // Documented values only (Excel.PageLayoutZoomOptions: pages wide and tall are page counts, or
        // null when a percentage scale is used); 0 is not one of them. One page wide, height left to Excel.
        // Excel may not apply a fit while its Page Layout tab has never been shown (OfficeDev/office-js#1860):
        // the README says what to check.
        if (operation.setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
      });
    case 'addChart':
      return small((context) => {
        const sheet = sheetOf(context);
        const chart = sheet.charts.add(operation.kind === 'columnClustered' ? 'ColumnClustered' : 'BarStacked', sheet.getRange(operation.range), 'Auto');
        chart.title.text = operation.title;
      });
    default:
      return operation satisfies never;
  }
}

/**
 * A block as row chunks that each fit one request. Text cells get number format `@` before their values
 * so `= + - @` text stays text; other cells keep their format (null leaves a cell's format as it is).
 * An empty cell is written as '' because null in a values array leaves the cell unchanged.
 */
function writeBlockChunks(operation: Extract<WorkbookOperation, { op: 'writeBlock' }>): QueuedWrite[] {
  const width = operation.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (width === 0 || operation.values.length === 0) return [];
  const rows = operation.values.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
  // The values, plus `"@",` (or `null,`) per cell for the number formats sent with them.
  const rowBytes = rows.map((row) => jsonBytes(row) + width * 5);
  const chunk = (top: number, end: number): QueuedWrite => {
    const slice = rows.slice(top, end);
    const formats = slice.map((row) => row.map((value) => (typeof value === 'string' ? '@' : null)));
    const values = slice.map((row) => row.map((value) => value ?? ''));
    const hasText = formats.some((row) => row.some((format) => format !== null));
    return {
      bytes: REQUEST_COSTS.valuesWrite + REQUEST_COSTS.numberFormatWrite + rowBytes.slice(top, end).reduce((total, bytes) => total + bytes, 0),
      queue: (context) => {
        const range = worksheetOf(context, operation.sheet).getRangeByIndexes(operation.row + top, operation.column, slice.length, width);
        if (hasText) range.numberFormat = formats;
        range.values = values;
      },
      // Refused alone (a row far longer than the estimate): the halves, by rows.
      split: () => (end - top < 2 ? null : [chunk(top, top + Math.ceil((end - top) / 2)), chunk(top + Math.ceil((end - top) / 2), end)]),
    };
  };
  const chunks: QueuedWrite[] = [];
  // Room in the request for the small commands (new sheet, formats) packed with the first chunk.
  const chunkBudget = REQUEST_BYTE_BUDGET - 200 * REQUEST_COSTS.smallCommand;
  let start = 0;
  let bytes = 0;
  rowBytes.forEach((size, index) => {
    if (bytes > 0 && bytes + size > chunkBudget) {
      chunks.push(chunk(start, index));
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  chunks.push(chunk(start, rows.length));
  return chunks;
}

function applyFormat(range: Excel.Range, address: string, format: CellFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.fill === null) range.format.fill.clear();
  else if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.horizontalAlignment !== undefined) range.format.horizontalAlignment = capitalised(format.horizontalAlignment);
  if (format.verticalAlignment !== undefined) range.format.verticalAlignment = capitalised(format.verticalAlignment);
  if (format.numberFormat !== undefined) {
    const bounds = parseRangeAddress(address) ?? parseCellAddressAsRange(address);
    const height = bounds.bottom - bounds.top + 1;
    const width = bounds.right - bounds.left + 1;
    const numberFormat = format.numberFormat;
    range.numberFormat = Array.from({ length: height }, () => Array.from({ length: width }, () => numberFormat));
  }
  if (format.border) {
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const) {
      range.format.borders.getItem(edge).style = 'Continuous';
    }
  }
}

function parseCellAddressAsRange(address: string) {
  const cell = parseCellAddress(address);
  if (!cell) throw new Error(`not a range address: ${address}`);
  return { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };
}

function capitalised<T extends string>(word: T): Capitalize<T> {
  return (word.charAt(0).toUpperCase() + word.slice(1)) as Capitalize<T>;
}
