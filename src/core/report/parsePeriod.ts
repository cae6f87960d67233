/** Reporting periods (时间) and their end dates (DOMAIN §1). */
import { removeWhitespace, toHalfWidth } from '../text/characters';
import { parseSmallNumeral } from '../text/chineseNumeral';
import type { CalendarDate, Period } from './types';

const QUARTER_DIGIT = '[一二三四1-4]';
const QUARTERS = new RegExp(`^(?:第)?(${QUARTER_DIGIT}(?:[、,，和及至到~-]第?${QUARTER_DIGIT})*)季度(?:末|底|前)?$`);
const FIRST_QUARTERS = /^前([二三两2-3])(?:个)?季度$/;
const MONTH = /^(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|底前|前)?$/;
const MONTHS = /^(\d{1,2}|[一二三四五六七八九十]{1,3})(?:月份?)?[~～至到—-](\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|底|末|底前|前)?$/;
const FIRST_MONTHS = /^前(\d{1,2}|[一二三四五六七八九十]{1,3})个月$/;

const NAMED_PERIODS: Readonly<Record<string, Omit<Period, 'label'>>> = {
  上半年: { kind: 'half', startMonth: 1, endMonth: 6 },
  下半年: { kind: 'half', startMonth: 7, endMonth: 12 },
  全年: { kind: 'year', startMonth: 1, endMonth: 12 },
  年度: { kind: 'year', startMonth: 1, endMonth: 12 },
  年内: { kind: 'year', startMonth: 1, endMonth: 12 },
  全年度: { kind: 'year', startMonth: 1, endMonth: 12 },
  年底前: { kind: 'yearEnd', startMonth: 1, endMonth: 12 },
  年底: { kind: 'yearEnd', startMonth: 1, endMonth: 12 },
  年末: { kind: 'yearEnd', startMonth: 1, endMonth: 12 },
  年底之前: { kind: 'yearEnd', startMonth: 1, endMonth: 12 },
  长期坚持: { kind: 'year', startMonth: 1, endMonth: 12 },
};

/**
 * Reads a period cell: 三季度, 一、二季度, 前三季度, 上半年, 下半年, 全年, 年底前, 9月, 1-9月, 1至9月.
 * Null when the text is empty or not a period the sheet uses.
 *
 * @example
 * parsePeriod('一、二季度') // { label: '一、二季度', kind: 'quarters', startMonth: 1, endMonth: 6 }
 * parsePeriod('1至9月')     // { label: '1至9月', kind: 'months', startMonth: 1, endMonth: 9 }
 */
export function parsePeriod(text: string): Period | null {
  const known = PERIOD_CACHE.get(text);
  if (known !== undefined) return known;
  const period = readPeriod(text);
  if (text.length <= LONGEST_CACHED_PERIOD) {
    if (PERIOD_CACHE.size >= PERIOD_CACHE_LIMIT) PERIOD_CACHE.clear();
    PERIOD_CACHE.set(text, period);
  }
  return period;
}

/**
 * Periods already read: a sheet's thousands of rows write the same few (`三季度`, `1-9月`), and a period
 * is read-only, so rows may share it. Bounded (short texts, emptied when full).
 */
const PERIOD_CACHE = new Map<string, Period | null>();
const PERIOD_CACHE_LIMIT = 1024;
const LONGEST_CACHED_PERIOD = 64;

function readPeriod(text: string): Period | null {
  const label = text.trim();
  const compact = removeWhitespace(toHalfWidth(label)).replace(/[。.]$/, '');
  if (compact === '') return null;
  const named = NAMED_PERIODS[compact];
  if (named) return { label, ...named };

  const quarters = QUARTERS.exec(compact);
  if (quarters) {
    const numbers = [...(quarters[1] ?? '').matchAll(/[一二三四1-4]/g)].map((match) => parseSmallNumeral(match[0]) ?? 0);
    const isRange = /[至到~-]/.test(quarters[1] ?? '');
    const first = Math.min(...numbers);
    const last = Math.max(...numbers);
    const contiguous = isRange || numbers.every((quarter, index) => index === 0 || quarter === (numbers[index - 1] ?? 0) + 1);
    if (first < 1 || last > 4 || !contiguous) return null;
    return { label, kind: first === last ? 'quarter' : 'quarters', startMonth: first * 3 - 2, endMonth: last * 3 };
  }
  const firstQuarters = FIRST_QUARTERS.exec(compact);
  if (firstQuarters) {
    const count = parseSmallNumeral(firstQuarters[1] ?? '') ?? 0;
    return { label, kind: 'quarters', startMonth: 1, endMonth: count * 3 };
  }
  const month = MONTH.exec(compact);
  if (month) {
    const number = parseSmallNumeral(month[1] ?? '');
    if (number === null || number < 1 || number > 12) return null;
    return { label, kind: 'month', startMonth: number, endMonth: number };
  }
  const months = MONTHS.exec(compact);
  if (months) {
    const start = parseSmallNumeral(months[1] ?? '');
    const end = parseSmallNumeral(months[2] ?? '');
    if (start === null || end === null || start < 1 || end > 12 || start > end) return null;
    return { label, kind: 'months', startMonth: start, endMonth: end };
  }
  const firstMonths = FIRST_MONTHS.exec(compact);
  if (firstMonths) {
    const count = parseSmallNumeral(firstMonths[1] ?? '');
    if (count === null || count < 1 || count > 12) return null;
    return { label, kind: 'months', startMonth: 1, endMonth: count };
  }
  return null;
}

/** Finds a period named inside a longer text, such as a title (`…民生实事三季度进展情况`). */
const PERIOD_IN_TEXT =
  /(前[二三两]季度|第?[一二三四1-4](?:[、,，和及至到~-]第?[一二三四1-4])*季度|上半年|下半年|全年|\d{1,2}\s*[~～至到—-]\s*\d{1,2}\s*月|(?<![\d年])\d{1,2}\s*月份?(?!\d*日))/;

export function findPeriodInText(text: string): Period | null {
  const match = PERIOD_IN_TEXT.exec(toHalfWidth(text));
  return match ? parsePeriod(match[1] ?? '') : null;
}

/**
 * The last day of a period in a year: the "as of" date of a row.
 *
 * @example
 * periodEndDate(parsePeriod('三季度'), 2021) // { year: 2021, month: 9, day: 30 }
 */
export function periodEndDate(period: Period, year: number): CalendarDate {
  return { year, month: period.endMonth, day: daysInMonth(year, period.endMonth) };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (by arithmetic: every row and date asks, and a `Date` each was a visible cost). */
export function daysInMonth(year: number, month: number): number {
  // `Date.UTC` reads years 0–99 as 1900–1999 and wraps months outside 1–12: those go through it as before.
  if (!Number.isInteger(year) || year < 100 || !Number.isInteger(month) || month < 1 || month > 12) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  }
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Whether a row's period is the report's: it ends with the report's period or spans its end. */
export function periodCoversReport(rowPeriod: Period, reportPeriod: Period): boolean {
  if (rowPeriod.endMonth === reportPeriod.endMonth) return true;
  return rowPeriod.startMonth <= reportPeriod.endMonth && reportPeriod.endMonth <= rowPeriod.endMonth && rowPeriod.endMonth === 12;
}
