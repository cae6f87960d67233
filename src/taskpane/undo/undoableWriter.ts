/**
 * The write path of every host: keep what a batch overwrites, apply it, and undo it on request.
 * Both the Excel host and file mode use it, so "撤销上次修改" behaves the same everywhere.
 */
import type { Workbook, WorkbookOperation, WriteResult } from '../../core';
import type { LastChange } from '../paneHost';
import { planUndo } from './planUndo';

export interface UndoableWriter {
  applyUndoable(operations: readonly WorkbookOperation[], label: string): Promise<WriteResult>;
  lastChange(): LastChange | null;
  undoLastChange(): Promise<boolean>;
}

interface RecordedChange extends LastChange {
  readonly inverse: readonly WorkbookOperation[];
}

export function createUndoableWriter(workbook: Workbook): UndoableWriter {
  let last: RecordedChange | null = null;
  return {
    async applyUndoable(operations, label) {
      const inverse = await planUndo(workbook, operations);
      const result = await workbook.apply(operations);
      last = { label, sheets: [...new Set(operations.map((operation) => operation.sheet))], inverse };
      return result;
    },
    lastChange() {
      return last === null ? null : { label: last.label, sheets: last.sheets };
    },
    async undoLastChange() {
      if (last === null) return false;
      const change = last;
      await workbook.apply(change.inverse);
      last = null;
      return true;
    },
  };
}
