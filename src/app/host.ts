/**
 * The host port: what the use cases need from the place Jindu runs in (a "host"). Excel implements it with
 * Office.js (src/adapters/office/excelHost.ts); file mode implements it over .xlsx files opened in the page
 * (src/app/fileMode/fileHost.ts). Components never see a host: they get use cases built on it as props.
 */
import { DEFAULT_VOCABULARY, type HostCapabilities, type Severity, type Workbook, type WorkbookOperation, type WriteResult } from '../core';

/** Settings a workbook carries with it (Excel: document settings; file mode: kept per page). */
export interface JinduSettings {
  /** 自我评价 vocabulary, in the order shown to the user. */
  readonly vocabulary: readonly string[];
  /** Reporting period label (`三季度`); '' means: read it from the sheet's title. */
  readonly period: string;
  /** 填报单位 of this workbook; '' means: read it from the sheet. */
  readonly unit: string;
  /** Units expected to report, for consolidation; empty means: the units named in the task texts. */
  readonly roster: readonly string[];
}

export const DEFAULT_SETTINGS: JinduSettings = { vocabulary: DEFAULT_VOCABULARY, period: '', unit: '', roster: [] };

export interface SettingsStore {
  load(): JinduSettings;
  save(settings: JinduSettings): Promise<void>;
}

/** Fills of Excel's own "bad / neutral" cell styles, so marks look familiar; every host marks with them. */
export const MARK_FILLS: Readonly<Record<Severity, string>> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/** A cell Jindu flags in the workbook: a fill colour by severity, and a note where the host has notes. */
export interface CellMark {
  readonly sheet: string;
  /** A1 address of one cell. */
  readonly cell: string;
  readonly severity: Severity;
  /** The note text (already in the user's language). */
  readonly note: string;
}

export interface MarkOutcome {
  readonly markedCells: number;
  readonly notesAdded: number;
  /** Why notes were not added (`notes` requirement set missing), as a message key; null when they were. */
  readonly notesUnavailable: string | null;
}

export interface ClearMarksOutcome {
  /** Cells whose fill Jindu restored. */
  readonly clearedCells: number;
  readonly notesRemoved: number;
  /** Cells left alone because the user changed them after Jindu marked them. */
  readonly keptChangedByUser: number;
}

/**
 * What a host keeps of a cell it marked (Excel in the document settings, WPS in a very hidden sheet), so
 * 清除标记 restores exactly that, also after the workbook was saved and reopened, and leaves a cell the user
 * changed since alone.
 */
export interface MarkRecord {
  readonly sheet: string;
  readonly cell: string;
  /** The fill before Jindu marked it; null for none. */
  readonly previousFill: string | null;
  readonly markFill: string;
  /** The note (批注) Jindu added or replaced; null when it added none (no notes on the host, or the user's own note was left alone). */
  readonly note: string | null;
}

/** Where a host keeps its mark records between marking and clearing. */
export interface MarkRecordStore {
  load(): readonly MarkRecord[];
  save(records: readonly MarkRecord[]): Promise<void>;
}

/** The last change Jindu made to the workbook, which it can undo itself. */
export interface LastChange {
  /** Message key describing the change (`pane.change.repairs`, `pane.change.consolidate`, …). */
  readonly label: string;
  readonly sheets: readonly string[];
  /** Undo will put back values only: the change altered formats or rows the host could not keep a copy of. */
  readonly restoresValuesOnly?: boolean;
}

/** Progress reporting and cancellation for long work; use cases check `signal` between steps. */
export interface WorkProgress {
  readonly signal: AbortSignal;
  /** `done` of `total` steps; the pane shows a progress bar. */
  report(done: number, total: number): void;
}

export interface Host {
  readonly kind: 'excel' | 'wps' | 'file';
  /** BCP 47 tag of the host's display language (`zh-CN`, `en-US`). */
  readonly displayLanguage: string;
  readonly workbook: Workbook;
  readonly capabilities: HostCapabilities;
  /** Name of the sheet the user is looking at; null when the host has none (file mode before a file is opened). */
  activeSheet(): Promise<string | null>;
  /** Selects a cell or range (`E12`, `A12:F12`) and brings it into view. */
  select(sheet: string, address: string): Promise<void>;
  mark(marks: readonly CellMark[]): Promise<MarkOutcome>;
  /** Removes exactly what `mark` added and nothing else. */
  clearMarks(): Promise<ClearMarksOutcome>;
  readonly settings: SettingsStore;
  /**
   * Applies operations in one batch after keeping what they overwrite, so `undoLastChange` can restore it.
   * Every write the pane makes goes through here, never through `workbook.apply` directly.
   */
  applyUndoable(operations: readonly WorkbookOperation[], label: string): Promise<WriteResult>;
  lastChange(): LastChange | null;
  /** Restores what the last change overwrote; false when there is nothing to undo. */
  undoLastChange(): Promise<boolean>;
}
