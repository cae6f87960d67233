/** The check use case's inputs and results (`jindu check`, the pane's 校验). */
import type { DocumentTableOrigin } from '../grid/sheetGrid';
import type { Issue, IssueSummary } from '../issues/issue';
import type { CalendarDate, ProgressReport } from '../report/types';
import type { RuleContext } from '../rules/types';
import type { TargetReadings } from '../targets/targetReadings';
import type { TargetResult } from '../targets/types';

export interface CheckOptions {
  /** The period to check against (`三季度`), instead of the one the title or sheet name gives. */
  readonly period?: string;
  /** Allowed 自我评价 words; the default vocabulary when absent or empty. */
  readonly vocabulary?: readonly string[];
  /** Progress may not report dates after this one; 填报时间 when absent. */
  readonly reportDate?: CalendarDate;
  /** Check only this sheet of a workbook. */
  readonly sheet?: string;
  /** Replaces the standard analysers (tests, hosts that run a subset). */
  readonly analysers?: readonly SheetAnalyser[];
  /**
   * Targets already read from task and milestone texts, shared by the checks of one compile (the bureaus of a
   * plan repeat its texts). Made for that compile and dropped with it; the results are the same without it.
   */
  readonly targetReadings?: TargetReadings;
}

/** The result of one analyser on one sheet. */
export interface SheetAnalysis {
  readonly issues: readonly Issue[];
  readonly targets: readonly TargetResult[];
}

/**
 * One pass over a parsed report. The rule catalogue is one analyser; the numeric-targets check is
 * another; each adds its issues and targets to the sheet's result.
 */
export interface SheetAnalyser {
  readonly name: string;
  analyse(context: RuleContext): SheetAnalysis;
}

export interface SheetCheck {
  readonly sheet: string;
  /** 填报单位 as written, null when missing. */
  readonly unit: string | null;
  /** The period the sheet was checked against (`三季度`), null when unknown. */
  readonly period: string | null;
  /** Number of task rows. */
  readonly rows: number;
  /** The parsed report, null when the sheet has no header. */
  readonly report: ProgressReport | null;
  /** Parse issues first, then the analysers' issues in row order. */
  readonly issues: readonly Issue[];
  readonly targets: readonly TargetResult[];
  readonly summary: IssueSummary;
  /** Set when the sheet is a table of a Word document, so targets' cells can be told as places in it too. */
  readonly documentTable?: DocumentTableOrigin;
}

export interface WorkbookCheck {
  readonly sheets: readonly SheetCheck[];
  /** Workbook-level notes: sheets skipped as not reports or hidden. */
  readonly notices: readonly Issue[];
  /** Counts over the sheets' issues (notices are not counted). */
  readonly summary: IssueSummary;
}
