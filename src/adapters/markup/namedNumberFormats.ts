/**
 * Excel's named number formats, which Excel 2003 XML (`<NumberFormat ss:Format="Short Date"/>`) and web
 * pages (`mso-number-format:"Short Date"`) may give instead of a format code, as the codes a zh-CN Excel
 * shows them with.
 */
const NAMED_FORMATS: Readonly<Record<string, string>> = {
  'general': 'General',
  'general number': 'General',
  'general date': 'yyyy/m/d h:mm',
  'short date': 'yyyy/m/d',
  'medium date': 'dd-mmm-yy',
  'long date': 'yyyy"年"m"月"d"日"',
  'short time': 'h:mm',
  'medium time': 'h:mm AM/PM',
  'long time': 'h:mm:ss',
  'percent': '0.00%',
  'scientific': '0.00E+00',
  'fixed': '0.00',
  'standard': '#,##0.00',
  'currency': '"¥"#,##0.00;"¥"-#,##0.00',
  'yes/no': '"Yes";"Yes";"No"',
  'true/false': '"True";"True";"False"',
  'on/off': '"On";"On";"Off"',
};

/**
 * The format code for a name (any case), or the code itself when it is no name.
 *
 * @example
 * numberFormatCode('Short Date') // 'yyyy/m/d'
 * numberFormatCode('0.00%')      // '0.00%'
 */
export function numberFormatCode(nameOrCode: string): string {
  return NAMED_FORMATS[nameOrCode.trim().toLowerCase()] ?? nameOrCode;
}
