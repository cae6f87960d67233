/**
 * The write path of every host: keep what a batch overwrites, apply it, and undo it on request.
 * Both the Excel host and file mode use it, so "撤销上次修改" behaves the same everywhere. A host with
 * sheet backups (Excel with ExcelApi 1.9) restores formats, merges, notes and sizes exactly; elsewhere
 * undo restores values and number formats, and an Excel without backups says so with the last change.
 */
import type { Workbook, WorkbookOperation, WriteResult } from '../../core';
import type { LastChange } from '../host';
import { inverseOperations, planUndo, readUndoSnapshots } from './planUndo';
import { backupRequests, type SheetBackup, type SheetBackupStore } from './sheetBackups';

export interface UndoableWriter {
  applyUndoable(operations: readonly WorkbookOperation[], label: string): Promise<WriteResult>;
  lastChange(): LastChange | null;
  undoLastChange(): Promise<boolean>;
}

interface RecordedChange extends LastChange {
  readonly inverse: readonly WorkbookOperation[];
  readonly backups: readonly SheetBackup[];
}

export interface UndoableWriterOptions {
  /** Whole-sheet copies for exact undo, where the host can make them. */
  readonly backupStore?: SheetBackupStore;
  /** Without them, mark a change whose formats undo cannot restore (the pane then says so). */
  readonly flagValuesOnly?: boolean;
}

export function createUndoableWriter(workbook: Workbook, { backupStore, flagValuesOnly = false }: UndoableWriterOptions = {}): UndoableWriter {
  let last: RecordedChange | null = null;
  return {
    async applyUndoable(operations, label) {
      const sheets = [...new Set(operations.map((operation) => operation.sheet))];
      const change = backupStore ? await applyWithBackups(workbook, backupStore, operations) : await applyWithValues(workbook, operations, flagValuesOnly);
      last = { label, sheets, ...change.undo };
      return change.result;
    },
    lastChange() {
      if (last === null) return null;
      return { label: last.label, sheets: last.sheets, ...(last.restoresValuesOnly ? { restoresValuesOnly: true } : {}) };
    },
    async undoLastChange() {
      if (last === null) return false;
      const change = last;
      if (backupStore && change.backups.length > 0) await backupStore.restoreBackups(change.backups, change.inverse);
      else await workbook.apply(change.inverse);
      last = null;
      return true;
    },
  };
}

interface AppliedChange {
  readonly result: WriteResult;
  readonly undo: Pick<RecordedChange, 'inverse' | 'backups' | 'restoresValuesOnly'>;
}

/**
 * Sheets changed beyond their values are copied whole by the host in the write's own batch (no read
 * beforehand: a 10,000-row repair that deletes rows costs no extra round trip); sheets that only get
 * values are read first, as everywhere.
 */
async function applyWithBackups(workbook: Workbook, store: SheetBackupStore, operations: readonly WorkbookOperation[]): Promise<AppliedChange> {
  const requests = backupRequests(operations);
  const requested = new Set(requests.map((request) => request.sheet));
  const valueOperations = operations.filter((operation) => !requested.has(operation.sheet));
  const valueInverse = valueOperations.length > 0 ? await planUndo(workbook, valueOperations) : [];
  const { result, backups } = await store.applyWithBackups(operations, requests);
  const backedUp = new Set(backups.map((backup) => backup.sheet));
  // A requested sheet without a backup did not exist: the batch created it, and undo removes it.
  const created: WorkbookOperation[] = requests
    .filter((request) => !backedUp.has(request.sheet) && operations.some((operation) => operation.op === 'addSheet' && operation.sheet === request.sheet))
    .map((request) => ({ op: 'deleteSheet', sheet: request.sheet }));
  return { result, undo: { inverse: [...valueInverse, ...created], backups, restoresValuesOnly: false } };
}

async function applyWithValues(workbook: Workbook, operations: readonly WorkbookOperation[], flagValuesOnly: boolean): Promise<AppliedChange> {
  const { existing, snapshots } = await readUndoSnapshots(workbook, [...new Set(operations.map((operation) => operation.sheet))]);
  const inverse = inverseOperations(operations, existing, snapshots);
  const result = await workbook.apply(operations);
  const restoresValuesOnly = flagValuesOnly && backupRequests(operations).some((request) => existing.has(request.sheet));
  return { result, undo: { inverse, backups: [], restoresValuesOnly } };
}
