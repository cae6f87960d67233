/**
 * The Excel host: the Office.js workbook, selection, marks, document settings and the undo of Jindu's own
 * last change.
 */
import type { WorkbookOperation } from '../../core';
import type { Host } from '../../app/host';
import { createUndoableWriter } from '../../app/undo/undoableWriter';
import { documentMarkStore, documentSettingsStore, type DocumentSettings } from './documentSettings';
import { officeExcelRunner, type ExcelRunner } from './excelRunner';
import { OfficeWorkbookError, toOfficeWorkbookError } from './officeErrors';
import { clearMarks, markCells } from './officeMarks';
import { OfficeWorkbook } from './officeWorkbook';
import { detectOfficeCapabilities, libraryOf, type OfficeCapabilities } from './requirements';

export interface ExcelHostOptions {
  readonly run: ExcelRunner;
  readonly capabilities: OfficeCapabilities;
  readonly documentSettings: DocumentSettings;
  readonly displayLanguage: string;
  /** The workbook is open read-only (`Office.context.document.mode`). */
  readonly isReadOnly: () => boolean;
}

export function createExcelHost(
  options: ExcelHostOptions,
): Host & { readonly workbook: OfficeWorkbook; readonly capabilities: OfficeCapabilities; discardStaleUndoBackups(): Promise<void> } {
  const { run, capabilities } = options;
  const workbook = new OfficeWorkbook(run, capabilities);
  // Exact undo where Excel can copy sheets; elsewhere values only, and the last change says so.
  const writer = createUndoableWriter(workbook, capabilities.sheetBackups ? { backupStore: workbook } : { flagValuesOnly: true });
  const marks = documentMarkStore(options.documentSettings);
  // Where marks cannot carry notes the pane says so once per session, not at every marking.
  let notesExplained = false;
  const refuseWhenReadOnly = () => {
    if (options.isReadOnly()) throw new OfficeWorkbookError('pane.readOnly');
  };
  return {
    kind: 'excel',
    displayLanguage: options.displayLanguage,
    workbook,
    capabilities,
    settings: documentSettingsStore(options.documentSettings),
    async activeSheet() {
      return run({ delayForCellEdit: true }, async (context) => {
        const sheet = context.workbook.worksheets.getActiveWorksheet();
        sheet.load('name');
        await context.sync();
        return sheet.name;
      }).catch((error: unknown) => {
        throw toOfficeWorkbookError(error);
      });
    },
    async select(sheet, address) {
      await run({ delayForCellEdit: true }, async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(address).select();
        await context.sync();
      }).catch((error: unknown) => {
        throw toOfficeWorkbookError(error, { sheet });
      });
    },
    async mark(cells) {
      refuseWhenReadOnly();
      const outcome = await markCells(run, capabilities, marks, cells);
      if (outcome.notesUnavailable === null || outcome.markedCells === 0) return outcome;
      if (notesExplained) return { ...outcome, notesUnavailable: null };
      notesExplained = true;
      return outcome;
    },
    async clearMarks() {
      refuseWhenReadOnly();
      return clearMarks(run, capabilities, marks);
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
    /** Backups a pane closed before undo left in the workbook go when a pane starts, so files never carry them. */
    async discardStaleUndoBackups() {
      if (!capabilities.sheetBackups || options.isReadOnly()) return;
      await workbook.discardBackups();
    },
  };
}

/** The host of the Excel this code runs in: the one place that reads Office.context for it. Call after
 * Office.onReady has reported an Excel host (the pane and the ribbon commands both do). */
export function createCurrentExcelHost(): ReturnType<typeof createExcelHost> {
  return createExcelHost({
    run: officeExcelRunner,
    // The host's answer and the loaded office.js's members: an intranet copy can be older than Excel.
    capabilities: detectOfficeCapabilities(
      (name, version) => Office.context.requirements.isSetSupported(name, version),
      libraryOf(typeof Excel === 'undefined' ? undefined : Excel),
    ),
    documentSettings: Office.context.document.settings,
    displayLanguage: Office.context.displayLanguage,
    isReadOnly: () => Office.context.document.mode === Office.DocumentMode.ReadOnly,
  });
}
