/**
 * What Excel stores for a cell of a web page it opens: the page holds text only, and Excel reads each
 * cell's text as if it were typed into the cell on a zh-CN system — `TRUE` becomes a truth value,
 * `2024-10-09` or `2024年10月9日` a date, `85%` a percentage, `1,234` a number — unless the cell's
 * `mso-number-format` is text (`\@`) or Excel's own marks (`x:str`, `x:num`, `x:bool`) say what it is.
 * A cell with a number format (`mso-number-format:"yyyy\/mm\/dd"`) shows its value in that format.
 */
import type { CellValue } from '../../core';
import { formatCellText } from '../xlsx/formatCellText';
import { serialOfIsoDate } from '../xlsx/sheetReader/serialOfIsoDate';

/** Excel's marks on a cell of a page it wrote itself (Save as → Web page, and report systems copying it). */
export interface ExcelCellMarks {
  /** `x:num`: a number; its value in the attribute, or the cell's text when the attribute is bare. */
  readonly number?: string;
  /** `x:bool="TRUE"`. */
  readonly truth?: string;
  /** `x:str`: text, whatever it looks like. */
  readonly text?: boolean;
}

export interface TypedCell {
  readonly value: CellValue;
  readonly text: string;
  /** The number format Excel gives the cell ('General' when none). */
  readonly format: string;
}

const GENERAL = 'General';
/**
 * A number as Excel reads it from text and shows it again unchanged: no leading zeros, no exponent.
 * Excel would drop the zeros of `007`; they are kept, as text, so nothing the bureau wrote is lost.
 */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/;
/** Thousands separated as Excel writes them under `#,##0`. */
const GROUPED_NUMBER = /^-?[1-9]\d{0,2}(?:,\d{3})+(\.\d{1,15})?$/;
const PERCENT = /^(-?(?:0|[1-9]\d{0,14})(?:\.(\d{1,13}))?)%$/;
const TRUTH = /^(true|false)$/i;
/** 2024-10-09, 2024/10/9: a zh-CN system's date order; Excel shows such a date in the short date format. */
const NUMERIC_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const CHINESE_DATE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;
const SHORT_DATE = 'yyyy/m/d';
const CHINESE_DAY = 'yyyy"年"m"月"d"日"';
const CHINESE_MONTH = 'yyyy"年"m"月"';

/**
 * @example
 * cellOfTypedText('TRUE', undefined, {})            // { value: true, text: 'TRUE', format: 'General' }
 * cellOfTypedText('2024-10-09', undefined, {})      // { value: 45574, text: '2024/10/9', format: 'yyyy/m/d' }
 * cellOfTypedText('2024-10-09', 'yyyy"年"m"月"d"日"', {}) // { value: 45574, text: '2024年10月9日', … }
 * cellOfTypedText('007', '@', {})                   // { value: '007', text: '007', format: '@' }
 */
export function cellOfTypedText(text: string, format: string | undefined, marks: ExcelCellMarks): TypedCell {
  const given = format === undefined || format.trim() === '' || format === GENERAL ? undefined : format;
  const asText = (): TypedCell => ({ value: text === '' ? null : text, text, format: given ?? GENERAL });
  if (marks.text === true || given === '@') return asText();
  if (marks.truth !== undefined) return truthCell(TRUTH.test(marks.truth.trim()) ? /^true$/i.test(marks.truth.trim()) : marks.truth.trim() === '1', given);
  if (marks.number !== undefined) {
    const number = Number((marks.number === '' ? text : marks.number).trim().replace(/,/g, ''));
    if (Number.isFinite(number) && (marks.number !== '' || text.trim() !== '')) return numberCell(number, given ?? GENERAL, given === undefined ? text : undefined);
  }
  const trimmed = text.trim();
  if (trimmed === '') return asText();
  if (PLAIN_NUMBER.test(trimmed)) return numberCell(Number(trimmed), given ?? GENERAL, given === undefined ? trimmed : undefined);
  if (GROUPED_NUMBER.test(trimmed)) {
    // Excel gives typed input one of its built-in formats: #,##0 for whole numbers, #,##0.00 otherwise.
    const whole = GROUPED_NUMBER.exec(trimmed)?.[1] === undefined;
    return numberCell(Number(trimmed.replace(/,/g, '')), given ?? (whole ? '#,##0' : '#,##0.00'));
  }
  const percent = PERCENT.exec(trimmed);
  if (percent !== null) {
    return numberCell(Number(percent[1]) / 100, given ?? (percent[2] === undefined ? '0%' : '0.00%'));
  }
  if (TRUTH.test(trimmed)) return truthCell(/^true$/i.test(trimmed), given);
  const date = dateOf(trimmed);
  if (date !== null) return numberCell(date.serial, given ?? date.format);
  return asText();
}

function truthCell(value: boolean, given: string | undefined): TypedCell {
  return { value, text: value ? 'TRUE' : 'FALSE', format: given ?? GENERAL };
}

/** `written`: the text as the page wrote it, shown unchanged under General (as a CSV's numbers are). */
function numberCell(value: number, format: string, written?: string): TypedCell {
  return { value, text: written ?? formatCellText(value, format, { date1904: false }), format };
}

function dateOf(text: string): { serial: number; format: string } | null {
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric !== null) return dated(numeric[1], numeric[3], numeric[4], SHORT_DATE);
  const chinese = CHINESE_DATE.exec(text);
  if (chinese !== null) return dated(chinese[1], chinese[2], chinese[3] ?? '1', chinese[3] === undefined ? CHINESE_MONTH : CHINESE_DAY);
  return null;
}

function dated(year: string | undefined, month: string | undefined, day: string | undefined, format: string): { serial: number; format: string } | null {
  if (year === undefined || month === undefined || day === undefined || Number(year) < 1900) return null;
  const serial = serialOfIsoDate(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`, false);
  return serial === null ? null : { serial, format };
}
