/**
 * "标记" and "清除标记" in Excel. Marking keeps, per cell, the fill it had and the note Jindu added, in the
 * document settings (so a reopened pane can still clear them); clearing restores exactly those and
 * leaves any cell the user changed since alone.
 */
import { MARK_FILLS, type CellMark, type ClearMarksOutcome, type MarkOutcome, type MarkRecord, type MarkRecordStore } from '../../app/host';
import type { ExcelRunner } from './excelRunner';
import { OfficeWorkbookError, toOfficeWorkbookError } from './officeErrors';
import { syncParts } from './requestBatches';
import { REQUEST_COSTS, jsonBytes } from './requestCosts';
import type { OfficeCapabilities } from './requirements';

/** Excel reports a cell without fill as white; restoring white as "no fill" looks the same to the user. */
const NO_FILL = '#FFFFFF';

function recordKey(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

/** A cell's proxies of one request, made again when the request is halved and resent. */
interface LoadedCell<T> {
  readonly item: T;
  range?: Excel.Range;
  note?: Excel.Note | null;
}

/**
 * Marks cells: one sync for the sheets' protection, then the fills (and notes) of every cell read and
 * written in as few requests as fit 5 MB each (≈ 580 B a cell read, 590–860 B a cell written: 20,000
 * cells take about four of each). When a later request fails, the cells already marked are recorded all
 * the same, so "清除标记" can still undo them.
 */
export async function markCells(
  run: ExcelRunner,
  capabilities: OfficeCapabilities,
  store: MarkRecordStore,
  marks: readonly CellMark[],
): Promise<MarkOutcome> {
  const earlier = new Map(store.load().map((record) => [recordKey(record.sheet, record.cell), record]));
  const unique = [...new Map(marks.map((mark) => [recordKey(mark.sheet, mark.cell), mark])).values()];
  const notesUnavailable = notesUnavailableReason(capabilities);
  if (unique.length === 0) return { markedCells: 0, notesAdded: 0, notesUnavailable };
  const written: MarkRecord[] = [];
  const failure = await run({ delayForCellEdit: true }, async (context) => {
    const sheetNames = [...new Set(unique.map((mark) => mark.sheet))];
    const sheets = new Map(sheetNames.map((name) => [name, context.workbook.worksheets.getItem(name)]));
    // One proxy per sheet: the cost table counts a sheet's path once per request, not once per cell.
    const sheetOf = (name: string) => sheets.get(name) ?? context.workbook.worksheets.getItem(name);
    sheets.forEach((sheet) => sheet.load('protection/protected'));
    await context.sync();
    sheets.forEach((sheet, name) => {
      if (sheet.protection.protected) throw new OfficeWorkbookError('sheet.protected', { sheet: name });
    });

    const cells: LoadedCell<CellMark>[] = unique.map((item) => ({ item }));
    await syncParts(
      context,
      cells.map((cell) => ({
        bytes: REQUEST_COSTS.cellFillRead + (capabilities.notes ? REQUEST_COSTS.noteRead : 0),
        queue: () => {
          const sheet = sheetOf(cell.item.sheet);
          cell.range = sheet.getRange(cell.item.cell).load('format/fill/color');
          cell.note = capabilities.notes ? sheet.notes.getItemOrNullObject(cell.item.cell).load('content') : null;
        },
      })),
    );

    const parts = cells.map(({ item: mark, range, note }) => {
      const key = recordKey(mark.sheet, mark.cell);
      const before = earlier.get(key);
      const currentFill = (range?.format.fill.color ?? NO_FILL).toUpperCase();
      const markFill = MARK_FILLS[mark.severity];
      const previousFill = before ? before.previousFill : currentFill === NO_FILL ? null : currentFill;
      const existing = note && !note.isNullObject ? note.content : null;
      const noteAction = !note ? 'none' : existing === null ? 'add' : before?.note !== null && before?.note !== undefined && existing === before.note ? 'replace' : 'none';
      const record: MarkRecord = { sheet: mark.sheet, cell: mark.cell, previousFill, markFill, note: noteAction === 'none' ? null : mark.note };
      const noteBytes = noteAction === 'add' ? REQUEST_COSTS.noteAdd + jsonBytes(mark.cell) : noteAction === 'replace' ? REQUEST_COSTS.noteSet : 0;
      return {
        record,
        bytes: REQUEST_COSTS.cellFillSet + noteBytes + (noteAction === 'none' ? 0 : jsonBytes(mark.note)),
        queue: () => {
          const sheet = sheetOf(mark.sheet);
          sheet.getRange(mark.cell).format.fill.color = markFill;
          if (noteAction === 'add') sheet.notes.add(mark.cell, mark.note);
          else if (noteAction === 'replace') sheet.notes.getItem(mark.cell).content = mark.note;
        },
      };
    });
    try {
      await syncParts(context, parts, (sent) => {
        for (const part of sent) written.push((part as (typeof parts)[number]).record);
      });
    } catch (error) {
      // Cells already marked stay recorded, so they can be cleared; then the failure is reported.
      return error;
    }
    return null;
  }).catch((error: unknown) => {
    throw toOfficeWorkbookError(error);
  });
  for (const record of written) earlier.set(recordKey(record.sheet, record.cell), record);
  if (written.length > 0) await store.save([...earlier.values()]);
  if (failure !== null) throw toOfficeWorkbookError(failure);
  return {
    markedCells: written.length,
    notesAdded: written.filter((record) => record.note !== null).length,
    notesUnavailable,
  };
}

/** Why marks carry no notes here, as a message key; null when they do. */
function notesUnavailableReason(capabilities: OfficeCapabilities): string | null {
  if (capabilities.notes) return null;
  return capabilities.missingFromLibrary?.includes('notes') ? 'office.unsupported.notesLibrary' : 'office.unsupported.notes';
}

/**
 * Clears marks: one sync for which sheets are left, then fills (and notes) read and restored in requests
 * that fit 5 MB each. Records go once the restoring requests are through; when one fails, the records of
 * the cells not yet restored stay, so clearing again finishes the job.
 */
export async function clearMarks(run: ExcelRunner, capabilities: OfficeCapabilities, store: MarkRecordStore): Promise<ClearMarksOutcome> {
  const records = store.load();
  if (records.length === 0) return { clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 };
  const handled = new Set<MarkRecord>();
  let clearedCells = 0;
  let notesRemoved = 0;
  let keptChangedByUser = 0;
  const failure = await run({ delayForCellEdit: true }, async (context) => {
    const sheetNames = [...new Set(records.map((record) => record.sheet))];
    const sheets = new Map(sheetNames.map((name) => [name, context.workbook.worksheets.getItemOrNullObject(name)]));
    sheets.forEach((sheet) => sheet.load('name,protection/protected'));
    await context.sync();
    // Marks on a sheet deleted since have nothing left to clear.
    const present = records.filter((record) => {
      const sheet = sheets.get(record.sheet);
      const gone = sheet === undefined || sheet.isNullObject;
      if (gone) handled.add(record);
      return !gone;
    });
    sheets.forEach((sheet, name) => {
      if (!sheet.isNullObject && sheet.protection.protected) throw new OfficeWorkbookError('sheet.protected', { sheet: name });
    });
    // One proxy per sheet (these exist: the others were left out above).
    const sheetOf = (name: string) => sheets.get(name) ?? context.workbook.worksheets.getItem(name);
    const cells: LoadedCell<MarkRecord>[] = present.map((item) => ({ item }));
    const readsNote = (record: MarkRecord) => capabilities.notes && record.note !== null;
    await syncParts(
      context,
      cells.map((cell) => ({
        bytes: REQUEST_COSTS.cellFillRead + (readsNote(cell.item) ? REQUEST_COSTS.noteRead : 0),
        queue: () => {
          const sheet = sheetOf(cell.item.sheet);
          cell.range = sheet.getRange(cell.item.cell).load('format/fill/color');
          cell.note = readsNote(cell.item) ? sheet.notes.getItemOrNullObject(cell.item.cell).load('content') : null;
        },
      })),
    );

    const parts = cells.map(({ item: record, range, note }) => {
      const stillMarked = (range?.format.fill.color ?? '').toUpperCase() === record.markFill.toUpperCase();
      const removesNote = !!note && !note.isNullObject && note.content === record.note;
      return {
        record,
        stillMarked,
        removesNote,
        bytes: (stillMarked ? (record.previousFill === null ? REQUEST_COSTS.cellFillClear : REQUEST_COSTS.cellFillSet) : 0) + (removesNote ? REQUEST_COSTS.noteDelete : 0),
        queue: () => {
          const sheet = sheetOf(record.sheet);
          if (stillMarked) {
            const cell = sheet.getRange(record.cell);
            if (record.previousFill === null) cell.format.fill.clear();
            else cell.format.fill.color = record.previousFill;
          }
          if (removesNote) sheet.notes.getItem(record.cell).delete();
        },
      };
    });
    try {
      await syncParts(
        context,
        parts.filter((part) => part.bytes > 0),
        (sent) => {
          for (const part of sent as typeof parts) {
            handled.add(part.record);
            if (part.stillMarked) clearedCells += 1;
            else keptChangedByUser += 1;
            if (part.removesNote) notesRemoved += 1;
          }
        },
      );
    } catch (error) {
      return error;
    }
    for (const part of parts) {
      if (part.bytes > 0) continue;
      handled.add(part.record);
      // Neither the fill nor the note is Jindu's any more: the user changed the cell.
      keptChangedByUser += 1;
    }
    return null;
  }).catch((error: unknown) => {
    throw toOfficeWorkbookError(error);
  });
  await store.save(records.filter((record) => !handled.has(record)));
  if (failure !== null) throw toOfficeWorkbookError(failure);
  return { clearedCells, notesRemoved, keptChangedByUser };
}
