/**
 * What every use case of the pane runs with: the host, the engine (the core's check with the settings'
 * options), the opener of picked files and the user's language; and the reads they share.
 */
import type { Issue, Language, ProgressReport, SheetGrid, SourceFormat, TargetReadings, TargetResult, WorkbookReader } from '../../core';
import type { Host, WorkProgress } from '../host';
import { PaneMessageError, WorkCancelledError } from '../paneErrors';

/** One sheet checked: what the core's check returns for it. */
export interface SheetCheckResult {
  readonly report: ProgressReport | null;
  readonly issues: readonly Issue[];
  readonly targets: readonly TargetResult[];
}

/** What the pane's settings give a check: the vocabulary, and the period ('' to read it from the sheet). */
export interface SettingsCheckOptions {
  readonly vocabulary: readonly string[];
  readonly period: string;
  /** Targets already read by the other checks of one compile (the core's `CheckOptions.targetReadings`). */
  readonly targetReadings?: TargetReadings;
}

/**
 * The core's check as the use cases run it, with the settings' vocabulary and period; built by
 * `createCoreEngine`, so the pane, the ribbon and the tests run the same check.
 */
export interface PaneEngine {
  checkGrid(grid: SheetGrid, options: SettingsCheckOptions): SheetCheckResult;
}

/** A file opened by the caller's adapter: the pane's picked file (the xlsx chunk loaded only then), the CLI's path. */
export type OpenedFile =
  /** `format`: what the file really is, sniffed from its bytes (named in 来源 when its name says otherwise). */
  | { readonly ok: true; readonly workbook: WorkbookReader; readonly format?: SourceFormat }
  | { readonly ok: false; readonly problem: { readonly key: string; readonly params: Readonly<Record<string, string | number>> } };

export type OpenFile = (name: string, bytes: Uint8Array) => Promise<OpenedFile>;

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UseCaseContext {
  readonly host: Host;
  readonly engine: PaneEngine;
  readonly openFile: OpenFile;
  readonly language: Language;
}

export function throwIfCancelled(progress: WorkProgress): void {
  if (progress.signal.aborted) throw new WorkCancelledError();
}

/** The settings' options of a check, read afresh each time (the user may have changed them). */
export function settingsCheckOptions(host: Host): SettingsCheckOptions {
  const settings = host.settings.load();
  return { vocabulary: settings.vocabulary, period: settings.period };
}

/** A reader that can read several sheets at once (Office.js: the same two syncs for all of them). */
export async function readGrids(reader: WorkbookReader, names: readonly string[]): Promise<SheetGrid[]> {
  if (reader.readSheets) return reader.readSheets(names);
  return Promise.all(names.map((name) => reader.readSheet(name)));
}

async function requireActiveSheet(host: Host): Promise<string> {
  const name = await host.activeSheet();
  if (name === null) throw new PaneMessageError('pane.check.noSheet');
  return name;
}

/** The active sheet's grid; in one round trip where the host's workbook can (Office.js). */
export async function readActiveGrid(host: Host): Promise<SheetGrid> {
  const direct = host.workbook as typeof host.workbook & { readActiveSheet?: () => Promise<SheetGrid> };
  if (typeof direct.readActiveSheet === 'function') return direct.readActiveSheet();
  return host.workbook.readSheet(await requireActiveSheet(host));
}
