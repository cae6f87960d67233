/** One line of the bench table: what was measured, the figure, the bar it must meet, and whether it did. */

export type Verdict = 'pass' | 'fail' | 'info' | 'skipped';

export interface BenchRow {
  /** Stable id for `--json` consumers: `core.check.10000.ms`. */
  readonly id: string;
  /** What a reader sees in the table: `core check, 10,000 rows`. */
  readonly what: string;
  readonly value: number | null;
  readonly unit: string;
  /** The bar as a reader sees it (`≤ 1,000 ms`), '' when the figure is for information only. */
  readonly bar: string;
  readonly verdict: Verdict;
  /** How the figure was obtained or why it was skipped. */
  readonly detail: string;
}

/** A figure with no bar: reported so regressions show, never failing the run. */
export function infoRow(id: string, what: string, value: number, unit: string, detail = ''): BenchRow {
  return { id, what, value, unit, bar: '', verdict: 'info', detail };
}

/** A figure that must stay at or below `limit`. */
export function atMostRow(id: string, what: string, value: number, unit: string, limit: number, detail = ''): BenchRow {
  return { id, what, value, unit, bar: `≤ ${formatNumber(limit)}${unit === '×' ? '×' : ` ${unit}`}`, verdict: value <= limit ? 'pass' : 'fail', detail };
}

/** A bar that is a condition rather than a limit (`same sync count at both sizes`). */
export function conditionRow(id: string, what: string, value: number, unit: string, bar: string, holds: boolean, detail = ''): BenchRow {
  return { id, what, value, unit, bar, verdict: holds ? 'pass' : 'fail', detail };
}

export function skippedRow(id: string, what: string, reason: string): BenchRow {
  return { id, what, value: null, unit: '', bar: '', verdict: 'skipped', detail: reason };
}

/** Figures the way the table prints them: grouped thousands, at most three significant decimals. */
export function formatNumber(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
