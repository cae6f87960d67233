/**
 * The operations that put back what a batch overwrites. Excel's own undo is unreliable for add-in writes
 * on many builds, so Jindu keeps the overwritten cells itself before every write.
 */
import { appendAll, rangeAddress, type CellValue, type SheetGrid, type WorkbookOperation, type WorkbookReader, type WritableValue } from '../../core';

/** Reads every sheet the batch touches once, before the batch runs, and returns the inverse operations. */
export async function planUndo(reader: WorkbookReader, operations: readonly WorkbookOperation[]): Promise<WorkbookOperation[]> {
  const { existing, snapshots } = await readUndoSnapshots(reader, [...new Set(operations.map((operation) => operation.sheet))]);
  return inverseOperations(operations, existing, snapshots);
}

/** Which of `sheets` exist, and the contents of those that do, read before a batch. */
export interface UndoSnapshots {
  readonly existing: ReadonlySet<string>;
  readonly snapshots: ReadonlyMap<string, SheetGrid>;
}

export async function readUndoSnapshots(reader: WorkbookReader, sheets: readonly string[]): Promise<UndoSnapshots> {
  const snapshots = new Map<string, SheetGrid>();
  if (isPresenceReader(reader)) {
    // Existence and contents in one round trip (Office.js).
    for (const grid of await reader.readSheetsIfPresent(sheets)) if (grid) snapshots.set(grid.name, grid);
    return { existing: new Set(snapshots.keys()), snapshots };
  }
  const existing = new Set((await reader.listSheets()).map((sheet) => sheet.name));
  for (const grid of await readAll(reader, sheets.filter((name) => existing.has(name)))) snapshots.set(grid.name, grid);
  return { existing, snapshots };
}

/** A reader that reads sheets that may not exist, telling which do, in one round trip. */
interface PresenceReader extends WorkbookReader {
  readSheetsIfPresent(names: readonly string[]): Promise<(SheetGrid | null)[]>;
}

function isPresenceReader(reader: WorkbookReader): reader is PresenceReader {
  return 'readSheetsIfPresent' in reader && typeof reader.readSheetsIfPresent === 'function';
}

function readAll(reader: WorkbookReader, names: readonly string[]): Promise<readonly SheetGrid[]> {
  if (names.length === 0) return Promise.resolve([]);
  if (reader.readSheets) return reader.readSheets(names);
  return Promise.all(names.map((name) => reader.readSheet(name)));
}

/** Pure part of `planUndo`, given which sheets exist and their contents before the batch. */
export function inverseOperations(
  operations: readonly WorkbookOperation[],
  existingSheets: ReadonlySet<string>,
  snapshots: ReadonlyMap<string, SheetGrid>,
): WorkbookOperation[] {
  const inverse: WorkbookOperation[] = [];
  const bySheet = new Map<string, WorkbookOperation[]>();
  for (const operation of operations) {
    const list = bySheet.get(operation.sheet) ?? [];
    list.push(operation);
    bySheet.set(operation.sheet, list);
  }
  for (const [sheet, sheetOperations] of bySheet) {
    const snapshot = snapshots.get(sheet);
    if (!existingSheets.has(sheet) || !snapshot) {
      // A sheet the batch created goes away again.
      if (sheetOperations.some((operation) => operation.op === 'addSheet')) inverse.push({ op: 'deleteSheet', sheet });
      continue;
    }
    const recreated = sheetOperations.some(
      (operation) => operation.op === 'deleteSheet' || (operation.op === 'addSheet' && operation.replace),
    );
    const rowsDeleted = sheetOperations.some((operation) => operation.op === 'deleteRows');
    if (recreated) {
      inverse.push({ op: 'addSheet', sheet, replace: true }, ...rewriteWholeGrid(snapshot, snapshot.values.length));
      for (const merge of snapshot.merges) {
        inverse.push({ op: 'mergeCells', sheet, range: rangeAddress(merge.top, merge.left, merge.bottom, merge.right) });
      }
      continue;
    }
    if (rowsDeleted) {
      // Rows shifted up: rewrite the whole original area, plus blank out the rows any write reached below it.
      const lowestWrite = sheetOperations.reduce(
        (lowest, operation) => (operation.op === 'writeBlock' ? Math.max(lowest, operation.row + operation.values.length) : lowest),
        0,
      );
      appendAll(inverse, rewriteWholeGrid(snapshot, Math.max(snapshot.values.length, lowestWrite)));
      continue;
    }
    for (const operation of [...sheetOperations].reverse()) {
      if (operation.op !== 'writeBlock') continue;
      const width = operation.values.reduce((widest, row) => Math.max(widest, row.length), 0);
      const previous: WritableValue[][] = operation.values.map((_, r) =>
        Array.from({ length: width }, (__, c) => writableOf(snapshot.values[operation.row + r]?.[operation.column + c] ?? null)),
      );
      inverse.push({ op: 'writeBlock', sheet, row: operation.row, column: operation.column, values: previous });
      inverse.push(...restoredNumberFormats(snapshot, operation));
    }
  }
  return inverse;
}

function rewriteWholeGrid(snapshot: SheetGrid, height: number): WorkbookOperation[] {
  const width = snapshot.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (height === 0 || width === 0) return [];
  const values: WritableValue[][] = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (__, c) => writableOf(snapshot.values[r]?.[c] ?? null)),
  );
  return [{ op: 'writeBlock', sheet: snapshot.name, row: 0, column: 0, values }];
}

/** A formula error cannot be written back as a value; its displayed text is the closest thing. */
function writableOf(value: CellValue): WritableValue {
  if (value !== null && typeof value === 'object') return value.error;
  return value;
}

/**
 * Text is written with number format `@`; where the cell had another format (a date, a percentage), put it
 * back, one operation per run of equal formats along a row.
 */
function restoredNumberFormats(snapshot: SheetGrid, operation: Extract<WorkbookOperation, { op: 'writeBlock' }>): WorkbookOperation[] {
  const formats = snapshot.numberFormats;
  if (!formats) return [];
  const restored: WorkbookOperation[] = [];
  operation.values.forEach((rowValues, r) => {
    const row = operation.row + r;
    let runStart = -1;
    let runFormat = '';
    const close = (end: number) => {
      if (runStart < 0) return;
      restored.push({ op: 'setFormat', sheet: snapshot.name, range: rangeAddress(row, runStart, row, end - 1), format: { numberFormat: runFormat } });
      runStart = -1;
    };
    rowValues.forEach((value, c) => {
      const column = operation.column + c;
      const before = formats[row]?.[column] ?? 'General';
      const changed = typeof value === 'string' && before !== '@';
      if (!changed || before !== runFormat) close(column);
      if (changed && runStart < 0) {
        runStart = column;
        runFormat = before;
      }
    });
    close(operation.column + rowValues.length);
  });
  return restored;
}
