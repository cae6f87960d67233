/**
 * "标记" and "清除标记" in Excel. Marking keeps, per cell, the fill it had and the note Jindu added, in the
 * document settings (so a reopened pane can still clear them); clearing restores exactly those and
 * leaves any cell the user changed since alone.
 */
import type { Severity } from '../../core';
import type { CellMark, ClearMarksOutcome, MarkOutcome } from '../../taskpane/paneHost';
import type { ExcelRunner } from './excelRunner';
import { OfficeWorkbookError, toOfficeWorkbookError } from './officeErrors';
import type { OfficeCapabilities } from './requirements';

/** Fills of Excel's own "bad / neutral" cell styles, so marks look familiar. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** Excel reports a cell without fill as white; restoring white as "no fill" looks the same to the user. */
const NO_FILL = '#FFFFFF';

export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The fill before Jindu marked it; null for none. */
  readonly previousFill: string | null;
  readonly markFill: string;
  /** The note Jindu added; null when it added none (no notes API, or the user had a note there). */
  readonly note: string | null;
}

/** Where the records live between marking and clearing. */
export interface MarkRecordStore {
  load(): readonly MarkRecord[];
  save(records: readonly MarkRecord[]): Promise<void>;
}

function recordKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

export async function markCells(
  run: ExcelRunner,
  capabilities: OfficeCapabilities,
  store: MarkRecordStore,
  marks: readonly CellMark[],
): Promise<MarkOutcome> {
  const earlier = new Map(store.load().map((record) => [recordKey(record.sheet, record.cell), record]));
  const unique = [...new Map(marks.map((mark) => [recordKey(mark.sheet, mark.cell), mark])).values()];
  if (unique.length === 0) return { markedCells: 0, notesAdded: 0, notesUnavailable: capabilities.notes ? null : 'office.unsupported.notes' };
  const records = await run({ delayForCellEdit: true }, async (context) => {
    const sheetNames = [...new Set(unique.map((mark) => mark.sheet))];
    const sheets = new Map(sheetNames.map((name) => [name, context.workbook.worksheets.getItem(name)]));
    sheets.forEach((sheet) => sheet.load('protection/protected'));
    const cells = unique.map((mark) => {
      const sheet = sheets.get(mark.sheet) ?? context.workbook.worksheets.getItem(mark.sheet);
      const range = sheet.getRange(mark.cell);
      range.load('format/fill/color');
      const note = capabilities.notes ? sheet.notes.getItemOrNullObject(mark.cell) : null;
      note?.load('content');
      return { mark, sheet, range, note };
    });
    await context.sync();
    sheets.forEach((sheet, name) => {
      if (sheet.protection.protected) throw new OfficeWorkbookError('sheet.protected', { sheet: name });
    });

    const written = cells.map(({ mark, sheet, range, note }) => {
      const key = recordKey(mark.sheet, mark.cell);
      const before = earlier.get(key);
      const currentFill = range.format.fill.color.toUpperCase();
      const markFill = MARK_FILLS[mark.severity];
      const previousFill = before ? before.previousFill : currentFill === NO_FILL ? null : currentFill;
      range.format.fill.color = markFill;
      let addedNote: string | null = null;
      if (note) {
        const existing = note.isNullObject ? null : note.content;
        if (existing === null) {
          sheet.notes.add(mark.cell, mark.note);
          addedNote = mark.note;
        } else if (before?.note !== null && before?.note !== undefined && existing === before.note) {
          note.content = mark.note;
          addedNote = mark.note;
        }
      }
      return { sheet: mark.sheet, cell: mark.cell, previousFill, markFill, note: addedNote } satisfies MarkRecord;
    });
    await context.sync();
    return written;
  }).catch((error: unknown) => {
    throw toOfficeWorkbookError(error);
  });
  for (const record of records) earlier.set(recordKey(record.sheet, record.cell), record);
  await store.save([...earlier.values()]);
  return {
    markedCells: records.length,
    notesAdded: records.filter((record) => record.note !== null).length,
    notesUnavailable: capabilities.notes ? null : 'office.unsupported.notes',
  };
}

export async function clearMarks(run: ExcelRunner, capabilities: OfficeCapabilities, store: MarkRecordStore): Promise<ClearMarksOutcome> {
  const records = store.load();
  if (records.length === 0) return { clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 };
  const outcome = await run({ delayForCellEdit: true }, async (context) => {
    const sheetNames = [...new Set(records.map((record) => record.sheet))];
    const sheets = new Map(sheetNames.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name)]));
    sheets.forEach((sheet) => sheet.load('name,protection/protected'));
    await context.sync();
    // Marks on a sheet deleted since have nothing left to clear.
    const present = records.filter((record) => {
      const sheet = sheets.get(record.sheet);
      return sheet !== undefined && !sheet.isNullObject;
    });
    sheets.forEach((sheet, name) => {
      if (!sheet.isNullObject && sheet.protection.protected) throw new OfficeWorkbookError('sheet.protected', { sheet: name });
    });
    const cells = present.map((record) => {
      const sheet = sheets.get(record.sheet) ?? context.workbook.worksheets.getItem(record.sheet);
      const range = sheet.getRange(record.cell);
      range.load('format/fill/color');
      const note = capabilities.notes && record.note !== null ? sheet.notes.getItemOrNullObject(record.cell) : null;
      note?.load('content');
      return { record, range, note };
    });
    await context.sync();

    let clearedCells = 0;
    let notesRemoved = 0;
    let keptChangedByUser = 0;
    for (const { record, range, note } of cells) {
      if (range.format.fill.color.toUpperCase() === record.markFill.toUpperCase()) {
        if (record.previousFill === null) range.format.fill.clear();
        else range.format.fill.color = record.previousFill;
        clearedCells += 1;
      } else {
        keptChangedByUser += 1;
      }
      if (note && !note.isNullObject && note.content === record.note) {
        note.delete();
        notesRemoved += 1;
      }
    }
    await context.sync();
    return { clearedCells, notesRemoved, keptChangedByUser };
  }).catch((error: unknown) => {
    throw toOfficeWorkbookError(error);
  });
  await store.save([]);
  return outcome;
}
