/**
 * The pane's host inside WPS 表格: the ET workbook, selection, marks, settings kept in the workbook and
 * the exact undo of Jindu's own last change by hidden sheet copies.
 */
import type { HostCapabilities, WorkbookOperation } from '../../core';
import type { Host } from '../../app/host';
import { createUndoableWriter } from '../../app/undo/undoableWriter';
import type { EtApplication, EtWorkbook } from './etObjectModel';
import { WpsWorkbookError } from './wpsErrors';
import { clearMarks, markCells } from './wpsMarks';
import { WpsWorkbook } from './wpsWorkbook';
import { WorkbookStore } from './workbookStore';

export const WPS_CAPABILITIES: HostCapabilities = { dataValidation: true, notes: true, charts: true, undoGrouping: false };

export interface WpsHostOptions {
  readonly application: EtApplication;
  /** BCP 47 tag of the language to show (WPS for Linux and Windows in China: zh-CN). */
  readonly displayLanguage: string;
  /** The workbook the pane serves; the active one at each call when not given. */
  readonly workbook?: EtWorkbook;
}

export function createWpsHost(options: WpsHostOptions): Host & { readonly workbook: WpsWorkbook; discardStaleUndoBackups(): Promise<void> } {
  const { application } = options;
  const workbook = new WpsWorkbook(application, options.workbook ?? null);
  const store = new WorkbookStore(application, workbook);
  const marks = store.marks();
  const writer = createUndoableWriter(workbook, { backupStore: workbook });
  const refuseWhenReadOnly = () => {
    if (workbook.book().ReadOnly) throw new WpsWorkbookError('wps.readOnly');
  };
  return {
    kind: 'wps',
    displayLanguage: options.displayLanguage,
    workbook,
    capabilities: WPS_CAPABILITIES,
    settings: store.settings(),
    async activeSheet() {
      return application.ActiveSheet?.Name ?? null;
    },
    async select(sheet, address) {
      workbook.requireSheet(sheet).Activate();
      workbook.requireSheet(sheet).Range(address).Select();
    },
    async mark(cells) {
      refuseWhenReadOnly();
      return markCells(workbook, marks, cells);
    },
    async clearMarks() {
      refuseWhenReadOnly();
      return clearMarks(workbook, marks);
    },
    async applyUndoable(operations: readonly WorkbookOperation[], label: string) {
      refuseWhenReadOnly();
      return writer.applyUndoable(operations, label);
    },
    lastChange: () => writer.lastChange(),
    async undoLastChange() {
      refuseWhenReadOnly();
      return writer.undoLastChange();
    },
    /** Copies a pane closed before undo left in the workbook go when a pane starts, so files never carry them. */
    async discardStaleUndoBackups() {
      if (workbook.book().ReadOnly) return;
      await workbook.discardBackups();
    },
  };
}
