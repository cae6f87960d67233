/**
 * The file-mode host: one open .xlsx file stands where Excel's active workbook stands. The
 * selection and marks Excel would show are shown by the page's sheet preview (through the file session);
 * marks are also written into the file (fill and note), so the downloaded workbook carries them.
 */
import type { HostCapabilities, WorkbookOperation } from '../../core';
import { MARK_FILLS, type Host, type SettingsStore } from '../host';
import { createUndoableWriter } from '../undo/undoableWriter';
import type { FileSession } from './fileSession';
import type { SavedDecoration } from './fileWorkbook';

/** What an .xlsx file can hold: validations and notes yes; charts no (ExcelJS cannot draw them). */
export const FILE_CAPABILITIES: HostCapabilities = { dataValidation: true, notes: true, charts: false, undoGrouping: false };

export interface FileHostOptions {
  readonly session: FileSession;
  readonly fileId: string;
  readonly displayLanguage: string;
  /** Settings live with the page in file mode: one store for every open file. */
  readonly settings: SettingsStore;
}

export function createFileHost(options: FileHostOptions): Host {
  const { session, fileId } = options;
  const current = () => {
    const file = session.file(fileId);
    if (!file) throw new Error(`file ${fileId} is no longer open`);
    return file;
  };
  const { workbook } = current();
  const writer = createUndoableWriter(workbook);
  /** The fill and note each marked cell had before Jindu marked it, keyed `sheet!A1`. */
  const beforeMarks = new Map<string, SavedDecoration>();
  const touched = () => session.update(fileId, (file) => ({ changed: true, revision: file.revision + 1 }));

  return {
    kind: 'file',
    displayLanguage: options.displayLanguage,
    workbook,
    capabilities: FILE_CAPABILITIES,
    settings: options.settings,

    async activeSheet() {
      const chosen = current().activeSheet;
      const sheets = await workbook.listSheets();
      if (chosen !== null && sheets.some((sheet) => sheet.name === chosen)) return chosen;
      return sheets.find((sheet) => sheet.visible)?.name ?? null;
    },

    async select(sheet, address) {
      session.update(fileId, () => ({ activeSheet: sheet, selection: { sheet, address } }));
    },

    async mark(cells) {
      const fresh = cells.filter((cell) => !beforeMarks.has(`${cell.sheet}!${cell.cell}`));
      const sheets = [...new Set(fresh.map((cell) => cell.sheet))];
      for (const sheet of sheets) {
        const addresses = fresh.filter((cell) => cell.sheet === sheet).map((cell) => cell.cell);
        for (const saved of workbook.saveDecorations(sheet, addresses)) beforeMarks.set(`${sheet}!${saved.address}`, saved);
      }
      const operations: WorkbookOperation[] = cells.flatMap((cell) => [
        { op: 'setFormat', sheet: cell.sheet, range: cell.cell, format: { fill: MARK_FILLS[cell.severity] } },
        { op: 'setNote', sheet: cell.sheet, cell: cell.cell, text: cell.note },
      ]);
      await workbook.apply(operations);
      session.update(fileId, (file) => ({ marks: mergeMarks(file.marks, cells), changed: true, revision: file.revision + 1 }));
      return { markedCells: cells.length, notesAdded: cells.length, notesUnavailable: null };
    },

    async clearMarks() {
      const saved = [...beforeMarks.values()];
      workbook.restoreDecorations(saved);
      beforeMarks.clear();
      session.update(fileId, (file) => ({ marks: [], revision: file.revision + 1 }));
      // Nobody edits cells in file mode but Jindu, so every marked cell can be restored.
      return { clearedCells: saved.length, notesRemoved: saved.length, keptChangedByUser: 0 };
    },

    async applyUndoable(operations: readonly WorkbookOperation[], label: string) {
      const result = await writer.applyUndoable(operations, label);
      touched();
      return result;
    },

    lastChange: () => writer.lastChange(),

    async undoLastChange() {
      const undone = await writer.undoLastChange();
      if (undone) touched();
      return undone;
    },
  };
}

function mergeMarks(earlier: readonly MarkedCell[], added: readonly MarkedCell[]): MarkedCell[] {
  const byCell = new Map(earlier.map((mark) => [`${mark.sheet}!${mark.cell}`, mark]));
  for (const mark of added) byCell.set(`${mark.sheet}!${mark.cell}`, mark);
  return [...byCell.values()];
}

type MarkedCell = Parameters<Host['mark']>[0][number];

/** Settings kept for as long as the page is open (a file carries none of Jindu's settings). */
export function createPageSettingsStore(initial: ReturnType<SettingsStore['load']>): SettingsStore {
  let settings = initial;
  return {
    load: () => settings,
    async save(next) {
      settings = next;
    },
  };
}
