/**
 * The text Excel displays for a number under a number format. ExcelJS keeps values and format codes
 * but does not render them, and the core reads what the user sees (`40`, `85%`, `2025/9/30`), so the
 * adapter renders the formats bureau sheets use: General, fixed decimals, thousands separators,
 * percentages, scientific, currency and quoted literals, and dates and times (zh-CN names).
 */
import { partsOfSerial, type SerialParts } from './excelSerial';

export interface FormatOptions {
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
}

/**
 * Built-in formats whose meaning depends on the reader's locale. ExcelJS names them with the US codes;
 * a zh-CN Excel shows built-in 14 as `2025/9/30`, and the users of this product read it that way.
 */
const LOCALE_DEPENDENT_FORMATS: Readonly<Record<string, string>> = {
  'mm-dd-yy': 'yyyy/m/d',
  'm/d/yy "h":mm': 'yyyy/m/d h:mm',
  'm/d/yy h:mm': 'yyyy/m/d h:mm',
};

/**
 * @example
 * formatCellText(0.856, '0%', { date1904: false }) // '86%'
 * formatCellText(45930, 'yyyy"年"m"月"d"日"', { date1904: false }) // '2025年9月30日'
 */
export function formatCellText(value: number, numberFormat: string | undefined, options: FormatOptions): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const code = numberFormat === undefined ? 'General' : (LOCALE_DEPENDENT_FORMATS[numberFormat] ?? numberFormat);
  // Whole numbers in General (serials, counts: most numbers on a progress sheet) show as written;
  // below 1e11 that is what `formatGeneral` gives, without parsing the format for every cell.
  if (code === 'General' && Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const sections = splitSections(code);
  const { tokens, signHandled } = pickSection(sections, value);
  const shown = signHandled ? Math.abs(value) : value;
  if (tokens.length === 0) return '';
  if (tokens.some(isDateToken)) return renderDate(tokens, shown, options);
  return renderNumber(tokens, shown, signHandled);
}

/** Excel's General format in a standard-width column: at most 11 characters besides the sign. */
export function formatGeneral(value: number): string {
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e11 || magnitude < 1e-5) return sign + formatScientific(magnitude, 0, 5, 2);
  const integerDigits = magnitude >= 1 ? Math.floor(Math.log10(magnitude)) + 1 : 1;
  const decimals = Math.max(0, 10 - integerDigits);
  const { integerPart, fractionPart } = roundDecimal(magnitude, decimals);
  const trimmed = fractionPart.replace(/0+$/, '');
  return sign + integerPart + (trimmed ? `.${trimmed}` : '');
}

type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'general' }
  | { readonly kind: 'text' }
  | { readonly kind: 'digit'; readonly placeholder: '0' | '#' | '?' }
  | { readonly kind: 'point' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'exponent'; readonly sign: '+' | '-' }
  | { readonly kind: 'slash' }
  | { readonly kind: 'date'; readonly part: DatePart; readonly length: number }
  | { readonly kind: 'elapsed'; readonly unit: 'h' | 'm' | 's'; readonly length: number }
  | { readonly kind: 'meridiem'; readonly style: 'AM/PM' | 'A/P' | '上午/下午' };

type DatePart = 'y' | 'm' | 'd' | 'h' | 's' | 'a';

function isDateToken(token: Token): boolean {
  return token.kind === 'date' || token.kind === 'elapsed' || token.kind === 'meridiem';
}

/** Splits `pos;neg;zero;text` at semicolons outside quotes and brackets. */
function splitSections(code: string): string[] {
  const sections: string[] = [];
  let current = '';
  let inQuotes = false;
  let inBrackets = false;
  for (let index = 0; index < code.length; index += 1) {
    const character = code.charAt(index);
    if (character === '\\' && !inQuotes) {
      current += character + code.charAt(index + 1);
      index += 1;
      continue;
    }
    if (character === '"' && !inBrackets) inQuotes = !inQuotes;
    else if (character === '[' && !inQuotes) inBrackets = true;
    else if (character === ']' && !inQuotes) inBrackets = false;
    if (character === ';' && !inQuotes && !inBrackets) {
      sections.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  sections.push(current);
  return sections;
}

/** The section for this value; `signHandled` when the section itself shows negativity. */
function pickSection(sections: readonly string[], value: number): { tokens: readonly Token[]; signHandled: boolean } {
  const numberSections = sections.filter((section, index) => index < 3 && !/^@$/.test(section.trim()));
  const positive = numberSections[0] ?? 'General';
  if (value < 0 && numberSections.length >= 2) return { tokens: tokensOf(numberSections[1] ?? ''), signHandled: true };
  if (value === 0 && numberSections.length >= 3) return { tokens: tokensOf(numberSections[2] ?? ''), signHandled: true };
  return { tokens: tokensOf(positive), signHandled: false };
}

/**
 * The tokens of a format section, read once: a sheet uses a handful of formats for thousands of cells (`0`
 * on every serial Excel saves), and reading the format afresh for each cell was most of reading a number.
 */
const tokenCache = new Map<string, readonly Token[]>();
const MAX_CACHED_SECTIONS = 512;

function tokensOf(section: string): readonly Token[] {
  const known = tokenCache.get(section);
  if (known !== undefined) return known;
  const tokens = tokenize(section);
  if (tokenCache.size < MAX_CACHED_SECTIONS) tokenCache.set(section, tokens);
  return tokens;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const literal = (text: string) => tokens.push({ kind: 'literal', text });
  let index = 0;
  while (index < section.length) {
    const rest = section.slice(index);
    const character = section.charAt(index);
    if (character === '"') {
      const end = section.indexOf('"', index + 1);
      const stop = end < 0 ? section.length : end;
      literal(section.slice(index + 1, stop));
      index = stop + 1;
      continue;
    }
    if (character === '\\') {
      literal(section.charAt(index + 1));
      index += 2;
      continue;
    }
    if (character === '_') {
      // `_)` leaves room for a character's width; a space is the closest plain-text rendering.
      literal(' ');
      index += 2;
      continue;
    }
    if (character === '*') {
      index += 2;
      continue;
    }
    if (character === '[') {
      const end = section.indexOf(']', index);
      const stop = end < 0 ? section.length : end;
      const inside = section.slice(index + 1, stop);
      const elapsed = /^(h+|m+|s+)$/i.exec(inside);
      const currency = /^\$([^-]*)/.exec(inside);
      if (elapsed) {
        const letters = (elapsed[1] ?? 'h').toLowerCase();
        tokens.push({ kind: 'elapsed', unit: letters.charAt(0) as 'h' | 'm' | 's', length: letters.length });
      } else if (currency) {
        literal(currency[1] ?? '');
      }
      // Colours, conditions, [DBNum…] and locale tags change no characters we render.
      index = stop + 1;
      continue;
    }
    const general = /^general/i.exec(rest);
    if (general) {
      tokens.push({ kind: 'general' });
      index += general[0].length;
      continue;
    }
    const meridiem = /^(am\/pm|a\/p|上午\/下午)/i.exec(rest);
    if (meridiem) {
      const matched = meridiem[0].toUpperCase();
      tokens.push({ kind: 'meridiem', style: matched === 'A/P' ? 'A/P' : matched === '上午/下午' ? '上午/下午' : 'AM/PM' });
      index += meridiem[0].length;
      continue;
    }
    const datePart = /^(y+|m+|d+|h+|s+|aaaa?)/i.exec(rest);
    if (datePart) {
      const letters = datePart[0].toLowerCase();
      tokens.push({ kind: 'date', part: letters.charAt(0) as DatePart, length: letters.length });
      index += letters.length;
      continue;
    }
    const exponent = /^e([+-])/i.exec(rest);
    if (exponent) {
      tokens.push({ kind: 'exponent', sign: exponent[1] === '-' ? '-' : '+' });
      index += 2;
      continue;
    }
    if (character === '0' || character === '#' || character === '?') tokens.push({ kind: 'digit', placeholder: character });
    else if (character === '.') tokens.push({ kind: 'point' });
    else if (character === ',') tokens.push({ kind: 'comma' });
    else if (character === '%') tokens.push({ kind: 'percent' });
    else if (character === '@') tokens.push({ kind: 'text' });
    else if (character === '/') tokens.push({ kind: 'slash' });
    else literal(character);
    index += 1;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------------
// Numbers

function renderNumber(tokens: readonly Token[], value: number, signHandled: boolean): string {
  const sign = !signHandled && value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const firstNumeric = tokens.findIndex((token) => token.kind !== 'literal');
  let lastNumeric = -1;
  tokens.forEach((token, index) => {
    if (token.kind !== 'literal') lastNumeric = index;
  });
  if (firstNumeric < 0) return sign + literalText(tokens);
  const prefix = literalText(tokens.slice(0, firstNumeric));
  const body = tokens.slice(firstNumeric, lastNumeric + 1);
  // Literals between placeholders (rare in progress sheets) are shown after the number.
  const suffix = literalText(body) + literalText(tokens.slice(lastNumeric + 1));
  const numeric = body.filter((token) => token.kind !== 'literal');

  let rendered: string;
  if (numeric.some((token) => token.kind === 'general') || numeric.some((token) => token.kind === 'slash')) {
    rendered = formatGeneral(magnitude);
  } else if (!numeric.some((token) => token.kind === 'digit')) {
    // A text-only section such as `@` shows numbers as General.
    rendered = numeric.some((token) => token.kind === 'text') ? formatGeneral(magnitude) : '';
  } else {
    rendered = renderDigits(numeric, magnitude);
  }
  return sign + prefix + rendered + suffix;
}

function renderDigits(tokens: readonly Token[], magnitude: number): string {
  const exponentIndex = tokens.findIndex((token) => token.kind === 'exponent');
  const mantissaTokens = exponentIndex >= 0 ? tokens.slice(0, exponentIndex) : tokens;
  const pointIndex = mantissaTokens.findIndex((token) => token.kind === 'point');
  const integerTokens = pointIndex >= 0 ? mantissaTokens.slice(0, pointIndex) : mantissaTokens;
  const fractionTokens = pointIndex >= 0 ? mantissaTokens.slice(pointIndex + 1) : [];

  const percentCount = tokens.filter((token) => token.kind === 'percent').length;
  const lastIntegerDigit = lastIndexWhere(integerTokens, (token) => token.kind === 'digit');
  // Commas after the last digit scale by a thousand each (`#,##0,` shows thousands).
  const scalingCommas = integerTokens.slice(lastIntegerDigit + 1).filter((token) => token.kind === 'comma').length;
  const grouping = integerTokens.slice(0, lastIntegerDigit + 1).some((token) => token.kind === 'comma');
  const minimumIntegerDigits = integerTokens.filter((token) => token.kind === 'digit' && token.placeholder === '0').length;
  const fractionDigits = fractionTokens.filter((token) => token.kind === 'digit');
  const maximumDecimals = fractionDigits.length;
  const minimumDecimals = lastIndexWhere(fractionDigits, (token) => token.kind === 'digit' && token.placeholder !== '#') + 1;

  const scaled = (magnitude * 100 ** percentCount) / 1000 ** scalingCommas;
  const percentSigns = '%'.repeat(percentCount);

  if (exponentIndex >= 0) {
    const exponentToken = tokens[exponentIndex];
    const exponentDigits = tokens.slice(exponentIndex + 1).filter((token) => token.kind === 'digit').length;
    const explicitPlus = exponentToken?.kind === 'exponent' && exponentToken.sign === '+';
    return formatScientific(scaled, minimumDecimals, maximumDecimals, Math.max(exponentDigits, 1), explicitPlus) + percentSigns;
  }

  const { integerPart, fractionPart } = roundDecimal(scaled, maximumDecimals);
  let fraction = fractionPart;
  while (fraction.length > minimumDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  let integer = integerPart === '0' ? '' : integerPart;
  integer = integer.padStart(minimumIntegerDigits, '0');
  if (grouping) integer = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  // Excel keeps the point even when every optional decimal is dropped (`0.##` shows 5 as `5.`).
  const point = pointIndex >= 0 ? '.' : '';
  return integer + point + fraction + percentSigns;
}

function formatScientific(
  magnitude: number,
  minimumDecimals: number,
  maximumDecimals: number,
  exponentDigits: number,
  explicitPlus = true,
): string {
  if (magnitude === 0) {
    return `${minimumDecimals > 0 ? `0.${'0'.repeat(minimumDecimals)}` : '0'}E${explicitPlus ? '+' : ''}${'0'.repeat(exponentDigits)}`;
  }
  let exponent = Math.floor(Math.log10(magnitude));
  let { integerPart, fractionPart } = roundDecimal(magnitude / 10 ** exponent, maximumDecimals);
  if (integerPart === '10') {
    exponent += 1;
    ({ integerPart, fractionPart } = roundDecimal(magnitude / 10 ** exponent, maximumDecimals));
  }
  let fraction = fractionPart;
  while (fraction.length > minimumDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const exponentSign = exponent < 0 ? '-' : explicitPlus ? '+' : '';
  return `${integerPart}${fraction ? `.${fraction}` : ''}E${exponentSign}${String(Math.abs(exponent)).padStart(exponentDigits, '0')}`;
}

/**
 * Rounds half away from zero on the decimal digits Excel keeps (15 significant), not on the binary
 * value: 1.005 with two decimals shows 1.01 in Excel, while `(1.005).toFixed(2)` gives 1.00.
 */
function roundDecimal(magnitude: number, decimals: number): { integerPart: string; fractionPart: string } {
  const [mantissa = '0', exponentText = '0'] = magnitude.toExponential(14).split('e');
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const keep = exponent + 1 + decimals;
  let kept: bigint;
  if (keep < 0) {
    kept = 0n;
  } else {
    const head = keep <= digits.length ? digits.slice(0, keep) : digits.padEnd(keep, '0');
    kept = BigInt(head === '' ? '0' : head);
    const next = keep < digits.length ? Number(digits.charAt(keep)) : 0;
    if (next >= 5) kept += 1n;
  }
  const text = kept.toString().padStart(decimals + 1, '0');
  return {
    integerPart: decimals === 0 ? text : text.slice(0, text.length - decimals),
    fractionPart: decimals === 0 ? '' : text.slice(text.length - decimals),
  };
}

// ---------------------------------------------------------------------------------------------
// Dates and times

const CHINESE_NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const CHINESE_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function renderDate(tokens: readonly Token[], serial: number, options: FormatOptions): string {
  const hasFraction = tokens.some((token, index) => token.kind === 'point' && tokens[index + 1]?.kind === 'digit');
  // Without a fraction of a second shown, Excel rounds the time to the whole second.
  const shownSerial = hasFraction ? serial : Math.round(serial * 86400) / 86400;
  const parts = partsOfSerial(shownSerial, options.date1904);
  if (!parts) return '#'.repeat(8);
  const twelveHour = tokens.some((token) => token.kind === 'meridiem');
  let output = '';
  tokens.forEach((token, index) => {
    switch (token.kind) {
      case 'literal':
        output += token.text;
        return;
      case 'date':
        output += renderDatePart(token.part, token.length, isMinute(tokens, index), parts, twelveHour);
        return;
      case 'elapsed':
        output += renderElapsed(token.unit, token.length, shownSerial);
        return;
      case 'meridiem':
        output += renderMeridiem(token.style, parts.hours);
        return;
      case 'point': {
        const fractionLength = countFollowingDigits(tokens, index);
        if (fractionLength > 0) {
          output += `.${String(parts.milliseconds).padStart(3, '0').slice(0, fractionLength)}`;
        } else {
          output += '.';
        }
        return;
      }
      case 'digit':
        // Digits after a point are the fraction of a second, already written.
        if (!isAfterPoint(tokens, index)) output += token.placeholder;
        return;
      case 'comma':
        output += ',';
        return;
      case 'percent':
        output += '%';
        return;
      case 'slash':
        output += '/';
        return;
      case 'exponent':
      case 'general':
      case 'text':
        return;
      default:
        return token satisfies never;
    }
  });
  return output;
}

function renderDatePart(part: DatePart, length: number, minute: boolean, parts: SerialParts, twelveHour: boolean): string {
  switch (part) {
    case 'y':
      return length <= 2 ? String(parts.year % 100).padStart(2, '0') : String(parts.year);
    case 'm':
      if (minute) return pad(parts.minutes, length);
      if (length <= 2) return pad(parts.month, length);
      if (length === 3) return `${parts.month}月`;
      return `${CHINESE_NUMERALS[parts.month] ?? ''}月`;
    case 'd':
      if (length <= 2) return pad(parts.day, length);
      return `${length === 3 ? '周' : '星期'}${CHINESE_WEEKDAYS[parts.weekday] ?? ''}`;
    case 'a':
      return `${length >= 4 ? '星期' : ''}${CHINESE_WEEKDAYS[parts.weekday] ?? ''}`;
    case 'h': {
      const hours = twelveHour ? ((parts.hours + 11) % 12) + 1 : parts.hours;
      return pad(hours, length);
    }
    case 's':
      return pad(parts.seconds, length);
    default:
      return part satisfies never;
  }
}

function renderElapsed(unit: 'h' | 'm' | 's', length: number, serial: number): string {
  const perDay = unit === 'h' ? 24 : unit === 'm' ? 1440 : 86400;
  const total = Math.floor(Math.abs(serial) * perDay + 1e-9);
  return (serial < 0 ? '-' : '') + String(total).padStart(length, '0');
}

function renderMeridiem(style: 'AM/PM' | 'A/P' | '上午/下午', hours: number): string {
  const morning = hours < 12;
  if (style === '上午/下午') return morning ? '上午' : '下午';
  if (style === 'A/P') return morning ? 'A' : 'P';
  return morning ? 'AM' : 'PM';
}

/** `m` means minutes right after an hour or right before a second, as in Excel. */
function isMinute(tokens: readonly Token[], index: number): boolean {
  const previous = nearestDateToken(tokens, index, -1);
  const next = nearestDateToken(tokens, index, 1);
  const previousIsHour = (previous?.kind === 'date' && previous.part === 'h') || (previous?.kind === 'elapsed' && previous.unit === 'h');
  const nextIsSecond = (next?.kind === 'date' && next.part === 's') || (next?.kind === 'elapsed' && next.unit === 's');
  return previousIsHour || nextIsSecond;
}

function nearestDateToken(tokens: readonly Token[], index: number, step: 1 | -1): Token | undefined {
  for (let cursor = index + step; cursor >= 0 && cursor < tokens.length; cursor += step) {
    const token = tokens[cursor];
    if (token && (token.kind === 'date' || token.kind === 'elapsed')) return token;
  }
  return undefined;
}

function countFollowingDigits(tokens: readonly Token[], index: number): number {
  let count = 0;
  while (tokens[index + 1 + count]?.kind === 'digit') count += 1;
  return count;
}

function isAfterPoint(tokens: readonly Token[], index: number): boolean {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const token = tokens[cursor];
    if (token?.kind === 'point') return true;
    if (token?.kind !== 'digit') return false;
  }
  return false;
}

function pad(value: number, length: number): string {
  return length >= 2 ? String(value).padStart(2, '0') : String(value);
}

function literalText(tokens: readonly Token[]): string {
  return tokens.map((token) => (token.kind === 'literal' ? token.text : '')).join('');
}

function lastIndexWhere<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item !== undefined && predicate(item)) return index;
  }
  return -1;
}
