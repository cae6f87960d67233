/**
 * Numeric targets and their verdicts (DOMAIN §4). The shape is what `jindu check --json` prints
 * in each sheet's `targets`.
 */

export type Verdict = 'met' | 'on-track' | 'behind' | 'unmet' | 'no-figure' | 'unclear';

/**
 * `>=` a floor (以上, 不少于, and figures a target verb introduces), `<=` a ceiling (以内, 不超过), `range` a
 * span (`1-2个`); `=` an exact figure, judged exactly (the text extraction states none of its own).
 */
export type Comparator = '>=' | '<=' | '=' | 'range';

export interface ReportedFigure {
  readonly cell: string;
  /** The phrase of the progress text that states the figure, as written. */
  readonly text: string;
  /** In base units (4.5万人 → 45000). */
  readonly value: number;
  readonly unit: string;
  /** ISO date the figure is as of. */
  readonly asOf: string | null;
}

export interface TargetResult {
  /** 1-based row as the user sees it. */
  readonly row: number;
  readonly cell: string;
  /** Header of the column the target was read from (`节点任务`, `任务`). */
  readonly source: string;
  /** The phrase that states the target, as written. */
  readonly text: string;
  readonly indicator: string;
  /** In base units; for a range, the lower bound (`upper` holds the other). */
  readonly value: number;
  readonly upper?: number;
  readonly unit: string;
  readonly op: Comparator;
  /** ISO date. */
  readonly deadline: string | null;
  /** The figure that answers the target; null when none does and when it is unclear which (the reason names the one looked at). */
  readonly reported: ReportedFigure | null;
  readonly verdict: Verdict;
  readonly confidence: number;
  /**
   * What tied the figure to the target: alike words (`indicator`), its place when its words name nothing
   * (`position`, `已完成8个`), or a completion share of the whole (`share`); null without a figure.
   */
  readonly evidence: 'indicator' | 'position' | 'share' | null;
  /** Elapsed share of the time to the deadline (0.75 for an annual target as of 三季度); null when not used. */
  readonly pace: number | null;
  /** The pace expected at the figures' date, whether or not the verdict needed it (1 at or after the deadline); null without dates. */
  readonly expectedPace: number | null;
  /** How much of the target the figure is, in percent (8 of 15 → 53.3; a reported share as it is); null for a level or without a figure. */
  readonly share: number | null;
  /** Why, as one sentence: a message key of messages/targets.ts and its values (`describeTarget` renders it). */
  readonly reason: TargetReason;
}

export interface TargetReason {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}
