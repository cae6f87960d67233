/**
 * The pane's use cases: core use cases run against a host. Components get this object (or single
 * functions of it) as props; they never see the host, the adapters or Office.js.
 */
import {
  appendAll,
  compareWithPrevious,
  compileReports,
  formatMessage,
  generateFromPlan,
  generateNextQuarter,
  generateTemplate,
  isReportSheet,
  parsePlan,
  parseReport,
  planRepairs,
  repairKindOf,
  STATISTICS_SHEET,
  summarizeIssues,
  type CompileResult,
  type CompareWithPreviousOptions,
  type ComparedSheet,
  type CompileSource,
  type Issue,
  type IssueSummary,
  type Language,
  type ProgressReport,
  type RenderedIssue,
  type RepairEdit,
  type RepairKind,
  type SheetGrid,
  type SheetInfo,
  type TargetResult,
  type WorkbookOperation,
  type WorkbookReader,
  type WriteResult,
} from '../core';
import type { ClearMarksOutcome, JinduSettings, LastChange, MarkOutcome, Host, WorkProgress } from './host';

/** One sheet checked: what the core's check returns for it. */
export interface SheetCheckResult {
  readonly report: ProgressReport | null;
  readonly issues: readonly Issue[];
  readonly targets: readonly TargetResult[];
}

/** What the pane's settings give a check (the core's CheckOptions, before the period is read). */
export interface SettingsCheckOptions {
  readonly vocabulary: readonly string[];
  readonly period: string;
}

/**
 * The core's check as the use cases run it, with the settings' vocabulary and period; built by
 * `createCoreEngine`, so the pane, the ribbon and the tests run the same check.
 */
export interface PaneEngine {
  checkGrid(grid: SheetGrid, options: SettingsCheckOptions): SheetCheckResult;
  /** Renders an issue's message in a language. */
  renderIssue(issue: Issue, language: Language): string;
}

/** A .xlsx file the user picked, opened by the xlsx adapter (loaded only when a file is picked). */
export type OpenedFile =
  | { readonly ok: true; readonly workbook: WorkbookReader }
  | { readonly ok: false; readonly problem: { readonly key: string; readonly params: Readonly<Record<string, string | number>> } };

export type OpenFile = (name: string, bytes: Uint8Array) => Promise<OpenedFile>;

export type CheckScope = 'active' | 'all';

/** The previous report to check against (issue 18): a sheet of this workbook (二季度 beside 三季度), or a file. */
export type PreviousChoice = { readonly kind: 'sheet'; readonly sheet: string } | { readonly kind: 'file'; readonly file: PickedFile };

export interface CheckOutcome {
  readonly sheets: readonly string[];
  readonly issues: readonly RenderedIssue[];
  readonly summary: IssueSummary;
}

export interface RepairPreview {
  readonly sheet: string;
  readonly edits: readonly RepairEdit[];
  readonly operations: readonly WorkbookOperation[];
  /** Fixable issues per repair kind, for the choice list. */
  readonly available: Readonly<Partial<Record<RepairKind, number>>>;
}

export type GenerateRequest =
  | { readonly kind: 'template'; readonly sheet: string; readonly period: string; readonly year: number }
  /** `year` is used when the plan's title names none. */
  | { readonly kind: 'fromPlan'; readonly planSheet: string; readonly period: string; readonly sheet: string; readonly year: number }
  | { readonly kind: 'nextQuarter'; readonly fromSheet: string };

export interface GenerateOutcome {
  readonly sheet: string;
  readonly issues: readonly RenderedIssue[];
  readonly skipped: WriteResult['skipped'];
}

export interface TargetsOutcome {
  readonly sheet: string;
  readonly targets: readonly TargetResult[];
}

export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ConsolidateRequest {
  readonly sheets: readonly string[];
  readonly files: readonly PickedFile[];
}

/** What became of one file the user picked to compile: its report sheets compiled, or why none was. */
export interface PickedFileOutcome {
  readonly file: string;
  /** The report sheets compiled from it (a Word document's tables are 表1, 表2 …); empty when refused. */
  readonly compiledSheets: readonly string[];
  /** Why nothing of it was compiled, in the pane's language; '' when something was. */
  readonly refusal: string;
}

export interface ConsolidateOutcome {
  readonly result: CompileResult;
  readonly issues: readonly RenderedIssue[];
  /** Files that could not be read or held no report sheet, with the message why. */
  readonly unreadable: readonly { readonly file: string; readonly message: string }[];
  /** Every picked file in the order picked, compiled or refused: none is left out unseen. */
  readonly files: readonly PickedFileOutcome[];
  readonly skipped: WriteResult['skipped'];
}

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
  consolidate(request: ConsolidateRequest, progress: WorkProgress): Promise<ConsolidateOutcome>;
  lastChange(): LastChange | null;
  undoLastChange(): Promise<boolean>;
  loadSettings(): JinduSettings;
  saveSettings(settings: JinduSettings): Promise<void>;
}

/** Thrown when the user cancels long work; the pane shows it as a notice, not an error. */
export class WorkCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'WorkCancelledError';
  }
}

function throwIfCancelled(progress: WorkProgress): void {
  if (progress.signal.aborted) throw new WorkCancelledError();
}

/** A reader that can read several sheets at once (Office.js: the same two syncs for all of them). */
async function readGrids(reader: WorkbookReader, names: readonly string[]): Promise<SheetGrid[]> {
  const batch = reader as WorkbookReader & { readSheets?: (names: readonly string[]) => Promise<SheetGrid[]> };
  if (typeof batch.readSheets === 'function') return batch.readSheets(names);
  return Promise.all(names.map((name) => reader.readSheet(name)));
}

export function createPaneUseCases(host: Host, engine: PaneEngine, openFile: OpenFile, language: Language): PaneUseCases {
  const render = (issues: readonly Issue[]): RenderedIssue[] => issues.map((issue) => ({ ...issue, message: engine.renderIssue(issue, language) }));
  const checkOptions = (): SettingsCheckOptions => {
    const settings = host.settings.load();
    return { vocabulary: settings.vocabulary, period: settings.period };
  };
  const requireActiveSheet = async (): Promise<string> => {
    const name = await host.activeSheet();
    if (name === null) throw new PaneMessageError('pane.check.noSheet');
    return name;
  };
  /** The active sheet's grid; in one round trip where the host's workbook can (Office.js). */
  const readActiveGrid = async (): Promise<SheetGrid> => {
    const direct = host.workbook as typeof host.workbook & { readActiveSheet?: () => Promise<SheetGrid> };
    if (typeof direct.readActiveSheet === 'function') return direct.readActiveSheet();
    return host.workbook.readSheet(await requireActiveSheet());
  };

  /** The previous report's sheets: the chosen sheet, or every visible report sheet of the chosen file. */
  const readPrevious = async (previous: PreviousChoice): Promise<{ grids: SheetGrid[]; options: CompareWithPreviousOptions }> => {
    if (previous.kind === 'sheet') return { grids: [await host.workbook.readSheet(previous.sheet)], options: {} };
    const opened = await openFile(previous.file.name, previous.file.bytes);
    if (!opened.ok) throw new PaneMessageError(opened.problem.key, opened.problem.params);
    const sheets = (await opened.workbook.listSheets()).filter((sheet) => sheet.visible);
    const grids = await Promise.all(sheets.map((sheet) => opened.workbook.readSheet(sheet.name)));
    return { grids: grids.filter(isReportSheet), options: { previousFile: previous.file.name } };
  };

  return {
    language,
    hostKind: host.kind,
    listSheets: () => host.workbook.listSheets(),
    activeSheet: () => host.activeSheet(),

    async check(scope, progress, previous) {
      progress.report(0, 1);
      const allGrids =
        scope === 'active'
          ? [await readActiveGrid()]
          : await readGrids(host.workbook, (await host.workbook.listSheets()).filter((sheet) => sheet.visible).map((sheet) => sheet.name));
      // The previous report's own sheet is not checked as a current one.
      const previousSheet = previous?.kind === 'sheet' ? previous.sheet : null;
      if (scope === 'active' && allGrids[0]?.name === previousSheet) throw new PaneMessageError('previous.pane.sameSheet', { sheet: previousSheet });
      const grids = allGrids.filter((grid) => grid.name !== previousSheet);
      throwIfCancelled(progress);
      const options = checkOptions();
      const issues: Issue[] = [];
      const checked: string[] = [];
      const compared: ComparedSheet[] = [];
      grids.forEach((grid, index) => {
        throwIfCancelled(progress);
        // With "all sheets", sheets like 说明 or 目录 are not reports and are left out quietly.
        if (scope === 'all' && !isReportSheet(grid)) return;
        const result = engine.checkGrid(grid, options);
        appendAll(issues, result.issues);
        compared.push({ sheet: grid.name, report: result.report, targets: result.targets });
        checked.push(grid.name);
        progress.report(index + 1, grids.length);
      });
      if (previous) {
        const earlier = await readPrevious(previous);
        throwIfCancelled(progress);
        const previousSheets = earlier.grids.map((grid) => {
          const result = engine.checkGrid(grid, { ...options, period: '' });
          return { sheet: grid.name, report: result.report, targets: result.targets };
        });
        appendAll(issues, compareWithPrevious(compared, previousSheets, earlier.options));
      }
      return { sheets: checked, issues: render(issues), summary: summarizeIssues(issues) };
    },

    selectCell: (sheet, address) => host.select(sheet, address),

    async markIssues(issues) {
      const prefix = formatMessage(language, 'pane.check.notePrefix');
      const cells = issues
        .filter((issue) => issue.cell !== '')
        .map((issue) => ({ sheet: issue.sheet, cell: issue.cell.split(':')[0] ?? issue.cell, severity: issue.severity, note: `${prefix}${engine.renderIssue(issue, language)}` }));
      // One note per cell: several issues on one cell share it, the most severe colour wins.
      const byCell = new Map<string, (typeof cells)[number]>();
      const rank = { error: 0, warning: 1, info: 2 } as const;
      for (const cell of cells) {
        const key = `${cell.sheet}!${cell.cell}`;
        const earlier = byCell.get(key);
        if (!earlier) byCell.set(key, cell);
        else
          byCell.set(key, {
            ...cell,
            severity: rank[cell.severity] < rank[earlier.severity] ? cell.severity : earlier.severity,
            note: `${earlier.note}\n${cell.note.slice(prefix.length)}`,
          });
      }
      return host.mark([...byCell.values()]);
    },

    clearMarks: () => host.clearMarks(),

    async previewRepairs(kinds) {
      const grid = await readActiveGrid();
      const sheet = grid.name;
      const checked = engine.checkGrid(grid, checkOptions());
      if (!checked.report) return null;
      const available: Partial<Record<RepairKind, number>> = {};
      for (const issue of checked.issues) {
        const kind = repairKindOf(issue);
        if (kind !== null) available[kind] = (available[kind] ?? 0) + 1;
      }
      const chosen = new Set(kinds);
      const plan = planRepairs(grid, checked.report, checked.issues, (issue) => {
        const kind = repairKindOf(issue);
        return kind !== null && chosen.has(kind);
      });
      return { sheet, edits: plan.edits, operations: plan.operations, available };
    },

    applyRepairs: (preview) => host.applyUndoable(preview.operations, 'pane.change.repairs'),

    async generate(request) {
      const settings = host.settings.load();
      switch (request.kind) {
        case 'template': {
          const operations = generateTemplate({ sheet: request.sheet, year: request.year, period: request.period, unit: settings.unit, selfAssessments: settings.vocabulary });
          const written = await host.applyUndoable(operations, 'pane.change.generate');
          return { sheet: request.sheet, issues: [], skipped: written.skipped };
        }
        case 'fromPlan': {
          const parsed = parsePlan(await host.workbook.readSheet(request.planSheet));
          if (!parsed.plan) return { sheet: '', issues: render(parsed.issues), skipped: [] };
          const generated = generateFromPlan(parsed.plan, {
            sheet: request.sheet,
            period: request.period,
            year: parsed.plan.year ?? request.year,
            unit: settings.unit,
            selfAssessments: settings.vocabulary,
          });
          if (generated.rows === 0) return { sheet: '', issues: render([...parsed.issues, ...generated.issues]), skipped: [] };
          const written = await host.applyUndoable(generated.operations, 'pane.change.generate');
          return { sheet: request.sheet, issues: render(generated.issues), skipped: written.skipped };
        }
        case 'nextQuarter': {
          const grid = await host.workbook.readSheet(request.fromSheet);
          const parsed = parseReport(grid);
          if (!parsed.report) return { sheet: '', issues: render(parsed.issues), skipped: [] };
          const generated = generateNextQuarter(grid, parsed.report, { selfAssessments: settings.vocabulary });
          if (generated.sheet === '') return { sheet: '', issues: render(generated.issues), skipped: [] };
          const written = await host.applyUndoable(generated.operations, 'pane.change.generate');
          return { sheet: generated.sheet, issues: render(generated.issues), skipped: written.skipped };
        }
        default:
          return request satisfies never;
      }
    },

    async checkTargets() {
      const grid = await readActiveGrid();
      return { sheet: grid.name, targets: engine.checkGrid(grid, checkOptions()).targets };
    },

    async consolidate(request, progress) {
      if (request.sheets.length === 0 && request.files.length === 0) throw new PaneMessageError('pane.consolidate.nothingChosen');
      const total = request.files.length + 1;
      progress.report(0, total);
      const options = checkOptions();
      const sources: CompileSource[] = [];
      const addSources = (grids: readonly SheetGrid[], file: string): string[] => {
        const compiled: string[] = [];
        for (const grid of grids) {
          const checked = engine.checkGrid(grid, options);
          if (!checked.report) continue;
          sources.push({ origin: { file, sheet: grid.name }, report: checked.report, grid, issues: checked.issues, targets: checked.targets });
          compiled.push(grid.name);
        }
        return compiled;
      };
      addSources(await readGrids(host.workbook, request.sheets), '');
      progress.report(1, total);
      const unreadable: { file: string; message: string }[] = [];
      const files: PickedFileOutcome[] = [];
      for (const [index, file] of request.files.entries()) {
        throwIfCancelled(progress);
        const opened = await openFile(file.name, file.bytes);
        let compiledSheets: string[] = [];
        let refusal = '';
        if (!opened.ok) {
          refusal = formatMessage(language, opened.problem.key, opened.problem.params);
        } else {
          const sheets = (await opened.workbook.listSheets()).filter((sheet) => sheet.visible);
          const grids = await Promise.all(sheets.map((sheet) => opened.workbook.readSheet(sheet.name)));
          compiledSheets = addSources(grids.filter(isReportSheet), file.name);
          // A file that opens but holds no report is named too: a compilation silently lacking a bureau is worse than an error.
          if (compiledSheets.length === 0) refusal = formatMessage(language, 'consolidate.noReportSheet', { file: file.name });
        }
        if (refusal !== '') unreadable.push({ file: file.name, message: refusal });
        files.push({ file: file.name, compiledSheets, refusal });
        progress.report(index + 2, total);
      }
      throwIfCancelled(progress);
      const settings = host.settings.load();
      const result = compileReports(sources, {
        roster: settings.roster.length > 0 ? { kind: 'units', units: settings.roster } : { kind: 'taskTexts' },
        vocabulary: settings.vocabulary,
        language,
      });
      const written = await host.applyUndoable([...result.operations, ...leftOutNote(unreadable, language)], 'pane.change.consolidate');
      return { result, issues: render(result.issues), unreadable, files, skipped: written.skipped };
    },

    lastChange: () => host.lastChange(),
    undoLastChange: () => host.undoLastChange(),
    loadSettings: () => host.settings.load(),
    saveSettings: (settings) => host.settings.save(settings),
  };
}

/**
 * The files left out, as a note on 统计's first cell (as the command line writes it): the compiled workbook
 * travels on without the pane, and whoever reads it must see which bureau it lacks and why.
 */
function leftOutNote(unreadable: readonly { readonly file: string; readonly message: string }[], language: Language): WorkbookOperation[] {
  if (unreadable.length === 0) return [];
  const lines = [formatMessage(language, 'consolidate.cli.leftOutNote'), ...unreadable.map((entry) => `· ${entry.message}`)];
  return [{ op: 'setNote', sheet: STATISTICS_SHEET, cell: 'A1', text: lines.join('\n') }];
}

/** An expected refusal with a message key (nothing chosen, no sheet); shown as a warning, not a failure. */
export class PaneMessageError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(messageKey);
    this.name = 'PaneMessageError';
  }
}

