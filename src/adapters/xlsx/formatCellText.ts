/**
 * The text Excel displays for a number under a number format. ExcelJS keeps values and format codes
 * but does not render them, and the core reads what the user sees (`40`, `85%`, `2025/9/30`), so the
 * adapter renders them as a zh-CN Excel does: General, fixed decimals, thousands separators,
 * percentages, scientific, fractions, currency and literals (between digits too), sections and
 * conditions (`[>999]`), dates and times with Chinese names (上午/下午 for AM/PM unless `[$-409]` asks
 * for English), the system date and time tags (`[$-F800]`, `[$-F400]`) and Chinese numerals (`[DBNum1]`
 * 一百二十三, `[DBNum2]` 壹佰贰拾叁). Pure code with no dependency: the CLI and the page share it.
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

/** Windows' system formats, as a zh-CN system writes them: long date and time. */
const SYSTEM_LONG_DATE = 'yyyy"年"m"月"d"日"';
const SYSTEM_TIME = 'h:mm:ss';

/**
 * @example
 * formatCellText(0.856, '0%', { date1904: false }) // '86%'
 * formatCellText(45930, 'yyyy"年"m"月"d"日"', { date1904: false }) // '2025年9月30日'
 */
export function formatCellText(value: number, numberFormat: string | undefined, options: FormatOptions): string {
  if (!Number.isFinite(value)) return '#NUM!';
  const code = numberFormat === undefined ? 'General' : zhCnCode(LOCALE_DEPENDENT_FORMATS[numberFormat] ?? numberFormat);
  // Whole numbers in General (serials, counts: most numbers on a progress sheet) show as written;
  // below 1e11 that is what `formatGeneral` gives, without parsing the format for every cell.
  if (code === 'General' && Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const sections = splitSections(code);
  const { tokens, signHandled, numerals } = pickSection(sections, value);
  const shown = signHandled ? Math.abs(value) : value;
  if (tokens.length === 0) return '';
  const isDate = tokens.some(isDateToken);
  const rendered = isDate ? renderDate(tokens, shown, options) : renderNumber(tokens, shown, signHandled);
  return numerals === null ? rendered : withChineseNumerals(rendered, numerals, isDate);
}

/** The system date and time tags replaced by what they mean on a zh-CN system. */
function zhCnCode(code: string): string {
  if (code.indexOf('[$-') < 0) return code;
  if (/\[\$-F800\]/i.test(code)) return SYSTEM_LONG_DATE;
  if (/\[\$-F400\]/i.test(code)) return SYSTEM_TIME;
  return code;
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
  /** A fraction's denominator written as a number (`?/4`, `0/100`): fixed, not placeholders. */
  | { readonly kind: 'denominator'; readonly value: number }
  | { readonly kind: 'date'; readonly part: DatePart; readonly length: number; readonly english: boolean }
  | { readonly kind: 'elapsed'; readonly unit: 'h' | 'm' | 's'; readonly length: number }
  /** `g` the era's name, `e` the year of the era: Japanese eras under a Japanese locale tag, else none and the year. */
  | { readonly kind: 'era'; readonly part: 'g' | 'e'; readonly length: number; readonly calendar: 'japanese' | 'gannen' | null }
  | { readonly kind: 'meridiem'; readonly style: 'AM/PM' | 'A/P' | '上午/下午' };

type DatePart = 'y' | 'm' | 'd' | 'h' | 's' | 'a';

function isDateToken(token: Token): boolean {
  return token.kind === 'date' || token.kind === 'elapsed' || token.kind === 'meridiem' || token.kind === 'era';
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

type Numerals = 'DBNum1' | 'DBNum2';

interface PickedSection {
  readonly tokens: readonly Token[];
  /** The section itself shows negativity (a second section, or a condition's), so the value is shown unsigned. */
  readonly signHandled: boolean;
  readonly numerals: Numerals | null;
}

const CONDITION = /\[(<=|>=|<>|<|>|=)\s*(-?[\d.]+(?:E[+-]?\d+)?)\]/i;

function conditionHolds(operator: string, bound: number, value: number): boolean {
  switch (operator) {
    case '<':
      return value < bound;
    case '<=':
      return value <= bound;
    case '>':
      return value > bound;
    case '>=':
      return value >= bound;
    case '=':
      return value === bound;
    default:
      return value !== bound;
  }
}

function picked(section: string, signHandled: boolean): PickedSection {
  const numerals = /\[DBNum([12])\]/i.exec(section);
  return { tokens: tokensOf(section), signHandled, numerals: numerals === null ? null : numerals[1] === '2' ? 'DBNum2' : 'DBNum1' };
}

interface Condition {
  readonly operator: string;
  readonly bound: number;
}

/**
 * Whether a conditioned section writes the minus sign of a negative number. Excel leaves it out where the
 * condition itself speaks of negatives (`[<0]`, `[<=-25]`, `[=-1]`) and writes it elsewhere (`[<=9999999]` on
 * −1.2 is `--1` under `###\-####`). Excel's behaviour as observed and kept in borgar/numfmt's tests.
 */
function conditionWritesMinus(condition: Condition | null): boolean {
  if (condition === null) return true;
  const { operator, bound } = condition;
  return !((bound < 0 && (operator === '<' || operator === '<=' || operator === '=')) || (bound === 0 && operator === '<'));
}

/**
 * The section for this value. Without conditions: positive;negative;zero;text. With conditions
 * (`[>999]0.0,"千";0`), the first section whose condition holds (a first section without one means `[>0]`,
 * a lone conditioned section is followed by General), else `#` across the cell. Whether a negative number
 * keeps its minus sign: `conditionWritesMinus` for a conditioned section, and in a format of three sections;
 * the unconditioned second of two writes it only after an `[=…]`, `[>…]` or `[>=…]` of zero or more.
 */
function pickSection(sections: readonly string[], value: number): PickedSection {
  const numberSections = sections.filter((section, index) => index < 3 && !/^@$/.test(section.trim()));
  const found = numberSections.map((section) => CONDITION.exec(section));
  if (found.some((condition) => condition !== null)) {
    const conditions: (Condition | null)[] = found.map((match, index) =>
      match !== null ? { operator: match[1] ?? '=', bound: Number(match[2]) } : index === 0 ? { operator: '>', bound: 0 } : null,
    );
    const candidates = numberSections.length === 1 ? [...numberSections, 'General'] : numberSections;
    const writesMinus = (index: number): boolean => {
      const condition = conditions[index] ?? null;
      if (numberSections.length >= 3 || index === 0 || condition !== null) return conditionWritesMinus(condition);
      const first = conditions[0] ?? null;
      return first !== null && (first.operator === '=' || (first.bound >= 0 && (first.operator === '>' || first.operator === '>=')));
    };
    for (let index = 0; index < candidates.length; index += 1) {
      const condition = conditions[index] ?? null;
      if (condition !== null && !conditionHolds(condition.operator, condition.bound, value)) continue;
      return picked(candidates[index] ?? 'General', value < 0 && !writesMinus(index));
    }
    // No condition held and no section is left: Excel fills the cell with #.
    return { tokens: [{ kind: 'literal', text: '#'.repeat(11) }], signHandled: true, numerals: null };
  }
  const positive = numberSections[0] ?? 'General';
  if (value < 0 && numberSections.length >= 2) return picked(numberSections[1] ?? '', true);
  if (value === 0 && numberSections.length >= 3) return picked(numberSections[2] ?? '', true);
  return picked(positive, false);
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
  // `[$-409]` (or another English locale) keeps AM/PM and English month names; zh-CN shows 上午/下午.
  const english = /\[\$-(409|809|c09|1009|en-[a-z]+)\]/i.test(section);
  // `[$-411]ggge"年"` is a Japanese-era date whatever the reader's language (the locale tag decides);
  // `[$-ja-JP-x-gannen]` writes an era's first year as 元. Era letters count under such a tag or beside other
  // date letters (`0.00E+00` stays scientific).
  const calendar = /\[\$-ja-JP-x-gannen\]/i.test(section) ? 'gannen' : /\[\$-(?:[0-9A-F]*0411|411|ja-JP)\]/i.test(section) ? 'japanese' : null;
  const eraLetters = calendar !== null || /[ymdhs]/i.test(section.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '')) ? /^(g+|e+)/i : null;
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
      tokens.push({ kind: 'meridiem', style: matched === 'A/P' ? (english ? 'A/P' : '上午/下午') : matched === '上午/下午' || !english ? '上午/下午' : 'AM/PM' });
      index += meridiem[0].length;
      continue;
    }
    const datePart = /^(y+|m+|d+|h+|s+|aaaa?)/i.exec(rest);
    if (datePart) {
      const letters = datePart[0].toLowerCase();
      tokens.push({ kind: 'date', part: letters.charAt(0) as DatePart, length: letters.length, english });
      index += letters.length;
      continue;
    }
    const exponent = /^e([+-])/i.exec(rest);
    if (exponent) {
      tokens.push({ kind: 'exponent', sign: exponent[1] === '-' ? '-' : '+' });
      index += 2;
      continue;
    }
    const era = eraLetters?.exec(rest);
    if (era) {
      const letters = era[0].toLowerCase();
      tokens.push({ kind: 'era', part: letters.charAt(0) as 'g' | 'e', length: letters.length, calendar });
      index += letters.length;
      continue;
    }
    const fixedDenominator = tokens[tokens.length - 1]?.kind === 'slash' ? /^[1-9]\d*/.exec(rest) : null;
    if (fixedDenominator) {
      // `?/100`: a denominator written as a number is fixed, not three placeholders.
      tokens.push({ kind: 'denominator', value: Number(fixedDenominator[0]) });
      index += fixedDenominator[0].length;
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
  const suffix = literalText(tokens.slice(lastNumeric + 1));

  if (body.some((token) => token.kind === 'slash') && body.some((token) => token.kind === 'digit')) {
    const fraction = renderFraction(body, magnitude);
    // A fraction that rounds to zero shows no minus sign, as in Excel (`# ?/?` on -0.01 is `0    `).
    return (fraction.zero ? '' : sign) + prefix + fraction.text + suffix;
  }
  let rendered: string;
  if (body.some((token) => token.kind === 'general') || body.some((token) => token.kind === 'slash')) {
    rendered = formatGeneral(magnitude) + literalText(body);
  } else if (!body.some((token) => token.kind === 'digit')) {
    // A text-only section such as `@` shows numbers as General.
    rendered = (body.some((token) => token.kind === 'text') ? formatGeneral(magnitude) : '') + literalText(body);
  } else {
    rendered = renderDigits(body, magnitude);
  }
  return sign + prefix + rendered + suffix;
}

/**
 * Digit placeholders with the literals between them where the format puts them: Excel fills the integer
 * placeholders from the right, the leftmost one taking every digit left over (`0000"年"00"月"` shows
 * 202509 as `2025年09月`, `000-0000` shows 1234567 as `123-4567`), and the decimals from the left.
 */
function renderDigits(tokens: readonly Token[], magnitude: number): string {
  const exponentIndex = tokens.findIndex((token) => token.kind === 'exponent');
  const mantissaTokens = exponentIndex >= 0 ? tokens.slice(0, exponentIndex) : tokens;
  const pointIndex = mantissaTokens.findIndex((token) => token.kind === 'point');
  const integerTokens = pointIndex >= 0 ? mantissaTokens.slice(0, pointIndex) : mantissaTokens;
  const fractionTokens = pointIndex >= 0 ? mantissaTokens.slice(pointIndex + 1) : [];

  const percentCount = tokens.filter((token) => token.kind === 'percent').length;
  const lastIntegerDigit = lastIndexWhere(integerTokens, (token) => token.kind === 'digit');
  // Commas after the last digit scale by a thousand each (`#,##0,` shows thousands).
  const lastFractionDigit = lastIndexWhere(fractionTokens, (token) => token.kind === 'digit');
  const scalingCommas =
    pointIndex >= 0 && lastFractionDigit >= 0
      ? fractionTokens.slice(lastFractionDigit + 1).filter((token) => token.kind === 'comma').length
      : integerTokens.slice(lastIntegerDigit + 1).filter((token) => token.kind === 'comma').length;
  const grouping = integerTokens.slice(0, lastIntegerDigit + 1).some((token) => token.kind === 'comma');
  const fractionDigits = fractionTokens.filter((token) => token.kind === 'digit');
  const maximumDecimals = fractionDigits.length;
  const minimumDecimals = lastIndexWhere(fractionDigits, (token) => token.kind === 'digit' && token.placeholder !== '#') + 1;

  const scaled = (magnitude * 100 ** percentCount) / 1000 ** scalingCommas;
  const percentSigns = '%'.repeat(percentCount);

  if (exponentIndex >= 0) {
    const exponentToken = tokens[exponentIndex];
    const exponentDigits = tokens.slice(exponentIndex + 1).filter((token) => token.kind === 'digit').length;
    const explicitPlus = exponentToken?.kind === 'exponent' && exponentToken.sign === '+';
    const integerPlaceholders = integerTokens.filter((token) => token.kind === 'digit');
    const exponentStep = integerPlaceholders.some((token) => token.kind === 'digit' && token.placeholder === '#') ? integerPlaceholders.length : 1;
    return formatScientific(scaled, minimumDecimals, maximumDecimals, Math.max(exponentDigits, 1), explicitPlus, exponentStep) + percentSigns + literalText(tokens);
  }

  const { integerPart, fractionPart } = roundDecimal(scaled, maximumDecimals);
  let fraction = fractionPart;
  while (fraction.length > minimumDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  // Excel keeps the point even when every optional decimal is dropped (`0.##` shows 5 as `5.`).
  const point = pointIndex >= 0 ? '.' : '';
  return placeIntegerDigits(integerTokens, integerPart === '0' ? '' : integerPart, grouping) + point + placeDecimals(fractionTokens, fraction) + percentSigns;
}

/** The integer digits into the placeholders, right to left; `0` shows a zero, `?` a space, `#` nothing. */
function placeIntegerDigits(tokens: readonly Token[], digits: string, grouping: boolean): string {
  const firstDigit = tokens.findIndex((token) => token.kind === 'digit');
  let remaining = digits;
  let placed = 0;
  let output = '';
  const put = (digit: string) => {
    if (grouping && placed > 0 && placed % 3 === 0) output = `,${output}`;
    output = digit + output;
    placed += 1;
  };
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (token?.kind === 'literal') output = token.text + output;
    if (token?.kind !== 'digit') continue;
    if (index === firstDigit) {
      // The leftmost placeholder takes every digit still left.
      for (let cursor = remaining.length - 1; cursor >= 0; cursor -= 1) put(remaining.charAt(cursor));
      if (remaining === '' && token.placeholder !== '#') put(token.placeholder === '0' ? '0' : ' ');
      remaining = '';
    } else if (remaining !== '') {
      put(remaining.charAt(remaining.length - 1));
      remaining = remaining.slice(0, -1);
    } else if (token.placeholder !== '#') {
      put(token.placeholder === '0' ? '0' : ' ');
    }
  }
  return output;
}

/** The decimals into the placeholders, left to right, with the literals between them. */
function placeDecimals(tokens: readonly Token[], digits: string): string {
  let cursor = 0;
  let output = '';
  for (const token of tokens) {
    if (token.kind === 'literal') output += token.text;
    if (token.kind !== 'digit') continue;
    if (cursor < digits.length) output += digits.charAt(cursor);
    else if (token.placeholder === '?') output += ' ';
    cursor += 1;
  }
  return output;
}

/**
 * A fraction: `# ?/?` (whole part and up to one-digit denominators), `?/?` (improper), `# ??/??`, or a
 * fixed denominator (`# ?/4`, `0/100`). The fraction is the closest one whose denominator fits the
 * placeholders (continued fractions), or the value rounded to the fixed denominator. A zero fraction after
 * a whole part shows as spaces; a zero value with no whole placeholder shows `0`.
 */
function renderFraction(tokens: readonly Token[], magnitude: number): { text: string; zero: boolean } {
  const slash = tokens.findIndex((token) => token.kind === 'slash');
  const before = tokens.slice(0, slash);
  const after = tokens.slice(slash + 1);
  // The numerator is the last run of placeholders before the slash; placeholders before it, separated by
  // a literal (usually a space), are the whole part.
  let numeratorStart = lastIndexWhere(before, (token) => token.kind === 'digit');
  while (numeratorStart > 0 && before[numeratorStart - 1]?.kind === 'digit') numeratorStart -= 1;
  const wholeTokens = numeratorStart > 0 ? before.slice(0, numeratorStart) : [];
  const hasWhole = wholeTokens.some((token) => token.kind === 'digit');
  const numeratorTokens = before.slice(Math.max(numeratorStart, 0)).filter((token) => token.kind === 'digit');
  const betweenWholeAndNumerator = hasWhole ? literalText(wholeTokens.slice(lastIndexWhere(wholeTokens, (token) => token.kind === 'digit') + 1)) : '';
  const wholeDigitTokens = hasWhole ? wholeTokens.slice(0, lastIndexWhere(wholeTokens, (token) => token.kind === 'digit') + 1) : [];
  const denominatorTokens = after.filter((token) => token.kind === 'digit');
  const fixedToken = after.find((token) => token.kind === 'denominator');
  const fixed = fixedToken?.kind === 'denominator' ? fixedToken.value : 0;
  const denominatorAfter = literalText(after.slice(lastIndexWhere(after, (token) => token.kind === 'digit' || token.kind === 'denominator') + 1));

  let whole = hasWhole ? Math.floor(magnitude) : 0;
  const rest = magnitude - whole;
  let numerator: number;
  let denominator: number;
  if (fixed > 0) {
    denominator = fixed;
    numerator = Math.round(rest * fixed);
  } else {
    const largest = 10 ** Math.min(Math.max(denominatorTokens.length, 1), 7) - 1;
    [numerator, denominator] = closestFraction(rest, largest);
  }
  if (hasWhole && numerator === denominator && numerator > 0) {
    whole += 1;
    numerator = 0;
  }
  const zero = whole === 0 && numerator === 0;
  const wholeText = hasWhole ? placeIntegerDigits(wholeDigitTokens, whole === 0 ? '' : String(whole), false) : '';
  const denominatorWidth = fixed > 0 ? String(fixed).length : denominatorTokens.length;
  if (hasWhole && numerator === 0) {
    // Excel leaves the fraction's room blank so that the whole numbers line up with the fractions.
    // A `#` whole part shows 0 beside a blank fraction of placeholders, nothing beside a fixed denominator.
    const shownWhole = whole === 0 && wholeText.trim() === '' && fixed === 0 ? '0' : wholeText;
    return { text: shownWhole + ' '.repeat(betweenWholeAndNumerator.length + numeratorTokens.length + 1 + denominatorWidth), zero };
  }
  const numeratorText = padPlaceholders(String(numerator), numeratorTokens, 'start');
  const denominatorText = fixed > 0 ? String(fixed) : padPlaceholders(String(denominator), denominatorTokens, 'end');
  return { text: wholeText + betweenWholeAndNumerator + numeratorText + '/' + denominatorText + denominatorAfter.trimEnd(), zero };
}

/** A number padded to its placeholders' width: `?` with spaces, `0` with zeros, `#` not at all. */
function padPlaceholders(digits: string, placeholders: readonly Token[], side: 'start' | 'end'): string {
  let text = digits;
  for (let index = placeholders.length - digits.length - 1; index >= 0; index -= 1) {
    const token = side === 'start' ? placeholders[index] : placeholders[placeholders.length - 1 - index];
    const filler = token?.kind === 'digit' ? (token.placeholder === '0' ? '0' : token.placeholder === '?' ? ' ' : '') : '';
    text = side === 'start' ? filler + text : text + filler;
  }
  return text;
}

/**
 * The fraction Excel shows for `value` with a denominator up to `largest`: the last continued-fraction
 * convergent that fits (π with `??/??` is 22/7, not the closer 311/99), as SSF, which was checked against Excel.
 */
function closestFraction(value: number, largest: number): [number, number] {
  let [previousNumerator, previousDenominator, numerator, denominator] = [0, 1, 1, 0];
  let remainder = value;
  let best: [number, number] = [Math.round(value), 1];
  for (let step = 0; step < 64; step += 1) {
    const term = Math.floor(remainder);
    const nextNumerator = term * numerator + previousNumerator;
    const nextDenominator = term * denominator + previousDenominator;
    if (nextDenominator > largest) break;
    [previousNumerator, previousDenominator, numerator, denominator] = [numerator, denominator, nextNumerator, nextDenominator];
    best = [numerator, denominator];
    const fractional = remainder - term;
    if (fractional < 1e-10) break;
    remainder = 1 / fractional;
  }
  return best;
}

function formatScientific(
  magnitude: number,
  minimumDecimals: number,
  maximumDecimals: number,
  exponentDigits: number,
  explicitPlus = true,
  exponentStep = 1,
): string {
  if (magnitude === 0) {
    return `${minimumDecimals > 0 ? `0.${'0'.repeat(minimumDecimals)}` : '0'}E${explicitPlus ? '+' : ''}${'0'.repeat(exponentDigits)}`;
  }
  // Engineering notation (`##0.0E+0`): the exponent is a multiple of the integer placeholders' count.
  let exponent = Math.floor(Math.floor(Math.log10(magnitude)) / exponentStep) * exponentStep;
  let { integerPart, fractionPart } = roundDecimal(magnitude / 10 ** exponent, maximumDecimals);
  if (integerPart.length > exponentStep) {
    exponent += exponentStep;
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
  const pointIndex = tokens.findIndex((token, index) => token.kind === 'point' && tokens[index + 1]?.kind === 'digit');
  const secondDecimals = pointIndex < 0 ? 0 : Math.min(countFollowingDigits(tokens, pointIndex), 3);
  // Excel rounds the time to the fraction of a second it shows (`ss.0` shows 36.96 s as 37.0).
  const steps = 86400 * 10 ** secondDecimals;
  const shownSerial = Math.round(serial * steps) / steps;
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
        output += token.english
          ? renderEnglishDatePart(token.part, token.length, isMinute(tokens, index), parts, twelveHour)
          : renderDatePart(token.part, token.length, isMinute(tokens, index), parts, twelveHour);
        return;
      case 'elapsed':
        output += renderElapsed(token.unit, token.length, shownSerial);
        return;
      case 'meridiem':
        output += renderMeridiem(token.style, parts.hours);
        return;
      case 'era':
        output += renderEra(token.part, token.length, token.calendar, parts);
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
      case 'denominator':
        output += String(token.value);
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
      // `mmmmm` is the first letter of the month's name: 一 of 一月, 十 of 十一月.
      if (length >= 5) return (CHINESE_NUMERALS[parts.month] ?? '').charAt(0);
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

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ENGLISH_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Month and weekday names in English (`[$-409]`); the rest as in zh-CN. */
function renderEnglishDatePart(part: DatePart, length: number, minute: boolean, parts: SerialParts, twelveHour: boolean): string {
  if (part === 'm' && !minute && length >= 3) {
    const name = ENGLISH_MONTHS[parts.month - 1] ?? '';
    return length === 3 ? name.slice(0, 3) : length === 5 ? name.charAt(0) : name;
  }
  if (part === 'd' && length >= 3) {
    const name = ENGLISH_WEEKDAYS[parts.weekday] ?? '';
    return length === 3 ? name.slice(0, 3) : name;
  }
  return renderDatePart(part, length, minute, parts, twelveHour);
}

function renderElapsed(unit: 'h' | 'm' | 's', length: number, serial: number): string {
  const perDay = unit === 'h' ? 24 : unit === 'm' ? 1440 : 86400;
  const total = Math.floor(Math.abs(serial) * perDay + 1e-9);
  return (serial < 0 ? '-' : '') + String(total).padStart(length, '0');
}

/** Japan's eras from 1900 on: name, first letter, Latin initial, first day. */
const JAPANESE_ERAS = [
  { name: '令和', start: [2019, 5, 1], initial: 'R' },
  { name: '平成', start: [1989, 1, 8], initial: 'H' },
  { name: '昭和', start: [1926, 12, 25], initial: 'S' },
  { name: '大正', start: [1912, 7, 30], initial: 'T' },
  { name: '明治', start: [1868, 1, 25], initial: 'M' },
] as const;

/**
 * `g` R, `gg` 令, `ggg` 令和, `e` 3, `ee` 03 under a Japanese locale tag. Elsewhere Excel has no era: `g` shows
 * nothing and `e` the year in four digits ([MS-OI29500]: "e and ee become yyyy in all locales other than JPN/CHT").
 */
function renderEra(part: 'g' | 'e', length: number, calendar: 'japanese' | 'gannen' | null, parts: SerialParts): string {
  if (calendar === null) return part === 'g' ? '' : String(parts.year);
  const dayNumber = parts.year * 10000 + parts.month * 100 + parts.day;
  const era = JAPANESE_ERAS.find(({ start: [year, month, day] }) => dayNumber >= year * 10000 + month * 100 + day) ?? JAPANESE_ERAS[4];
  if (part === 'g') return length === 1 ? era.initial : length === 2 ? era.name.charAt(0) : era.name;
  const yearOfEra = parts.year - era.start[0] + 1;
  if (calendar === 'gannen' && yearOfEra === 1) return '元';
  return length >= 2 ? String(yearOfEra).padStart(2, '0') : String(yearOfEra);
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

// ---------------------------------------------------------------------------------------------
// Chinese numerals ([DBNum1], [DBNum2])

const NUMERAL_DIGITS: Readonly<Record<Numerals, string>> = { DBNum1: '〇一二三四五六七八九', DBNum2: '零壹贰叁肆伍陆柒捌玖' };
const NUMERAL_UNITS: Readonly<Record<Numerals, readonly string[]>> = { DBNum1: ['', '十', '百', '千'], DBNum2: ['', '拾', '佰', '仟'] };
const NUMERAL_GROUPS = ['', '万', '亿', '万亿'];

/** Digit by digit: 2025 → 二〇二五 (years, decimals). */
function digitsAsNumerals(digits: string, numerals: Numerals): string {
  return digits.replace(/\d/g, (digit) => NUMERAL_DIGITS[numerals].charAt(Number(digit)));
}

/** With place units: 123 → 一百二十三, 10 → 十 ([DBNum1]) or 壹拾 ([DBNum2]), 105 → 一百零五. */
function positionalNumerals(digits: string, numerals: Numerals): string {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  if (trimmed === '0' || trimmed.length > 16) return digitsAsNumerals(trimmed, numerals);
  const zero = NUMERAL_DIGITS[numerals].charAt(0);
  let result = '';
  let pendingZero = false;
  for (let index = 0; index < trimmed.length; index += 1) {
    const place = trimmed.length - 1 - index;
    const digit = Number(trimmed.charAt(index));
    if (digit === 0) {
      pendingZero = result !== '';
    } else {
      if (pendingZero) result += zero;
      pendingZero = false;
      const tenAlone = numerals === 'DBNum1' && digit === 1 && place % 4 === 1 && result === '';
      result += (tenAlone ? '' : NUMERAL_DIGITS[numerals].charAt(digit)) + (NUMERAL_UNITS[numerals][place % 4] ?? '');
    }
    if (place % 4 === 0 && place > 0 && /[^〇零]$/.test(result) && trimmed.slice(Math.max(0, index - 3), index + 1) !== '0000') {
      result += NUMERAL_GROUPS[place / 4] ?? '';
      pendingZero = false;
    }
  }
  return result;
}

/**
 * The shown text with its digits as Chinese numerals: digits after a point, and a date's four-digit
 * years, read digit by digit; every other run of digits with place units.
 */
function withChineseNumerals(text: string, numerals: Numerals, isDate: boolean): string {
  return text.replace(/(\.?)(\d+)/g, (_match, point: string, digits: string) => {
    if (point !== '' || (isDate && digits.length === 4)) return point + digitsAsNumerals(digits, numerals);
    return positionalNumerals(digits, numerals);
  });
}
