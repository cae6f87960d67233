/**
 * Reads one number at a position of a normalised text: Arabic digits with decimals and thousands
 * separators, or Chinese numerals (十, 两千, 一千五百, 三万, 二〇二一), each optionally followed by the
 * magnitudes 十/百/千/万/亿 and the approximations 余/多 (`3400余万`, `3万余`, `十余`). Every loop advances,
 * so reading is linear in the length of the number.
 */
import { CodeTable } from '../../_lib/codeTable';
import { originalOffset, type ReadingCopy } from './normalizeForReading';

const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const MAGNITUDES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 1e4, 亿: 1e8 };

export interface Numeral {
  readonly value: number;
  /** Normalised offsets [start, end) of the digits, magnitudes and 余/多. */
  readonly start: number;
  readonly end: number;
  readonly script: 'arabic' | 'chinese';
  /** Ends in 万 or 亿 (`665万`, `三万`): a figure that may stand without a counting word. */
  readonly hasLargeMagnitude: boolean;
  /** A lone 百/千/万/亿 (`千家`, `万名`): a slogan, not a count. */
  readonly loneMagnitude: boolean;
  /** 余/多 after the digits or the magnitude. */
  readonly moreThan: boolean;
  /** Digits only, no decimals, separators or magnitudes (phone numbers and years look like this). */
  readonly plainDigits: number;
  /** A Chinese run that is not a number (`十四五`); it is skipped whole. */
  readonly valid: boolean;
}

export function isAsciiDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}

const CHINESE_NUMERAL_CHARACTERS: ReadonlySet<string> = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(MAGNITUDES)]);

export function isChineseNumeralCharacter(character: string | undefined): boolean {
  return character !== undefined && CHINESE_NUMERAL_CHARACTERS.has(character);
}

/**
 * The UTF-16 codes a number can begin with: ASCII digits and Chinese numeral characters. Exported as a
 * table so that a scan of every character asks it without a call into this module per character.
 */
export const NUMERAL_START_CODES = new CodeTable([...'0123456789', ...CHINESE_NUMERAL_CHARACTERS]);

/** Each Chinese digit's value by UTF-16 code, -1 for any other code: runs ask it of every character without making a string of it. */
const DIGIT_VALUE_BY_CODE: Int8Array = (() => {
  const table = new Int8Array(0x10000).fill(-1);
  for (const [digit, value] of Object.entries(CHINESE_DIGITS)) table[digit.charCodeAt(0)] = value;
  return table;
})();
const MAGNITUDE_CODES = new CodeTable(Object.keys(MAGNITUDES));

/** The value of the Chinese digit at `at`, or -1 (also past the end, where `charCodeAt` gives NaN). */
function chineseDigitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0 ? (DIGIT_VALUE_BY_CODE[code] as number) : -1;
}

/** Whether the original text has an ASCII comma where the copy has `,` (a full-width `，` reads as `,` too). */
function isOriginalComma(copy: ReadingCopy, at: number): boolean {
  return copy.original[originalOffset(copy, at)] === ',';
}

/** `,` counts as a thousands separator only where the original had an ASCII comma before exactly three digits. */
function isThousandsGroup(text: string, at: number, copy: ReadingCopy): boolean {
  return (
    text[at] === ',' &&
    isOriginalComma(copy, at) &&
    isAsciiDigit(text[at + 1]) &&
    isAsciiDigit(text[at + 2]) &&
    isAsciiDigit(text[at + 3]) &&
    !isAsciiDigit(text[at + 4])
  );
}

interface Suffix {
  readonly factor: number;
  readonly end: number;
  readonly moreThan: boolean;
  readonly hasLargeMagnitude: boolean;
}

const CODE_TEN = 0x5341; // 十
const CODE_HUNDRED = 0x767e; // 百
const CODE_FEN = 0x5206; // 分
const CODE_THOUSAND = 0x5343; // 千
/** 瓦 克 米 伏: after 千 they make a unit (千瓦 千克 千米 千伏), not a magnitude. */
const METRIC_AFTER_THOUSAND = new Set([0x74e6, 0x514b, 0x7c73, 0x4f0f]);
const CODE_YU = 0x4f59; // 余
const CODE_DUO = 0x591a; // 多

function isMetricAfterThousand(code: number): boolean {
  return METRIC_AFTER_THOUSAND.has(code);
}

/** The factor of a magnitude character, or 0. By code: most characters after a figure are none, and a lookup by string made one per character. */
function magnitudeOfCode(code: number): number {
  switch (code) {
    case CODE_TEN:
      return 10;
    case CODE_HUNDRED:
      return 100;
    case 0x5343: // 千
      return 1000;
    case 0x4e07: // 万
      return 1e4;
    case 0x4ebf: // 亿
      return 1e8;
    default:
      return 0;
  }
}

function isMoreThanCode(code: number): boolean {
  return code === CODE_YU || code === CODE_DUO;
}

/** 余/多, then magnitudes (`万`, `千万`, `亿`), then 余/多 again: `3400余万`, `3万余`. */
function readSuffix(text: string, from: number, allowTen: boolean): Suffix {
  let at = from;
  let moreThan = false;
  let factor = 1;
  let hasLargeMagnitude = false;
  if (isMoreThanCode(text.charCodeAt(at))) {
    moreThan = true;
    at += 1;
  }
  while (at < text.length) {
    const code = text.charCodeAt(at);
    const magnitude = magnitudeOfCode(code);
    if (magnitude === 0 || (code === CODE_TEN && !allowTen)) break;
    // 百分之 / 百分点 begin a percent phrase, not a magnitude.
    if (code === CODE_HUNDRED && text.charCodeAt(at + 1) === CODE_FEN) break;
    // 千瓦, 千克, 千米, 千伏 are units of measure: `5万千瓦` is 5万 of 千瓦, not 5千万.
    if (code === CODE_THOUSAND && isMetricAfterThousand(text.charCodeAt(at + 1))) break;
    factor *= magnitude;
    if (magnitude >= 1e4) hasLargeMagnitude = true;
    at += 1;
  }
  if (!moreThan && at > from && isMoreThanCode(text.charCodeAt(at))) {
    moreThan = true;
    at += 1;
  }
  return { factor, end: at, moreThan, hasLargeMagnitude };
}

const CODE_GE = '个'.charCodeAt(0);
const CODE_YI = '亿'.charCodeAt(0);
const CODE_YUAN = '元'.charCodeAt(0);

/**
 * `个亿` or `个多亿` right after the digits, not before 元: `218个亿元以上重点工业项目` counts projects, each of a hundred million yuan
 * or more.
 */
function isSpokenHundredMillion(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== CODE_GE) return false;
  const next = text.charCodeAt(at + 1);
  const yiAt = next === CODE_YI ? at + 1 : next === CODE_DUO && text.charCodeAt(at + 2) === CODE_YI ? at + 2 : -1;
  return yiAt > 0 && text.charCodeAt(yiAt + 1) !== CODE_YUAN;
}

const CODE_ZERO_WORD = '零'.charCodeAt(0);

/**
 * `3亿1300万元`, `2万3千人`, `1亿零500万元`: digits with a smaller magnitude right after a 亿 or 万 (a 零 between them allowed) are the
 * lower section of the same number, as in Chinese numerals (三亿一千三百万). Only with a magnitude of their own, at least 百 and
 * below the first's (`5万5` is left alone: spoken, it may be 5.5万), and less than one of the first's units.
 */
function lowerSectionAfter(text: string, from: number, upperFactor: number): { readonly value: number; readonly end: number; readonly moreThan: boolean } | null {
  let at = from;
  if (text.charCodeAt(at) === CODE_ZERO_WORD) at += 1;
  const digitsStart = at;
  while (isAsciiDigit(text[at])) at += 1;
  if (at === digitsStart || text[at] === '.') return null;
  const suffix = readSuffix(text, at, false);
  const value = Number(text.slice(digitsStart, at)) * suffix.factor;
  if (suffix.factor < 100 || suffix.factor >= upperFactor || value >= upperFactor) return null;
  return { value, end: suffix.end, moreThan: suffix.moreThan };
}

export function readArabicNumeral(text: string, start: number, copy: ReadingCopy): Numeral {
  let at = start;
  while (isAsciiDigit(text[at])) at += 1;
  let grouped = false;
  while (isThousandsGroup(text, at, copy)) {
    grouped = true;
    at += 4;
  }
  let decimal = false;
  if (text[at] === '.' && isAsciiDigit(text[at + 1])) {
    decimal = true;
    at += 1;
    while (isAsciiDigit(text[at])) at += 1;
  }
  const written = text.slice(start, at);
  const digits = grouped ? written.replace(/,/g, '') : written;
  // `1100 万平方米`: a space copied in before the magnitude still belongs to the number.
  let suffixFrom = at;
  while (text.charCodeAt(suffixFrom) === 0x20 && suffixFrom - at < 2) suffixFrom += 1;
  const spacedMagnitude = suffixFrom > at && (text.charCodeAt(suffixFrom) === 0x4e07 || text.charCodeAt(suffixFrom) === 0x4ebf);
  // `3.2个亿`, `3个多亿`: 亿 said with 个 before it, as spoken, is the same magnitude.
  const spokenHundredMillion = !spacedMagnitude && isSpokenHundredMillion(text, at);
  const suffix = readSuffix(text, spacedMagnitude ? suffixFrom : spokenHundredMillion ? at + 1 : at, false);
  const base = Number(digits);
  const lower = suffix.factor >= 1e4 && !suffix.moreThan ? lowerSectionAfter(text, suffix.end, suffix.factor) : null;
  return {
    value: roundFloat(base * suffix.factor + (lower?.value ?? 0)),
    start,
    end: lower?.end ?? suffix.end,
    script: 'arabic',
    hasLargeMagnitude: suffix.hasLargeMagnitude,
    loneMagnitude: false,
    moreThan: lower?.moreThan ?? suffix.moreThan,
    plainDigits: !grouped && !decimal && suffix.end === at ? digits.length : 0,
    valid: Number.isFinite(base) && base * suffix.factor <= Number.MAX_SAFE_INTEGER,
  };
}

interface ChineseValue {
  readonly value: number | null;
  readonly end: number;
}

const HUNDRED = '百'.charCodeAt(0);
/** `百分之…`: a percent in words, whose 百 begins no numeral. */
const PARTS = '分'.charCodeAt(0);

/**
 * Evaluates a run of Chinese numerals. Digit-only runs are positional (二〇二一 → 2021); otherwise the
 * usual grammar with 十/百/千 inside 万/亿 sections, and the spoken elision 一千五 → 1500.
 */
function evaluateChineseRun(text: string, start: number): ChineseValue {
  let at = start;
  let digitsOnly = true;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    if (code === HUNDRED && text.charCodeAt(at + 1) === PARTS) break;
    if (chineseDigitAt(text, at) >= 0) {
      at += 1;
      continue;
    }
    if (MAGNITUDE_CODES.has(code)) {
      digitsOnly = false;
      at += 1;
      continue;
    }
    break;
  }
  const end = at;
  if (digitsOnly) {
    // Positional runs are years and codes (二〇二一); anything longer than 15 digits is no figure.
    if (end - start > 15) return { value: null, end };
    let positional = 0;
    for (let index = start; index < end; index += 1) positional = positional * 10 + chineseDigitAt(text, index);
    return { value: positional, end };
  }
  let result = 0;
  let section = 0;
  let pending: number | null = null;
  let lastUnit = 0;
  let zeroSinceUnit = false;
  for (let index = start; index < end; index += 1) {
    const character = text[index] ?? '';
    const digit = chineseDigitAt(text, index);
    if (digit >= 0) {
      if (digit === 0) {
        zeroSinceUnit = true;
        continue;
      }
      if (pending !== null) return { value: null, end };
      pending = digit;
      continue;
    }
    const small = CHINESE_SMALL_UNITS[character];
    if (small !== undefined) {
      section += (pending ?? 1) * small;
      pending = null;
      lastUnit = small;
      zeroSinceUnit = false;
      continue;
    }
    if (character === '万') {
      section = (section + (pending ?? 0)) * 1e4;
      if (section === 0) section = 1e4;
      pending = null;
      lastUnit = 1e4;
      zeroSinceUnit = false;
      continue;
    }
    // 亿 closes everything before it.
    result = (result + section + (pending ?? 0)) * 1e8;
    if (result === 0) result = 1e8;
    section = 0;
    pending = null;
    lastUnit = 1e8;
    zeroSinceUnit = false;
  }
  let tail = pending ?? 0;
  // 一千五 means 1500 and 三万五 35000: a final digit right after a unit of 百 or more counts one step below it.
  if (pending !== null && !zeroSinceUnit && lastUnit >= 100) tail = pending * (lastUnit / 10);
  const value = result + section + tail;
  return { value: Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER ? value : null, end };
}

/** `百分之八点五`: decimals after 点, digit by digit, complete a Chinese numeral (read where a percent is spelt out). */
export function withChineseDecimals(text: string, numeral: Numeral): Numeral {
  if (numeral.script !== 'chinese' || text[numeral.end] !== '点' || chineseDigitAt(text, numeral.end + 1) < 0) return numeral;
  let at = numeral.end + 1;
  let fraction = 0;
  let scale = 0.1;
  while (chineseDigitAt(text, at) >= 0) {
    fraction += chineseDigitAt(text, at) * scale;
    scale /= 10;
    at += 1;
  }
  return { ...numeral, value: Math.round((numeral.value + fraction) * 1e6) / 1e6, end: at };
}

export function readChineseNumeral(text: string, start: number): Numeral {
  const run = evaluateChineseRun(text, start);
  const length = run.end - start;
  const first = text[start] ?? '';
  const loneMagnitude = length === 1 && first in MAGNITUDES && first !== '十';
  let end = run.end;
  let moreThan = false;
  let factor = 1;
  let hasLargeMagnitude = text.slice(start, run.end).includes('万') || text.slice(start, run.end).includes('亿');
  // 十余万, 三千多: approximations may follow a Chinese numeral, then more magnitudes.
  if (text[end] === '余' || text[end] === '多') {
    const suffix = readSuffix(text, end, true);
    moreThan = suffix.moreThan;
    factor = suffix.factor;
    end = suffix.end;
    hasLargeMagnitude = hasLargeMagnitude || suffix.hasLargeMagnitude;
  }
  return {
    value: run.value === null ? Number.NaN : roundFloat(run.value * factor),
    start,
    end,
    script: 'chinese',
    hasLargeMagnitude,
    loneMagnitude,
    moreThan,
    plainDigits: 0,
    valid: run.value !== null,
  };
}

/** 84.69 × 1e8 is 8468999999.999999 in binary floating point; figures carry at most 6 decimals. */
function roundFloat(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
