/** What a validation rule sees and what it is: an id, a severity, and a check returning issues. */
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue, Severity } from '../issues/issue';
import type { CalendarDate, Period, ProgressReport, TaskRow } from '../report/types';
import type { TargetReadings } from '../targets/targetReadings';

/** The settings a check runs with, already resolved from options and the sheet itself. */
export interface CheckSettings {
  /** Allowed 自我评价 words. */
  readonly vocabulary: readonly string[];
  /** The period this report is for (option, else title, else sheet name), null when unknown. */
  readonly reportPeriod: Period | null;
  /** The year of the report (title, else 填报时间), null when unknown. */
  readonly reportYear: number | null;
  /** The date progress may not go beyond (option, else 填报时间), null when unknown. */
  readonly reportDate: CalendarDate | null;
}

export interface RuleContext {
  readonly grid: SheetGrid;
  readonly report: ProgressReport;
  /** The task rows of the report, in sheet order. */
  readonly tasks: readonly TaskRow[];
  readonly settings: CheckSettings;
  /** Targets already read by the other sheets of one compile, when the check is one of many (`CheckOptions.targetReadings`). */
  readonly targetReadings?: TargetReadings;
}

export interface Rule {
  /** Stable id, also the message key of its text (`progress.empty`). */
  readonly id: string;
  readonly severity: Severity;
  /** Whether its issues carry a fix. */
  readonly fixable: boolean;
  check(context: RuleContext): readonly Issue[];
}
