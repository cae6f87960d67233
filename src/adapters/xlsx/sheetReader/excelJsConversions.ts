/**
 * The small conversions ExcelJS 4.4 applies while loading a workbook, mirrored exactly, so that the
 * fast reader's grid equals `XlsxWorkbook.readSheet`'s (see node_modules/exceljs/lib/utils/utils.js and
 * lib/xlsx/xform/strings/text-xform.js).
 */
import { serialFromDate } from '../excelSerial';

const MILLISECONDS_PER_DAY = 24 * 3600 * 1000;

/**
 * `_x000D_` and friends: how OOXML escapes characters XML cannot hold (ECMA-376 ST_Xstring), hex digits
 * of either case, decoded wherever Excel decodes them (shared strings, inline strings, runs, text
 * results). `_x005F_` escapes the underscore itself, so `_x005F_x000D_` reads as the text `_x000D_`.
 */
export function decodeEscapedCharacters(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** ExcelJS decodes these five entities a second time in `t="str"` values and sheet names. */
export function decodeXmlEntitiesAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (entity) => {
    switch (entity) {
      case '&lt;':
        return '<';
      case '&gt;':
        return '>';
      case '&amp;':
        return '&';
      case '&apos;':
        return "'";
      case '&quot;':
        return '"';
      default:
        return entity;
    }
  });
}

/** ExcelJS turns a number under a format with date letters (outside quotes and brackets) into a `Date`. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/**
 * The serial `readSheet` ends up with for a stored value under a date format: ExcelJS makes a `Date`
 * rounded to the millisecond (coercing whatever the value is, as JavaScript arithmetic does), and
 * `serialFromDate` turns it back.
 */
export function dateSerialOf(stored: number | string | boolean, date1904: boolean): number {
  const number = Number(stored);
  const milliseconds = Math.round((number - 25569 + (date1904 ? 1462 : 0)) * MILLISECONDS_PER_DAY);
  const date = new Date(milliseconds);
  // Far past any date (10^12): no `Date` holds it, and Excel keeps the number (shown as #####), not #NUM!.
  return Number.isNaN(date.getTime()) ? number : serialFromDate(date, date1904);
}

/** The built-in number formats ExcelJS names (lib/xlsx/defaultnumformats.js, the `f` entries); other ids have none. */
export const BUILT_IN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * Built-in formats ExcelJS does not name, as a zh-CN Excel shows them (ECMA-376 Part 1, 18.8.30, zh-cn):
 * the currency formats with ¥ and the CJK date and time formats, so that a 填报时间 typed in a Chinese
 * Excel (stored as built-in 31, say) reads as the date it shows.
 */
export const ZH_CN_BUILT_IN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  5: '"¥"#,##0;"¥"-#,##0',
  6: '"¥"#,##0;[Red]"¥"-#,##0',
  7: '"¥"#,##0.00;"¥"-#,##0.00',
  8: '"¥"#,##0.00;[Red]"¥"-#,##0.00',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  41: '_ * #,##0_ ;_ * -#,##0_ ;_ * "-"_ ;_ @_ ',
  42: '_ "¥"* #,##0_ ;_ "¥"* -#,##0_ ;_ "¥"* "-"_ ;_ @_ ',
  43: '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ',
  44: '_ "¥"* #,##0.00_ ;_ "¥"* -#,##0.00_ ;_ "¥"* "-"??_ ;_ @_ ',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};
