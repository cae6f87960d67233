/**
 * Consolidation (DOMAIN §5): many bureaus' parsed reports in, one compiled sheet `汇总`, a statistics
 * sheet `统计` and the findings (conflicts, duplicates, missing reports) out. Split is the reverse.
 */
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import type { Language } from '../messages';
import type { WorkbookOperation, WritableValue } from '../ports';
import type { ColumnRole, ProgressReport, Serial } from '../report/types';
import type { TargetResult, Verdict } from '../targets/types';

/** Names of the sheets compile writes; re-running replaces them. */
export const COMPILED_SHEET = '汇总';
export const STATISTICS_SHEET = '统计';

/** Where a source report came from. */
export interface SourceOrigin {
  /** File name as the user knows it (`市商务局.xlsx`); '' for a sheet of the open workbook. */
  readonly file: string;
  readonly sheet: string;
  /** What the file really is, sniffed from its bytes; 来源 names it when the name says otherwise. Unknown for a sheet of the open workbook. */
  readonly format?: SourceFormat;
}

/**
 * The formats a bureau's file is read from, as 来源 names them: an .xlsx, an Excel 97-2003 workbook, an
 * Excel 2003 XML or HTML export of a report system, a CSV text, a Word document's tables.
 */
export type SourceFormat = 'xlsx' | 'xls' | 'spreadsheetXml' | 'html' | 'csv' | 'docx';

/** One bureau's sheet, parsed (and checked) by the same parser and rules as `check`. */
export interface CompileSource {
  readonly origin: SourceOrigin;
  readonly report: ProgressReport;
  /** The sheet itself, when the host has it: extra columns of page-split remainder rows are read from it. */
  readonly grid?: SheetGrid;
  /** The user's choice of unit for this source; wins over 填报单位, sheet name and file name. */
  readonly unitOverride?: string;
  /** Issues the check found on this sheet (counted per unit in 统计). */
  readonly issues?: readonly Issue[];
  /** Target verdicts of this sheet (unmet/behind counted per unit in 统计). */
  readonly targets?: readonly TargetResult[];
}

/**
 * Who is expected to report what. `units`: a list of units, each expected on every task that names it
 * (and expected to send a sheet at all). `taskTexts`: every unit named in a task's responsibility.
 */
export type Roster = { readonly kind: 'units'; readonly units: readonly string[] } | { readonly kind: 'taskTexts' };

export interface CompileOptions {
  readonly roster?: Roster | null;
  /** 自我评价 vocabulary counted in 统计 (default 完成, 基本完成, 序时推进, 超序时推进, 未完成, 滞后). */
  readonly vocabulary?: readonly string[];
  /** Language of the labels the compiled sheets carry (headers, title, totals); default zh-CN. */
  readonly language?: Language;
  /** Title of 汇总; default derived from the sources' titles. */
  readonly title?: string;
}

/** A column of `汇总`: a standard role, the two added columns, or an extra column of some sources. */
export type CompiledColumn =
  | { readonly kind: 'role'; readonly role: ColumnRole; readonly header: string }
  | { readonly kind: 'unit'; readonly header: string }
  | { readonly kind: 'origin'; readonly header: string }
  | { readonly kind: 'extra'; readonly header: string; readonly key: string };

/** One task row of one source, continuation rows merged in. */
export interface CompiledRow {
  readonly sourceIndex: number;
  readonly unit: string;
  readonly origin: SourceOrigin;
  /** 1-based rows of the source sheet this row was made of: the task row, then its continuation rows. */
  readonly sourceRows: readonly number[];
  readonly serial: Serial | null;
  /** Display form of the serial ('' when the row has none). */
  readonly serialText: string;
  /** Cell texts by standard role, continuation text appended. */
  readonly roleTexts: Readonly<Partial<Record<ColumnRole, string>>>;
  /** Extra-column texts by normalised header key. */
  readonly extraTexts: Readonly<Record<string, string>>;
  /** Values as written to 汇总, one per compiled column. */
  readonly values: readonly WritableValue[];
  /** Units named in the task text's responsibility parenthesis. */
  readonly responsibleUnits: readonly string[];
}

export interface ConflictVersion {
  readonly text: string;
  readonly units: readonly string[];
  /** 1-based rows of 汇总 holding this version. */
  readonly compiledRows: readonly number[];
}

/** One serial whose task texts differ between units after normalisation. */
export interface Conflict {
  readonly serial: string;
  readonly units: readonly string[];
  readonly texts: readonly string[];
  readonly versions: readonly ConflictVersion[];
}

/** One unit reporting one serial more than once. */
export interface Duplicate {
  readonly serial: string;
  readonly unit: string;
  /** `文件｜工作表｜第N行` of each occurrence, in source order. */
  readonly origins: readonly string[];
  readonly compiledRows: readonly number[];
}

/** A (serial, unit) that should have been reported and was not; serial '' = the unit sent no sheet at all. */
export interface MissingReport {
  readonly serial: string;
  readonly unit: string;
}

export interface SelfAssessmentCount {
  readonly value: string;
  readonly count: number;
}

export interface UnitStatistics {
  readonly unit: string;
  readonly sources: number;
  readonly tasks: number;
  /** One count per vocabulary value, in vocabulary order. */
  readonly selfAssessment: readonly SelfAssessmentCount[];
  /** 自我评价 outside the vocabulary. */
  readonly otherAssessment: number;
  /** 自我评价 empty. */
  readonly noAssessment: number;
  readonly errors: number;
  readonly warnings: number;
  /** This unit's targets by verdict. */
  readonly targets: Readonly<Record<Verdict, number>>;
  /** The same as `targets.unmet` and `targets.behind`, kept for readers of the first published shape. */
  readonly targetsUnmet: number;
  readonly targetsBehind: number;
}

export interface CompiledSourceSummary {
  readonly file: string;
  readonly sheet: string;
  readonly unit: string;
  readonly rows: number;
}

export interface CompileResult {
  readonly columns: readonly CompiledColumn[];
  /** In 汇总 order. */
  readonly rows: readonly CompiledRow[];
  readonly units: readonly string[];
  readonly sources: readonly CompiledSourceSummary[];
  readonly conflicts: readonly Conflict[];
  readonly duplicates: readonly Duplicate[];
  readonly missing: readonly MissingReport[];
  /** Per unit, in order of first appearance, then the total. */
  readonly statistics: readonly UnitStatistics[];
  readonly total: UnitStatistics;
  /** Conflicts, duplicates and missing reports as issues (texts in messages/consolidate.ts). */
  readonly issues: readonly Issue[];
  /** Writes 汇总 and 统计 (replacing them). */
  readonly operations: readonly WorkbookOperation[];
}

export interface SplitOptions {
  /**
   * What decides a row's units: the header of a column holding unit names (`填报单位` in a compiled sheet,
   * a `责任单位` column), or a responsibility label (责任单位/牵头单位/牵头部门/配合单位) read from the
   * task text's parenthesis when no such column exists. Default: `填报单位` when the sheet has that column,
   * else the parenthesis.
   */
  readonly by?: string;
  /** Sheet name inside each unit's workbook; default the source sheet's name. */
  readonly sheetName?: string;
  /**
   * `workbookPerUnit` (default): every part writes the same sheet name, one workbook each.
   * `sheetPerUnit`: every part writes a sheet named after its unit (unique, Excel-safe), all into one workbook.
   */
  readonly layout?: 'workbookPerUnit' | 'sheetPerUnit';
  readonly language?: Language;
}

/** One responsible unit's share of the plan, ready to write as its own workbook or sheet. */
export interface SplitPart {
  readonly unit: string;
  /** A file name for the unit's workbook (characters Windows forbids replaced), without extension. */
  readonly fileName: string;
  readonly sheetName: string;
  /** Number of task rows written. */
  readonly tasks: number;
  readonly operations: readonly WorkbookOperation[];
}

export interface SplitResult {
  readonly parts: readonly SplitPart[];
  /** Task rows that name no unit (listed, never dropped silently). */
  readonly unassigned: readonly number[];
  readonly issues: readonly Issue[];
}
