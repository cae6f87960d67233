/**
 * The pane's use cases as one object: each runs against a host, one module each under `useCases/`; the
 * host-neutral ones (`checkReports`, `compileReports`, `fillWorkbook`, `splitReport`) are the CLI's too.
 * Components get this object (or single functions of it) as props; they never see the host, the adapters or
 * Office.js.
 */
import { cellPlace, type Issue, type Language, type RepairKind, type SheetInfo, type TargetResult, type WriteResult } from '../core';
import type { ClearMarksOutcome, Host, JinduSettings, LastChange, MarkOutcome, WorkProgress } from './host';
import { checkSheets, type CheckOutcome, type CheckScope, type PreviousChoice } from './useCases/checkSheets';
import { consolidateSources, type ConsolidateOutcome, type ConsolidateRequest } from './useCases/consolidateSources';
import { listConsolidationSources, type ConsolidationSource } from './useCases/listConsolidationSources';
import { generateSheet, type GenerateOutcome, type GenerateRequest } from './useCases/generateSheet';
import { markIssues } from './useCases/markIssues';
import { previewRepairs, type RepairPreview } from './useCases/previewRepairs';
import { readActiveGrid, settingsCheckOptions, type OpenFile, type PaneEngine } from './useCases/useCaseContext';

export { PaneMessageError, WorkCancelledError } from './paneErrors';
export type { CheckOutcome, CheckScope, PreviousChoice } from './useCases/checkSheets';
export type { ConsolidateOutcome, ConsolidateRequest, PickedFileOutcome } from './useCases/consolidateSources';
export type { GenerateOutcome, GenerateRequest } from './useCases/generateSheet';
export type { ConsolidationSource } from './useCases/listConsolidationSources';
export type { RepairPreview } from './useCases/previewRepairs';
export type { OpenedFile, OpenFile, PaneEngine, PickedFile, SettingsCheckOptions, SheetCheckResult } from './useCases/useCaseContext';

export interface TargetsOutcome {
  readonly sheet: string;
  readonly targets: readonly PlacedTarget[];
}

/** A target with, for a Word table's sheet, its place in the document (表1 第3行 第2列) as the CLI names it. */
export type PlacedTarget = TargetResult & { readonly place?: string };

export interface PaneUseCases {
  readonly language: Language;
  readonly hostKind: Host['kind'];
  listSheets(): Promise<readonly SheetInfo[]>;
  activeSheet(): Promise<string | null>;
  check(scope: CheckScope, progress: WorkProgress, previous?: PreviousChoice): Promise<CheckOutcome>;
  selectCell(sheet: string, address: string): Promise<void>;
  markIssues(issues: readonly Issue[]): Promise<MarkOutcome>;
  clearMarks(): Promise<ClearMarksOutcome>;
  previewRepairs(kinds: readonly RepairKind[]): Promise<RepairPreview | null>;
  applyRepairs(preview: RepairPreview): Promise<WriteResult>;
  generate(request: GenerateRequest): Promise<GenerateOutcome>;
  checkTargets(): Promise<TargetsOutcome>;
  /** The visible sheets 汇总 may compile (never 汇总 and 统计 themselves), plans flagged. */
  consolidationSources(): Promise<readonly ConsolidationSource[]>;
  consolidate(request: ConsolidateRequest, progress: WorkProgress): Promise<ConsolidateOutcome>;
  lastChange(): LastChange | null;
  undoLastChange(): Promise<boolean>;
  loadSettings(): JinduSettings;
  saveSettings(settings: JinduSettings): Promise<void>;
}

export function createPaneUseCases(host: Host, engine: PaneEngine, openFile: OpenFile, language: Language): PaneUseCases {
  const context = { host, engine, openFile, language };
  return {
    language,
    hostKind: host.kind,
    listSheets: () => host.workbook.listSheets(),
    activeSheet: () => host.activeSheet(),
    check: (scope, progress, previous) => checkSheets(context, scope, progress, previous),
    selectCell: (sheet, address) => host.select(sheet, address),
    markIssues: (issues) => markIssues(context, issues),
    clearMarks: () => host.clearMarks(),
    previewRepairs: (kinds) => previewRepairs(context, kinds),
    applyRepairs: (preview) => host.applyUndoable(preview.operations, 'pane.change.repairs'),
    generate: (request) => generateSheet(context, request),
    async checkTargets() {
      const grid = await readActiveGrid(host);
      const targets = engine.checkGrid(grid, settingsCheckOptions(host)).targets;
      const origin = grid.documentTable;
      if (origin === undefined) return { sheet: grid.name, targets };
      return { sheet: grid.name, targets: targets.map((target) => ({ ...target, place: cellPlace(target.cell, origin, language) })) };
    },
    consolidationSources: () => listConsolidationSources(context),
    consolidate: (request, progress) => consolidateSources(context, request, progress),
    lastChange: () => host.lastChange(),
    undoLastChange: () => host.undoLastChange(),
    loadSettings: () => host.settings.load(),
    saveSettings: (settings) => host.settings.save(settings),
  };
}
