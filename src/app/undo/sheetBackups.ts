/**
 * Exact undo of changes that values cannot restore. Before a batch that deletes rows, changes formats,
 * merges, widths or validation of an existing sheet, or replaces or deletes one, a host that can copy
 * sheets keeps a whole hidden copy of it; undo puts that copy's contents back. Writes that only put
 * values into cells keep the cheaper value-level inverse (planUndo.ts).
 */
import { parseCellAddress, parseRangeAddress, type WorkbookOperation, type WriteResult } from '../../core';

/**
 * How a backed-up sheet comes back. `inPlace`: the sheet still exists under its name after the change,
 * so its contents become the backup's again and the sheet object stays (formulas, names and charts of
 * other sheets that point at it survive). `swap`: the change replaced or deleted it, so the backup
 * takes its name and place again.
 */
export type BackupRestore = 'inPlace' | 'swap';

/** A sheet the batch changes in a way values cannot restore, if it exists when the batch runs. */
export interface BackupRequest {
  readonly sheet: string;
  readonly restore: BackupRestore;
  /** Rows from 1 the batch reaches (formats and validation may lie beyond the sheet's used range). */
  readonly rows: number;
  /** Columns from A whose widths the batch sets (they may lie beyond the sheet's used range). */
  readonly widthColumns: number;
  /** The batch freezes rows: in place, the frozen panes are set back too. */
  readonly freezePanes: boolean;
  /** The batch adds charts: in place, they are removed again. */
  readonly charts: boolean;
}

/** A backup the host made: the hidden copy of `sheet`, and where the sheet was. */
export interface SheetBackup extends BackupRequest {
  readonly backup: string;
  /** `Visible`, `Hidden` or `VeryHidden`, as the sheet was before the change. */
  readonly visibility: string;
  /** 0-based place among the workbook's sheets before the change. */
  readonly position: number;
}

export interface BackedUpWrite {
  readonly result: WriteResult;
  /** One per requested sheet that existed; a requested sheet without one was created by the batch. */
  readonly backups: readonly SheetBackup[];
}

/** What a host offers for exact undo (the Excel host with ExcelApi 1.9). */
export interface SheetBackupStore {
  /**
   * Applies the batch, in the same batch and before it copying every requested sheet that exists into a
   * hidden backup; the backups of the change before are dropped there too.
   */
  applyWithBackups(operations: readonly WorkbookOperation[], requests: readonly BackupRequest[]): Promise<BackedUpWrite>;
  /** In one batch: puts every backed-up sheet back, applies the value-level `inverse`, removes the backups. */
  restoreBackups(backups: readonly SheetBackup[], inverse: readonly WorkbookOperation[]): Promise<void>;
  /** Removes every backup in the workbook (left by a pane that closed before its change was undone). */
  discardBackups(): Promise<void>;
}

/** Operations whose effect a value-level inverse restores exactly. */
function restorableByValues(operation: WorkbookOperation): boolean {
  return operation.op === 'writeBlock';
}

/** The sheets a batch changes beyond their values, each with how it would be restored. */
export function backupRequests(operations: readonly WorkbookOperation[]): BackupRequest[] {
  const requests = new Map<string, { restore: BackupRestore; rows: number; widthColumns: number; freezePanes: boolean; charts: boolean }>();
  for (const operation of operations) {
    if (restorableByValues(operation)) continue;
    const request = requests.get(operation.sheet) ?? { restore: 'inPlace' as BackupRestore, rows: 0, widthColumns: 0, freezePanes: false, charts: false };
    if (operation.op === 'deleteSheet' || (operation.op === 'addSheet' && operation.replace)) request.restore = 'swap';
    if (operation.op === 'setColumnWidths') request.widthColumns = Math.max(request.widthColumns, operation.widths.length);
    if (operation.op === 'freezeRows') request.freezePanes = true;
    if (operation.op === 'addChart') request.charts = true;
    requests.set(operation.sheet, request);
  }
  for (const operation of operations) {
    const request = requests.get(operation.sheet);
    if (request) request.rows = Math.max(request.rows, rowsReached(operation));
  }
  return [...requests].map(([sheet, request]) => ({ sheet, ...request }));
}

/** How many rows from the top an operation reaches; 0 for whole-sheet operations. */
function rowsReached(operation: WorkbookOperation): number {
  switch (operation.op) {
    case 'writeBlock':
      return operation.row + operation.values.length;
    case 'deleteRows':
      return operation.row + operation.count;
    case 'setFormat':
    case 'mergeCells':
    case 'setValidationList':
      return (parseRangeAddress(operation.range)?.bottom ?? -1) + 1;
    case 'setNote':
      return (parseCellAddress(operation.cell)?.row ?? -1) + 1;
    default:
      return 0;
  }
}
