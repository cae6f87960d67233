/**
 * The serial of a cell stored as an ISO 8601 date (`<c t="d"><v>2009-07-01T00:00:00</v></c>`), as Strict
 * Open XML and several generators write dates: Excel reads it into the serial it would have stored.
 */

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;

const ISO_DATE_TIME = /^(?:([+-]?\d{4,6})-(\d{2})-(\d{2}))?(?:[T ]?(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Days since the workbook's epoch with the time as the fraction, or null when the text is no ISO
 * date or time. A time alone is a fraction of a day (as Excel stores `12:30`); a zone offset is
 * dropped, since Excel keeps wall-clock times.
 *
 * @example
 * serialOfIsoDate('2009-07-01T00:00:00Z', false) // 39995
 * serialOfIsoDate('12:00:00', false) // 0.5
 */
export function serialOfIsoDate(text: string, date1904: boolean): number | null {
  const trimmed = text.trim();
  const match = ISO_DATE_TIME.exec(trimmed);
  if (match === null || trimmed === '') return null;
  const [, year, month, day, hours, minutes, seconds, fraction] = match;
  if (year === undefined && hours === undefined) return null;
  const clock =
    ((Number(hours ?? 0) * 60 + Number(minutes ?? 0)) * 60 + Number(seconds ?? 0)) * 1000 + Math.round(Number(`0.${fraction ?? '0'}`) * 1000);
  if (year === undefined) return clock / MILLISECONDS_PER_DAY;
  // The day before the epoch stands for a time alone (LibreOffice writes a time as 1899-12-30T12:30:00).
  if (!date1904 && Number(year) === 1899 && Number(month) === 12 && Number(day) >= 30) return clock / MILLISECONDS_PER_DAY;
  const calendar = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const check = new Date(calendar);
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return null;
  let days: number;
  if (date1904) days = (calendar - Date.UTC(1904, 0, 1)) / MILLISECONDS_PER_DAY;
  else {
    // Before 1 March 1900 the 1900 system counts from 31 December 1899 (it keeps the phantom 29 February 1900).
    const beforeLeapBug = calendar < Date.UTC(1900, 2, 1);
    days = (calendar - (beforeLeapBug ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30))) / MILLISECONDS_PER_DAY;
  }
  return days + clock / MILLISECONDS_PER_DAY;
}
