/**
 * Excel date serial numbers. A workbook stores a date as days since its epoch with the time of day as
 * the fraction; the 1900 system keeps Lotus 1-2-3's phantom 29 February 1900 (serial 60).
 */

const MILLISECONDS_PER_DAY = 24 * 60 * 60 * 1000;
/** 1970-01-01 as a 1900-system serial. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and the 1904 epochs. */
const EPOCH_1904_OFFSET = 1462;

export interface SerialParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** Milliseconds past the whole second, for formats with `ss.0`. */
  readonly milliseconds: number;
}

/**
 * The serial number ExcelJS started from when it turned a dated cell into a `Date` (it reads serials
 * as UTC). Rounded to the millisecond so that the round trip gives the stored number back.
 */
export function serialFromDate(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MILLISECONDS_PER_DAY - (date1904 ? EPOCH_1904_OFFSET : 0);
  return Math.round(serial * MILLISECONDS_PER_DAY) / MILLISECONDS_PER_DAY;
}

/** Calendar and clock parts of a serial, null outside Excel's date range (Excel shows `#####`). */
export function partsOfSerial(serial: number, date1904: boolean): SerialParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  let wholeDays = Math.floor(serial);
  let millisecondsOfDay = Math.round((serial - wholeDays) * MILLISECONDS_PER_DAY);
  if (millisecondsOfDay >= MILLISECONDS_PER_DAY) {
    wholeDays += 1;
    millisecondsOfDay -= MILLISECONDS_PER_DAY;
  }
  const clock = clockOf(millisecondsOfDay);
  if (!date1904) {
    // Serial 0 shows as 1900-01-00 and serial 60 as the non-existent 1900-02-29, as in Excel.
    if (wholeDays === 0) return { year: 1900, month: 1, day: 0, weekday: 6, ...clock };
    if (wholeDays === 60) return { year: 1900, month: 2, day: 29, weekday: 3, ...clock };
  }
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : wholeDays < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const calendar = new Date(epoch + wholeDays * MILLISECONDS_PER_DAY);
  return {
    year: calendar.getUTCFullYear(),
    month: calendar.getUTCMonth() + 1,
    day: calendar.getUTCDate(),
    // Excel counts weekdays from serial 1 as a Sunday, so before the phantom 29 February 1900 its weekdays
    // are one off the calendar's (=TEXT(1,"dddd") is Sunday though 1 January 1900 was a Monday).
    weekday: date1904 ? calendar.getUTCDay() : (wholeDays + 6) % 7,
    ...clock,
  };
}

function clockOf(millisecondsOfDay: number) {
  const milliseconds = millisecondsOfDay % 1000;
  const totalSeconds = (millisecondsOfDay - milliseconds) / 1000;
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    milliseconds,
  };
}
