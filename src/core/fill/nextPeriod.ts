/** The reporting period after a quarterly report's period, and whether it falls in the next year. */
import type { Period } from '../report/types';

export interface NextPeriod {
  readonly label: string;
  /** 1 when the next period is in the next year (四季度 → 一季度). */
  readonly yearShift: 0 | 1;
}

const QUARTER_NAMES = ['一', '二', '三', '四'] as const;

function quarterLabel(quarter: number): string {
  return `${QUARTER_NAMES[quarter - 1] ?? ''}季度`;
}

/**
 * The period of the next quarter's report, written the way the sheets write it; null for a whole-year
 * period, which has no next quarter.
 *
 * @example
 * nextPeriod(parsePeriod('三季度'))     // { label: '四季度', yearShift: 0 }
 * nextPeriod(parsePeriod('四季度'))     // { label: '一季度', yearShift: 1 }
 * nextPeriod(parsePeriod('1-9月'))      // { label: '1-12月', yearShift: 0 }
 */
export function nextPeriod(period: Period): NextPeriod | null {
  const endQuarter = Math.ceil(period.endMonth / 3);
  switch (period.kind) {
    case 'quarter':
    case 'quarters':
    case 'half':
      return endQuarter >= 4 ? { label: quarterLabel(1), yearShift: 1 } : { label: quarterLabel(endQuarter + 1), yearShift: 0 };
    case 'month':
      return period.endMonth + 3 > 12
        ? { label: `${period.endMonth + 3 - 12}月`, yearShift: 1 }
        : { label: `${period.endMonth + 3}月`, yearShift: 0 };
    case 'months':
      // Cumulative periods (1-9月) grow by a quarter; a new year starts again from January.
      return period.endMonth + 3 > 12
        ? { label: '1-3月', yearShift: 1 }
        : { label: `${period.startMonth}-${period.endMonth + 3}月`, yearShift: 0 };
    case 'year':
    case 'yearEnd':
      return null;
    default:
      return period.kind satisfies never;
  }
}
