/**
 * What file mode needs of a workbook opened from a file, and of the adapter that opens and writes such
 * files. The xlsx adapter implements both (src/adapters/xlsx); file mode's session, host and page see
 * these ports only, so the xlsx library stays in its own chunk, fetched when the first file is opened.
 */
import type { Workbook, WorkbookOperation } from '../../core';

/** A cell's fill and note as they were before Jindu marked it; only the workbook that saved it reads the rest. */
export interface SavedDecoration {
  readonly sheet: string;
  readonly address: string;
}

export interface FileWorkbook extends Workbook {
  saveDecorations(sheet: string, addresses: readonly string[]): SavedDecoration[];
  restoreDecorations(saved: readonly SavedDecoration[]): void;
  /** The workbook as .xlsx bytes, for the user to download. */
  toBuffer(): Promise<Uint8Array>;
  /** Each column's width in Excel's units (characters of the default font), null for the default: the preview draws the sheet as Excel does. */
  columnWidths(sheet: string): Promise<readonly (number | null)[]>;
}

/** Why a file could not be opened: a message key of src/core/messages/app.ts and its placeholders. */
export interface FileProblem {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export type OpenedFileWorkbook = { readonly ok: true; readonly workbook: FileWorkbook } | { readonly ok: false; readonly problem: FileProblem };

export interface ZipEntry {
  /** Path inside the archive; UTF-8, so Chinese unit names survive. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The .xlsx files of file mode: opening the user's files, the built-in sample, and what 拆分 hands over. */
export interface XlsxFiles {
  open(name: string, bytes: Uint8Array): Promise<OpenedFileWorkbook>;
  /** The built-in sample and the sheet to show first. */
  sample(): Promise<{ readonly workbook: FileWorkbook; readonly sheet: string }>;
  /** A new workbook holding what the operations write, as .xlsx bytes (one unit's part of a split). */
  bytesOf(operations: readonly WorkbookOperation[]): Promise<Uint8Array>;
  /** Several files as one .zip, for a single download. */
  zip(entries: readonly ZipEntry[]): Promise<Uint8Array>;
}
