/**
 * The ports every host adapter implements (Office.js, ExcelJS, memory). They are coarse on purpose:
 * a whole sheet is read at once and a whole batch of operations is written at once, so the Office.js
 * adapter can do each in one `Excel.run` with one `sync` per phase.
 */
import type { SheetGrid } from './grid/sheetGrid';

export interface SheetInfo {
  readonly name: string;
  readonly visible: boolean;
  /** The sheet is protected against edits; writes to it are refused before anything is written. */
  readonly protected: boolean;
}

export interface WorkbookReader {
  listSheets(): Promise<readonly SheetInfo[]>;
  /** The whole used area of a sheet from A1: values, displayed text, merged areas. */
  readSheet(name: string): Promise<SheetGrid>;
  /** Several sheets at once, where a workbook reads them cheaper together (Office.js: the same syncs for all). */
  readSheets?(names: readonly string[]): Promise<SheetGrid[]>;
}

/**
 * A value to write. Strings are always written as text, never as formulas, even when they start with
 * `= + - @` (adapters set the text number format `@` or the equivalent before the value).
 */
export type WritableValue = string | number | boolean | null;

export interface CellFormat {
  readonly bold?: boolean;
  readonly wrap?: boolean;
  /** `#RRGGBB`; Excel fills are plain colours, not theme tokens. */
  readonly fill?: string | null;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
  readonly verticalAlignment?: 'top' | 'center' | 'bottom';
  readonly numberFormat?: string;
  readonly border?: boolean;
}

export interface PageSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paperSize: 'A4';
  /** Rows repeated at the top of every printed page, 1-based inclusive (`{ first: 4, last: 4 }`). */
  readonly printTitleRows?: { readonly first: number; readonly last: number };
  readonly fitToWidth?: boolean;
}

/** One change to a workbook. Rows and columns are 0-based; ranges are A1 strings (`A5:F5`). */
export type WorkbookOperation =
  | { readonly op: 'addSheet'; readonly sheet: string; readonly replace: boolean }
  | { readonly op: 'deleteSheet'; readonly sheet: string }
  | {
      readonly op: 'writeBlock';
      readonly sheet: string;
      readonly row: number;
      readonly column: number;
      readonly values: readonly (readonly WritableValue[])[];
    }
  /** Deletes whole rows; within one batch, adapters apply deletions after writes, bottom-up. */
  | { readonly op: 'deleteRows'; readonly sheet: string; readonly row: number; readonly count: number }
  | { readonly op: 'setFormat'; readonly sheet: string; readonly range: string; readonly format: CellFormat }
  | { readonly op: 'mergeCells'; readonly sheet: string; readonly range: string }
  /** Widths in characters, from column A. */
  | { readonly op: 'setColumnWidths'; readonly sheet: string; readonly widths: readonly number[] }
  | { readonly op: 'freezeRows'; readonly sheet: string; readonly count: number }
  | { readonly op: 'setValidationList'; readonly sheet: string; readonly range: string; readonly list: readonly string[] }
  | { readonly op: 'setNote'; readonly sheet: string; readonly cell: string; readonly text: string | null }
  | { readonly op: 'setPageSetup'; readonly sheet: string; readonly setup: PageSetup }
  /** A chart of a data range; hosts that cannot draw charts (ExcelJS) skip it and say so in the result. */
  | { readonly op: 'addChart'; readonly sheet: string; readonly range: string; readonly kind: 'columnClustered' | 'barStacked'; readonly title: string };

export interface WriteResult {
  /** Operations the host could not carry out (unsupported requirement set, no chart support, …). */
  readonly skipped: readonly { readonly op: WorkbookOperation['op']; readonly reason: string }[];
}

export interface WorkbookWriter {
  /** Applies a batch of operations at once; either all of them land or (where the host can tell) none. */
  apply(operations: readonly WorkbookOperation[]): Promise<WriteResult>;
}

export type Workbook = WorkbookReader & WorkbookWriter;

/** A host tells us which optional capabilities it has, so features degrade with a message. */
export interface HostCapabilities {
  readonly dataValidation: boolean;
  readonly notes: boolean;
  readonly charts: boolean;
  readonly undoGrouping: boolean;
}

/** Text that Excel would read as a formula if typed: it must be written as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
