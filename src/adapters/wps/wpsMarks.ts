/**
 * Marks in WPS 表格: a fill by severity and a comment (批注) with the issue, recorded in the workbook so
 * "清除标记" takes away exactly what Jindu added, also after the file was saved and reopened. ET has no
 * batch for scattered cells, so each marked cell costs its own calls; the sheet itself is never re-read.
 */
import { MARK_FILLS, type CellMark, type ClearMarksOutcome, type MarkOutcome, type MarkRecord, type MarkRecordStore } from '../../app/host';
import { XL_COLOR_INDEX_NONE, type EtRange } from './etObjectModel';
import { WpsWorkbookError } from './wpsErrors';
import { bgrOf, hexOf, type WpsWorkbook } from './wpsWorkbook';

function recordKey(sheet: string, cell: string): string {
  return `${sheet}!${cell.toUpperCase()}`;
}

function fillOf(range: EtRange): string | null {
  return range.Interior.ColorIndex === XL_COLOR_INDEX_NONE ? null : hexOf(range.Interior.Color);
}

export async function markCells(workbook: WpsWorkbook, store: MarkRecordStore, marks: readonly CellMark[]): Promise<MarkOutcome> {
  const earlier = new Map(store.load().map((record) => [recordKey(record.sheet, record.cell), record]));
  const unique = [...new Map(marks.map((mark) => [recordKey(mark.sheet, mark.cell), mark])).values()];
  if (unique.length === 0) return { markedCells: 0, notesAdded: 0, notesUnavailable: null };
  const sheets = new Map([...new Set(unique.map((mark) => mark.sheet))].map((name) => [name, workbook.requireSheet(name)]));
  sheets.forEach((sheet, name) => {
    if (sheet.ProtectContents) throw new WpsWorkbookError('sheet.protected', { sheet: name });
  });
  const written: MarkRecord[] = [];
  try {
    for (const mark of unique) {
      const sheet = sheets.get(mark.sheet);
      if (!sheet) continue;
      const range = sheet.Range(mark.cell);
      const key = recordKey(mark.sheet, mark.cell);
      const before = earlier.get(key);
      const markFill = MARK_FILLS[mark.severity];
      const previousFill = before ? before.previousFill : fillOf(range);
      range.Interior.Color = bgrOf(markFill);
      const comment = range.Comment;
      let note: string | null = null;
      if (comment === null) {
        range.AddComment(mark.note);
        note = mark.note;
      } else if (before?.note !== null && before?.note !== undefined && comment.Text() === before.note) {
        comment.Text(mark.note);
        note = mark.note;
      }
      written.push({ sheet: mark.sheet, cell: mark.cell, previousFill, markFill, note });
    }
  } finally {
    // Cells already marked stay recorded, so they can be cleared even when a later cell failed.
    for (const record of written) earlier.set(recordKey(record.sheet, record.cell), record);
    if (written.length > 0) await store.save([...earlier.values()]);
  }
  return { markedCells: written.length, notesAdded: written.filter((record) => record.note !== null).length, notesUnavailable: null };
}

export async function clearMarks(workbook: WpsWorkbook, store: MarkRecordStore): Promise<ClearMarksOutcome> {
  const records = store.load();
  if (records.length === 0) return { clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 };
  const present = new Set((await workbook.listSheets()).map((sheet) => sheet.name));
  const handled = new Set<MarkRecord>();
  let clearedCells = 0;
  let notesRemoved = 0;
  let keptChangedByUser = 0;
  try {
    for (const record of records) {
      // Marks on a sheet deleted since have nothing left to clear.
      if (!present.has(record.sheet)) {
        handled.add(record);
        continue;
      }
      const sheet = workbook.requireSheet(record.sheet);
      if (sheet.ProtectContents) throw new WpsWorkbookError('sheet.protected', { sheet: record.sheet });
      const range = sheet.Range(record.cell);
      const stillMarked = fillOf(range) === record.markFill.toUpperCase();
      if (stillMarked) {
        if (record.previousFill === null) range.Interior.ColorIndex = XL_COLOR_INDEX_NONE;
        else range.Interior.Color = bgrOf(record.previousFill);
      }
      const comment = record.note === null ? null : range.Comment;
      const removesNote = comment !== null && comment.Text() === record.note;
      if (removesNote) comment.Delete();
      handled.add(record);
      if (stillMarked) clearedCells += 1;
      else keptChangedByUser += 1;
      if (removesNote) notesRemoved += 1;
    }
  } finally {
    await store.save(records.filter((record) => !handled.has(record)));
  }
  return { clearedCells, notesRemoved, keptChangedByUser };
}
