/** Dates as bureaus write them: `2021年10月11日`, `2021-10-11`, `2021/10/11`, `2021.10.11`, or an Excel serial. */
import { isCellError, type CellValue } from '../grid/sheetGrid';
import { removeWhitespace, toHalfWidth } from '../text/characters';
import { daysInMonth } from './parsePeriod';
import type { CalendarDate } from './types';

const WRITTEN_DATE = /^(\d{4})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})(?:日|号)?$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;
/** Serials of 1990-01-01 … 2099-12-31: numbers outside are not dates but counts or codes. */
const PLAUSIBLE_SERIALS = { first: 32874, last: 73415 };

/**
 * A calendar date from a cell value, or null when the value is not a date.
 *
 * @example
 * parseCalendarDate('2021年10月11日') // { year: 2021, month: 10, day: 11 }
 * parseCalendarDate(44480)            // { year: 2021, month: 10, day: 11 }
 */
export function parseCalendarDate(value: CellValue | string): CalendarDate | null {
  if (value === null || typeof value === 'boolean' || isCellError(value)) return null;
  if (typeof value === 'number') return dateFromExcelSerial(value);
  const compact = removeWhitespace(toHalfWidth(value));
  const written = WRITTEN_DATE.exec(compact) ?? ISO_DATE_TIME.exec(compact);
  if (!written) {
    // A date typed into a text cell as its serial number.
    return /^\d{5}(?:\.\d+)?$/.test(compact) ? dateFromExcelSerial(Number(compact)) : null;
  }
  return validDate(Number(written[1]), Number(written[2]), Number(written[3]));
}

/** The 1900 date system, including Excel's phantom 1900-02-29 (serial 60), hence the 1899-12-30 epoch. */
export function dateFromExcelSerial(serial: number): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < PLAUSIBLE_SERIALS.first || serial > PLAUSIBLE_SERIALS.last) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function validDate(year: number, month: number, day: number): CalendarDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** `2021-10-11`. */
export function formatIsoDate(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** Negative when `left` is earlier. */
export function compareDates(left: CalendarDate, right: CalendarDate): number {
  return left.year - right.year || left.month - right.month || left.day - right.day;
}
