import { formatCellText, formatGeneral } from '../../../src/adapters/xlsx/formatCellText';

interface FormatCase {
  description: string;
  value: number;
  format: string | undefined;
  expected: string;
  notes?: string;
}

const cases: FormatCase[] = [
  { description: 'General shows an integer as typed', value: 40, format: 'General', expected: '40' },
  { description: 'no format at all is General', value: 2021, format: undefined, expected: '2021' },
  { description: 'General shows 0.1+0.2 as 0.3', value: 0.1 + 0.2, format: 'General', expected: '0.3' },
  { description: 'General fits pi into 11 characters', value: Math.PI, format: 'General', expected: '3.141592654' },
  { description: 'General switches to scientific from 12 digits', value: 123456789012, format: 'General', expected: '1.23457E+11' },
  { description: 'General keeps the minus sign outside the width', value: -1 / 3, format: 'General', expected: '-0.333333333' },
  { description: 'a fixed-decimals format pads zeros', value: 15, format: '0.00', expected: '15.00' },
  { description: 'decimals round half away from zero on decimal digits', value: 1.005, format: '0.00', expected: '1.01', notes: '(1.005).toFixed(2) gives 1.00' },
  { description: 'thousands separators group the integer part', value: 1234567.891, format: '#,##0.00', expected: '1,234,567.89' },
  { description: 'a percentage multiplies by a hundred', value: 0.856, format: '0%', expected: '86%' },
  { description: 'a percentage with one decimal', value: 0.1234, format: '0.0%', expected: '12.3%' },
  { description: 'a quoted unit follows the number', value: 12.5, format: '0.0"亿元"', expected: '12.5亿元' },
  { description: 'a currency tag shows its symbol', value: 1500, format: '[$¥-804]#,##0', expected: '¥1,500' },
  { description: 'a single-section format prefixes the minus sign', value: -5, format: '#,##0', expected: '-5' },
  { description: 'the negative section replaces the sign', value: -1234, format: '#,##0;(#,##0)', expected: '(1,234)' },
  { description: 'the zero section shows a dash', value: 0, format: '#,##0;-#,##0;"-"', expected: '-' },
  { description: 'colour tags draw no characters', value: -3, format: '0;[Red]-0', expected: '-3' },
  { description: 'optional decimals drop but the point stays', value: 5, format: '0.##', expected: '5.' },
  { description: 'a leading # hides a zero integer part', value: 0.5, format: '#.00', expected: '.50' },
  { description: 'a trailing comma scales by a thousand', value: 1234567, format: '#,##0,', expected: '1,235' },
  { description: 'scientific notation', value: 12345, format: '0.00E+00', expected: '1.23E+04' },
  { description: 'a text format shows a number as General', value: 57, format: '@', expected: '57' },
  { description: 'padding underscores become spaces', value: 12, format: '#,##0_);(#,##0)', expected: '12 ' },
  { description: 'an ISO date', value: 44469, format: 'yyyy-mm-dd', expected: '2021-09-30' },
  { description: 'built-in 14 reads the zh-CN way', value: 44469, format: 'mm-dd-yy', expected: '2021/9/30', notes: 'ExcelJS names built-in 14 with the US code' },
  { description: 'a Chinese long date', value: 44480, format: 'yyyy"年"m"月"d"日"', expected: '2021年10月11日' },
  { description: 'unquoted Chinese literals', value: 44480, format: 'yyyy年m月d日', expected: '2021年10月11日' },
  { description: 'month and day without year', value: 44480, format: 'm"月"d"日"', expected: '10月11日' },
  { description: 'a Chinese weekday', value: 44480, format: 'yyyy/m/d aaaa', expected: '2021/10/11 星期一' },
  { description: 'a locale tag before a date is ignored', value: 44480, format: '[$-804]yyyy"年"m"月"', expected: '2021年10月' },
  { description: 'minutes after hours are not months', value: 44480.5625, format: 'yyyy/m/d h:mm', expected: '2021/10/11 13:30' },
  { description: 'seconds round to the nearest second', value: 0.5 + 59.6 / 86400, format: 'h:mm:ss', expected: '12:01:00' },
  { description: 'twelve-hour clock with AM/PM, shown 上午/下午 as in zh-CN Excel', value: 0.75, format: 'h:mm AM/PM', expected: '6:00 下午' },
  { description: 'Chinese morning and afternoon', value: 0.375, format: '上午/下午h"时"mm"分"', expected: '上午9时00分' },
  { description: 'elapsed hours pass 24', value: 1.5, format: '[h]:mm', expected: '36:00' },
  { description: 'serial 60 is the phantom 29 February 1900', value: 60, format: 'yyyy-mm-dd', expected: '1900-02-29' },
  { description: 'a negative date cannot be shown', value: -1, format: 'yyyy-mm-dd', expected: '########' },
];

describe('formatCellText', () => {
  it.each(cases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });

  it('counts dates from 1904 in workbooks that say so', () => {
    expect(formatCellText(0, 'yyyy-mm-dd', { date1904: true })).toBe('1904-01-01');
    expect(formatCellText(43007, 'yyyy-mm-dd', { date1904: true })).toBe('2021-09-30');
  });
});

describe('formatGeneral', () => {
  it.each([
    { description: 'zero', value: 0, expected: '0' },
    { description: 'an eleven-digit integer stays whole', value: 12345678901, expected: '12345678901' },
    { description: 'a tiny number goes scientific', value: 0.000001234, expected: '1.234E-06' },
    { description: 'a large decimal is cut to 11 characters', value: 1234567.891234, expected: '1234567.891' },
  ])('$description', ({ value, expected }) => {
    expect(formatGeneral(value)).toBe(expected);
  });
});

describe('formatCellText as zh-CN Excel shows it', () => {
  const zhCnCases: FormatCase[] = [
    { description: '[DBNum1] writes a number in Chinese numerals with place units', value: 123, format: '[DBNum1]General', expected: '一百二十三' },
    { description: '[DBNum1] ten alone is 十', value: 10, format: '[DBNum1]0', expected: '十' },
    { description: '[DBNum1] ten thousands', value: 100000, format: '[DBNum1]0', expected: '十万' },
    { description: '[DBNum2] financial numerals, zero in the middle', value: 105, format: '[DBNum2]0', expected: '壹佰零伍' },
    { description: '[DBNum2] twelve', value: 12, format: '[DBNum2]0', expected: '壹拾贰' },
    { description: '[DBNum1] date: year digit by digit, month and day with units', value: 45930, format: '[DBNum1]yyyy"年"m"月"d"日"', expected: '二〇二五年九月三十日' },
    { description: 'AM/PM shows 上午/下午', value: 45930.6, format: 'h:mm AM/PM', expected: '2:24 下午' },
    { description: '[$-409] keeps AM/PM', value: 45930.6, format: '[$-409]h:mm AM/PM', expected: '2:24 PM' },
    { description: '[$-409] English month names', value: 45930, format: '[$-409]d-mmm-yy', expected: '30-Sep-25' },
    { description: '[$-F800] is the system long date', value: 45930, format: '[$-F800]dddd, mmmm dd, yyyy', expected: '2025年9月30日' },
    { description: '[$-F400] is the system time', value: 0.75, format: '[$-F400]h:mm:ss AM/PM', expected: '18:00:00' },
    { description: 'a [>999] condition picks its section, its trailing comma scaling by a thousand', value: 1234, format: '[>999]0.0,"千";0', expected: '1.2千' },
    { description: 'a value failing the condition takes the next section', value: 12, format: '[>999]0.0,"千";0', expected: '12' },
  ];
  it.each(zhCnCases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });
});

/**
 * Literals between digit placeholders and fractions, as ECMA-376 Part 1, 18.8.31 describes the codes and
 * Excel renders them (checked against SheetJS's SSF, which is tested against Excel's output, where it
 * agrees with Excel; where SSF differs from Excel the case says so).
 */
describe('formatCellText: literals where the format puts them', () => {
  const literalCases: FormatCase[] = [
    { description: 'a year and month typed as one number', value: 202509, format: '0000"年"00"月"', expected: '2025年09月' },
    { description: 'a telephone number', value: 1234567, format: '000-0000', expected: '123-4567' },
    { description: 'zeros fill the placeholders a short number leaves', value: 123, format: '000-0000', expected: '000-0123' },
    { description: '# leaves no digit but the literal stays', value: 1234, format: '###-####', expected: '-1234' },
    { description: 'the leftmost placeholder takes every digit left over', value: 123456789, format: '00"-"00', expected: '1234567-89' },
    { description: 'quoted separators between pairs of digits', value: 123456, format: '00"-"00"-"00', expected: '12-34-56' },
    { description: 'a literal between decimals', value: 1.5, format: '0.0"x"0', expected: '1.5x0' },
    { description: 'a unit after a grouped number', value: 12345, format: '#,##0"元"', expected: '12,345元' },
    { description: 'rounding half away from zero with a literal', value: -1.5, format: '0 "个"', expected: '-2 个', notes: 'SSF shows -1 个 (it rounds half to even); Excel rounds away from zero' },
    { description: 'a negative number rounding to zero keeps its minus sign', value: -0.25, format: '0', expected: '-0' },
    { description: 'engineering notation: exponents in steps of the integer placeholders', value: 12345.678, format: '##0.0E+0', expected: '12.3E+3' },
    { description: 'engineering notation below one', value: 0.5, format: '##0.0E+0', expected: '500.0E-3' },
  ];
  it.each(literalCases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });
});

describe('formatCellText: fractions', () => {
  const fractionCases: FormatCase[] = [
    { description: 'up to one digit (built-in 12)', value: 1.5, format: '# ?/?', expected: '1 1/2' },
    { description: 'a fraction below one keeps the room of the whole part', value: 0.5, format: '# ?/?', expected: ' 1/2' },
    { description: 'a whole number leaves the fraction blank', value: 3, format: '# ?/?', expected: '3    ' },
    { description: 'zero shows 0 and a blank fraction', value: 0, format: '# ?/?', expected: '0    ' },
    { description: 'a fraction that rounds to one carries into the whole part', value: 2.999, format: '# ?/?', expected: '3    ' },
    { description: 'a negative fraction', value: -1.5, format: '# ?/?', expected: '-1 1/2' },
    { description: 'up to two digits (built-in 13): the last convergent that fits', value: Math.PI, format: '# ??/??', expected: '3  1/7 ' },
    { description: 'up to three digits', value: Math.PI, format: '# ???/???', expected: '3  16/113' },
    { description: 'an improper fraction without a whole part', value: 1.25, format: '?/?', expected: '5/4' },
    { description: 'zero without a whole part', value: 0, format: '?/?', expected: '0/1' },
    { description: 'quarters', value: 0.75, format: '?/4', expected: '3/4', notes: 'SSF refuses a fixed denominator without a whole part' },
    { description: 'quarters with a whole part, rounded to the nearest quarter', value: 2.3, format: '# ?/4', expected: '2 1/4' },
    { description: 'eighths', value: 0.125, format: '# ?/8', expected: ' 1/8' },
    { description: 'sixteenths, padded', value: 100.0625, format: '# ??/16', expected: '100  1/16' },
    { description: 'hundredths', value: 0.333, format: '0/100', expected: '33/100' },
    { description: 'a zero whole part shown by 0', value: 0.5, format: '0 ?/?', expected: '0 1/2' },
  ];
  it.each(fractionCases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });
});

/**
 * Conditioned sections and the minus sign, as Excel shows them (the cases of borgar/numfmt's tests, which
 * record Excel's output; SSF writes `-25` where Excel writes `25`).
 */
describe('formatCellText: conditions and the minus sign', () => {
  const traffic = '[Red][<=-25]General;[Blue][>=25]General;[Green]General;[Yellow]General';
  const strictTraffic = '[Red][<-25]General;[Blue][>25]General;[Green]General;[Yellow]General';
  const phone = '[<=9999999]###\\-####;\\(###\\)\\ ###\\-####';
  const conditionCases: FormatCase[] = [
    { description: 'a condition on negatives drops the sign (its bound included)', value: -25, format: traffic, expected: '25' },
    { description: 'a condition on negatives drops the sign of a fraction too', value: -26.1, format: traffic, expected: '26.1' },
    { description: 'the unconditioned third section keeps the sign', value: -1, format: traffic, expected: '-1' },
    { description: 'a value on the bound of a strict condition falls to the third section, signed', value: -25, format: strictTraffic, expected: '-25' },
    { description: 'past the strict bound the sign is dropped', value: -26, format: strictTraffic, expected: '26' },
    { description: 'a condition on positives keeps the sign before the literal dash', value: -1.2, format: phone, expected: '--1' },
    { description: 'a phone number under the first section', value: 8675309, format: phone, expected: '867-5309' },
    { description: 'a phone number under the second section', value: 2813308004, format: phone, expected: '(281) 330-8004' },
    { description: 'the second of two sections after [>=…] keeps the sign', value: -5, format: '[>=100]#,##0;0.00', expected: '-5.00' },
    { description: 'the second of two sections after [<…] of a negative drops it', value: -3, format: '[<-5]0;0.00', expected: '3.00' },
    { description: 'an equality with a negative bound drops the sign', value: -1, format: '[=-1]"负一";0', expected: '负一' },
    { description: 'an [=…] condition picks its section', value: 50, format: '[Red][=50]General;[Blue]000', expected: '50' },
    { description: 'other values take the next section', value: 49, format: '[Red][=50]General;[Blue]000', expected: '049' },
    { description: 'a lone conditioned section is followed by General', value: -3, format: '[>=0]0.0', expected: '-3' },
    { description: 'no section left for the value: # across the cell', value: 10, format: '[<10]0;[>10]0', expected: '###########' },
  ];
  it.each(conditionCases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });
});

/** Era letters: Japanese eras under a Japanese locale tag (as Japanese Excel writes 和暦), none elsewhere. */
describe('formatCellText: eras', () => {
  const eraCases: FormatCase[] = [
    { description: 'ggge under [$-411]: the era and its year', value: 44197, format: '[$-411]ggge"年"m"月"d"日";@', expected: '令和3年1月1日' },
    { description: 'ge: the Latin initial', value: 44259, format: '[$-411]ge.m.d;@', expected: 'R3.3.4' },
    { description: 'gg ee: the first letter and two digits', value: 32516, format: '[$-411]gg ee"年"', expected: '平 01年' },
    { description: 'the last day of an era', value: 43585, format: '[$-411]ggge"年"m"月"d"日"', expected: '平成31年4月30日' },
    { description: 'the first day of the next', value: 43586, format: '[$-411]ggge"年"m"月"d"日"', expected: '令和1年5月1日' },
    { description: 'gannen writes the first year as 元', value: 43586, format: '[$-ja-JP-x-gannen]ggge"年"m"月"d"日"', expected: '令和元年5月1日' },
    { description: 'Showa', value: 18264, format: '[$-411]ggge"年"', expected: '昭和25年' },
    { description: 'without a Japanese tag g shows nothing and e the year', value: 44197, format: 'ggge"年"m"月"d"日"', expected: '2021年1月1日' },
    { description: 'e beside no date letter is still scientific notation', value: 12345, format: '0.00E+00', expected: '1.23E+04' },
  ];
  it.each(eraCases)('$description', ({ value, format, expected }) => {
    expect(formatCellText(value, format, { date1904: false })).toBe(expected);
  });
});
