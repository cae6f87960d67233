/**
 * The verdict of one target against the figure matched to it (DOMAIN §4): met, on-track, behind, unmet;
 * no-figure and unclear are decided by the matching before this is asked.
 */
import { compareDates } from '../report/parseCalendarDate';
import type { CalendarDate } from '../report/types';
import { DEFAULT_YEAR_START, elapsedShareAt, roundedPace, type YearStart } from './_lib/targetDates';
import type { Comparator, Verdict } from './types';

export interface TargetJudgement {
  readonly verdict: Extract<Verdict, 'met' | 'on-track' | 'behind' | 'unmet'>;
  /** The elapsed share used for on-track/behind, else null. */
  readonly pace: number | null;
}

export interface JudgeTargetInput {
  readonly op: Comparator;
  readonly value: number;
  readonly upper: number | null;
  readonly reported: number;
  readonly deadline: CalendarDate | null;
  readonly asOf: CalendarDate | null;
  /** The target is due at the end of the row's own period (a milestone): not reaching it is unmet. */
  readonly periodBound: boolean;
  readonly yearStart?: YearStart;
  /** The first day of the target's window of years (`2013—2017年`), from which it is paced instead of the year's start. */
  readonly windowStart?: CalendarDate | null;
  /**
   * How the figure measures the target: `amount` (the default) an amount that grows through the year and is
   * paced; `level` a rate or level (`覆盖率90%`, `增长7%`) that is not paced; `share` a completion share in
   * percent (`完成年度任务的81%`), compared with 100% and with the pace.
   */
  readonly measure?: 'amount' | 'level' | 'share';
}

const TOLERANCE = 1e-9;

function satisfies(op: Comparator, target: number, upper: number | null, reported: number): boolean {
  switch (op) {
    case '>=':
      return reported >= target - TOLERANCE;
    case '<=':
      return reported <= target + TOLERANCE;
    case '=':
      return Math.abs(reported - target) <= TOLERANCE;
    case 'range':
      return reported >= target - TOLERANCE && reported <= (upper ?? target) + TOLERANCE;
    default:
      return op satisfies never;
  }
}

/** Over the top of a range or past an exact figure: no amount of time makes it right. */
function overshoots(op: Comparator, target: number, upper: number | null, reported: number): boolean {
  if (op === 'range') return reported > (upper ?? target) + TOLERANCE;
  if (op === '=') return reported > target + TOLERANCE;
  return false;
}

/**
 * @example
 * judgeTarget({ op: '>=', value: 5, upper: null, reported: 7, deadline: sep30, asOf: sep30, periodBound: true })
 * // { verdict: 'met', pace: null }
 * judgeTarget({ op: '>=', value: 100, upper: null, reported: 80, deadline: dec31, asOf: sep30, periodBound: false })
 * // { verdict: 'on-track', pace: 0.75 }
 */
export function judgeTarget(input: JudgeTargetInput): TargetJudgement {
  // A share is of the whole target: 100% meets it, whatever the target's own figure.
  if (input.measure === 'share') return judgeTarget({ ...input, op: '>=', value: 100, upper: null, measure: 'amount' });
  const { op, value, upper, reported } = input;
  if (satisfies(op, value, upper, reported)) return { verdict: 'met', pace: null };
  // A ceiling that is exceeded stays exceeded; ≤-targets are met or unmet.
  if (op === '<=' || overshoots(op, value, upper, reported)) return { verdict: 'unmet', pace: null };
  const { deadline, asOf } = input;
  // Without dates we cannot grant more time: judge as at the deadline.
  if (deadline === null || asOf === null || input.periodBound || compareDates(asOf, deadline) >= 0) return { verdict: 'unmet', pace: null };
  const elapsed = elapsedShareAt(asOf, deadline, input.yearStart ?? DEFAULT_YEAR_START, input.windowStart ?? null);
  const pace = roundedPace(elapsed);
  // A report filled in on the deadline's eve (12月30日 for 12月31日) has no time left to speak of: its
  // elapsed share rounds to the whole, and what is short then is short at the deadline.
  if (pace >= 1) return { verdict: 'unmet', pace: null };
  // A rate is where it is: below its target before the deadline is behind, whatever the date.
  if (input.measure === 'level') return { verdict: 'behind', pace };
  // Against the days elapsed, not the rounded pace shown: 89.1% of the plan by 22 November (326/365 = 89.3%) is behind.
  return { verdict: reported >= value * elapsed - TOLERANCE ? 'on-track' : 'behind', pace };
}
