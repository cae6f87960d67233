/**
 * The check against the previous report: this quarter's sheets beside last quarter's, row by
 * row, for copied progress, totals that went down, self-assessments that went down the ladder, plan
 * texts that were edited, rows only one report has, and targets whose figure did not move.
 */
import type { ProgressReport } from '../report/types';
import type { TargetResult } from '../targets/types';

/** One checked sheet of either report: the check's `SheetCheck` has this shape. */
export interface ComparedSheet {
  readonly sheet: string;
  /** null for a sheet that is not a report (it is left out). */
  readonly report: ProgressReport | null;
  /** The sheet's target verdicts (a stalled target is one behind pace whose figure did not move). */
  readonly targets: readonly TargetResult[];
}

export interface CompareWithPreviousOptions {
  /** File name of the previous report as the user knows it; '' (default) for sheets of the same workbook. */
  readonly previousFile?: string;
}

export type PreviousRule =
  | 'previous.progressUnchanged'
  | 'previous.figureDecreased'
  | 'previous.assessmentRegressed'
  | 'previous.taskChanged'
  | 'previous.taskMissing'
  | 'previous.taskAdded'
  | 'previous.targetStalled'
  | 'previous.otherYear'
  | 'previous.nothingPaired';

/** Every rule of this family, for hosts that list or filter them. */
export const PREVIOUS_RULES: readonly PreviousRule[] = [
  'previous.progressUnchanged',
  'previous.figureDecreased',
  'previous.assessmentRegressed',
  'previous.taskChanged',
  'previous.taskMissing',
  'previous.taskAdded',
  'previous.targetStalled',
  'previous.otherYear',
  'previous.nothingPaired',
];
