/**
 * Hidden whole-sheet copies that make "撤销上次修改" exact in Excel. A write copies each sheet it changes
 * beyond values (`worksheet.copy`, ExcelApi 1.7) into a very hidden sheet with a reserved name, in the
 * write's own batch; undo makes the sheet's contents the copy's again (`range.copyFrom`, ExcelApi 1.9) or,
 * for a sheet the write replaced or deleted, gives the copy its name and place back. The next write,
 * the undo and a starting pane remove the copies, so they never travel in a bureau's file.
 */
import type { BackupRequest, SheetBackup } from '../../app/undo/sheetBackups';
import { OfficeWorkbookError } from './officeErrors';
import type { RequestPart } from './requestBatches';
import { REQUEST_COSTS } from './requestCosts';

/** Reserved: Excel sheet names of users are never this; `_` sorts it apart and it stays under 31 characters. */
export const UNDO_BACKUP_PREFIX = '_jindu_undo_';

export function isBackupSheetName(name: string): boolean {
  return name.startsWith(UNDO_BACKUP_PREFIX);
}

/** A command queued on the request context, run at the next sync. */
export type QueuedCommand = (context: Excel.RequestContext) => void;

/** What the write's first sync learned about the workbook's sheets. */
export interface LoadedSheet {
  readonly name: string;
  readonly visibility: string;
  readonly position: number;
}

/**
 * Commands that drop every earlier backup and copy each requested sheet that exists, then give the user
 * back the sheet they were on (Excel activates a copy). They go first in the write's first request.
 */
export function backupCommands(
  sheets: readonly LoadedSheet[],
  activeSheet: string,
  requests: readonly BackupRequest[],
): { readonly commands: RequestPart[]; readonly backups: SheetBackup[] } {
  const taken = new Set(sheets.map((sheet) => sheet.name));
  const stale = sheets.filter((sheet) => isBackupSheetName(sheet.name));
  const commands: RequestPart[] = stale.map((sheet) => ({
    bytes: 2 * REQUEST_COSTS.smallCommand,
    queue: (context) => removeBackupSheet(context.workbook.worksheets.getItem(sheet.name)),
  }));
  const backups: SheetBackup[] = [];
  let number = 1;
  for (const request of requests) {
    const sheet = sheets.find((candidate) => candidate.name === request.sheet);
    if (!sheet) continue;
    while (taken.has(`${UNDO_BACKUP_PREFIX}${number}`)) number += 1;
    const backup = `${UNDO_BACKUP_PREFIX}${number}`;
    taken.add(backup);
    backups.push({ ...request, backup, visibility: sheet.visibility, position: sheet.position });
    commands.push({
      bytes: 3 * REQUEST_COSTS.smallCommand,
      queue: (context) => {
        const copy = context.workbook.worksheets.getItem(sheet.name).copy('End');
        copy.name = backup;
        copy.visibility = 'VeryHidden';
      },
    });
  }
  if (backups.length > 0) commands.push({ bytes: REQUEST_COSTS.smallCommand, queue: (context) => context.workbook.worksheets.getItem(activeSheet).activate() });
  return { commands, backups };
}

/** Excel refuses to delete a very hidden sheet; it is made merely hidden first. */
export function removeBackupSheet(sheet: Excel.Worksheet): void {
  sheet.visibility = 'Hidden';
  sheet.delete();
}

/** Removes every backup sheet in the workbook, in one run (two syncs; one when there is none). */
export async function discardBackupSheets(context: Excel.RequestContext): Promise<number> {
  const collection = context.workbook.worksheets;
  collection.load('items/name');
  await context.sync();
  const stale = collection.items.filter((sheet) => isBackupSheetName(sheet.name));
  if (stale.length === 0) return 0;
  for (const sheet of stale) removeBackupSheet(sheet);
  await context.sync();
  return stale.length;
}

/** The rows and columns an in-place restore covers, learned from both sheets' used ranges. */
interface InPlaceExtent {
  readonly backup: SheetBackup;
  readonly rows: number;
  readonly columnWidths: readonly number[];
  /** Notes now on those rows: removed before the paste brings the backup's notes back. */
  readonly notesInRows: readonly Excel.Note[];
  /** The backup's frozen cells (`A1:XFD2`), '' for none; undefined when the change froze nothing. */
  readonly frozenAt?: string;
  /** Charts the change added, beyond those the backup has. */
  readonly addedCharts: readonly Excel.Chart[];
}

export interface RestorePlan {
  /** Sheets in the workbook before the undo, backups included. */
  readonly existing: ReadonlySet<string>;
  readonly swaps: readonly { readonly backup: SheetBackup; readonly replacesExisting: boolean }[];
  readonly inPlace: readonly InPlaceExtent[];
}

/**
 * Reads what undo needs, in three syncs: which sheets exist (refusing before any change when a backup is
 * gone or a sheet to restore is protected); the used ranges of each sheet and its backup, and the
 * sheet's notes (ExcelApi 1.18); the backup's column widths and where those notes are.
 */
export async function readRestorePlan(
  context: Excel.RequestContext,
  backups: readonly SheetBackup[],
  otherSheets: readonly string[],
  withNotes: boolean,
): Promise<RestorePlan> {
  const collection = context.workbook.worksheets;
  collection.load('items/name,items/protection/protected');
  await context.sync();
  const present = new Map(collection.items.map((sheet) => [sheet.name, sheet.protection.protected]));
  for (const backup of backups) {
    if (!present.has(backup.backup)) throw new OfficeWorkbookError('office.undo.backupMissing', { sheet: backup.sheet });
    if (backup.restore === 'inPlace' && present.get(backup.sheet) === true) throw new OfficeWorkbookError('sheet.protected', { sheet: backup.sheet });
  }
  for (const name of otherSheets) if (present.get(name) === true) throw new OfficeWorkbookError('sheet.protected', { sheet: name });

  // A sheet restored in place that the user deleted since comes back as the backup itself.
  const inPlace = backups.filter((backup) => backup.restore === 'inPlace' && present.has(backup.sheet));
  const swaps = backups
    .filter((backup) => !inPlace.includes(backup))
    .map((backup) => ({ backup, replacesExisting: present.has(backup.sheet) }));
  const existing = new Set(present.keys());
  if (inPlace.length === 0) return { existing, swaps, inPlace: [] };

  const used = inPlace.map((backup) => {
    const ranges = [backup.sheet, backup.backup].map((name) => context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(false));
    ranges.forEach((range) => range.load('rowIndex,rowCount,columnIndex,columnCount'));
    return ranges;
  });
  const notes = withNotes ? inPlace.map((backup) => context.workbook.worksheets.getItem(backup.sheet).notes.load('items/content')) : [];
  const settings = inPlace.map((backup) => {
    const sheet = context.workbook.worksheets.getItem(backup.sheet);
    const copy = context.workbook.worksheets.getItem(backup.backup);
    return {
      frozen: backup.freezePanes ? copy.freezePanes.getLocationOrNullObject().load('address') : null,
      charts: backup.charts ? [sheet.charts.load('items/name'), copy.charts.load('items/name')] : null,
    };
  });
  await context.sync();
  const extents = inPlace.map((backup, index) => {
    const ranges = used[index] ?? [];
    const rows = Math.max(backup.rows, ...ranges.map((range) => (range.isNullObject ? 0 : range.rowIndex + range.rowCount)));
    const columns = Math.max(backup.widthColumns, ...ranges.map((range) => (range.isNullObject ? 0 : range.columnIndex + range.columnCount)));
    const sheet = context.workbook.worksheets.getItem(backup.backup);
    const widths = Array.from({ length: columns }, (_, column) => {
      const range = sheet.getRangeByIndexes(0, column, 1, 1);
      range.load('format/columnWidth');
      return range;
    });
    const noteCells = (notes[index]?.items ?? []).map((note) => {
      const cell = note.getLocation();
      cell.load('rowIndex');
      return { note, cell };
    });
    return { backup, rows, widths, noteCells };
  });
  await context.sync();
  return {
    existing,
    swaps,
    inPlace: extents.map(({ backup, rows, widths, noteCells }, index) => {
      const { frozen, charts } = settings[index] ?? { frozen: null, charts: null };
      const [now, before] = charts ?? [];
      return {
        backup,
        rows,
        columnWidths: widths.map((range) => range.format.columnWidth),
        notesInRows: noteCells.filter(({ cell }) => cell.rowIndex < rows).map(({ note }) => note),
        ...(frozen ? { frozenAt: frozen.isNullObject ? '' : frozen.address.slice(frozen.address.lastIndexOf('!') + 1) } : {}),
        // Excel adds a chart at the end of the sheet's collection.
        addedCharts: now && before ? now.items.slice(before.items.length) : [],
      };
    }),
  };
}

/**
 * The commands that put the backups back, after the value-level inverse of the other sheets.
 * In place: the rows both sheets and the change span lose their notes, merged areas and validation and
 * are pasted over from the backup's same rows with everything (`copyFrom` … `All`, which carries what
 * Excel's copy and paste of whole rows carries, row heights included), then the column widths are set; the
 * sheet object stays, so references to it from other sheets survive. Swapped: the sheet now under the
 * name goes, and the backup takes its name, visibility and place. Frozen panes a change set and charts it
 * added go back too; page layout a change set on an existing sheet stays (undo of it is not supported).
 */
export function restoreCommands(plan: RestorePlan, clearValidation: boolean): RequestPart[] {
  const commands: RequestPart[] = [];
  const small = (count: number, queue: QueuedCommand): RequestPart => ({ bytes: count * REQUEST_COSTS.smallCommand, queue });
  for (const { backup, rows, columnWidths, notesInRows, frozenAt, addedCharts } of plan.inPlace) {
    commands.push({
      // Grows with the sheet: a delete per note, a width per column, a delete per added chart.
      bytes:
        6 * REQUEST_COSTS.smallCommand +
        notesInRows.length * REQUEST_COSTS.noteDelete +
        columnWidths.length * REQUEST_COSTS.columnWidth +
        addedCharts.length * REQUEST_COSTS.smallCommand,
      queue: (context) => {
      const sheet = context.workbook.worksheets.getItem(backup.sheet);
      const copy = context.workbook.worksheets.getItem(backup.backup);
      for (const note of notesInRows) note.delete();
      if (rows > 0) {
        const target = sheet.getRange(`1:${rows}`);
        // Pasting blank cells blanks the destination (skipBlanks is false); merged areas and validation
        // already there are not documented to give way, so they are removed first.
        target.unmerge();
        if (clearValidation) target.dataValidation.clear();
        target.copyFrom(copy.getRange(`1:${rows}`), 'All');
      }
      columnWidths.forEach((width, column) => {
        sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = width;
      });
      if (frozenAt === '') sheet.freezePanes.unfreeze();
      else if (frozenAt !== undefined) sheet.freezePanes.freezeAt(frozenAt);
      for (const chart of addedCharts) chart.delete();
      removeBackupSheet(copy);
      },
    });
  }
  for (const { backup, replacesExisting } of plan.swaps) {
    commands.push(small(5, (context) => {
      const copy = context.workbook.worksheets.getItem(backup.backup);
      // Visible first: Excel keeps at least one visible sheet, and the one under the name may be it.
      copy.visibility = backup.visibility === 'Visible' ? 'Visible' : 'Hidden';
      if (replacesExisting) context.workbook.worksheets.getItem(backup.sheet).delete();
      copy.name = backup.sheet;
      if (backup.visibility === 'VeryHidden') context.workbook.worksheets.getItem(backup.sheet).visibility = 'VeryHidden';
    }));
  }
  // Places last, lowest first, so each lands where it was once the others are back.
  for (const { backup } of [...plan.swaps].sort((a, b) => a.backup.position - b.backup.position)) {
    commands.push(
      small(1, (context) => {
        context.workbook.worksheets.getItem(backup.sheet).position = backup.position;
      }),
    );
  }
  return commands;
}
