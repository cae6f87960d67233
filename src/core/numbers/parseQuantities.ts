/**
 * Reads every quantity of a Chinese text (DOMAIN §4): numbers with their counting words, comparators,
 * approximations, ranges, distributions (`分别不少于20个和50个`) and year series (`依次达到30%、45%、60%`),
 * and says which numbers it deliberately did not take (ordinals, periods, dates, ages, document numbers,
 * phone numbers, names). The text is read through an NFKC copy; spans and phrases refer to the text as written.
 *
 * Reading is one left-to-right pass; every look-around is bounded, so a 32,767-character cell is linear.
 */
import { CodeTable } from '../_lib/codeTable';
import { normalizeForReading, originalSpan, type ReadingCopy } from './_lib/normalizeForReading';
import { isAsciiDigit, isChineseNumeralCharacter, NUMERAL_START_CODES, readArabicNumeral, readChineseNumeral, withChineseDecimals, type Numeral } from './_lib/readNumeral';
import { cellUnitNoteOf, columnHeaderBefore, type ColumnHeaderUnit } from './_lib/columnHeaderUnit';
import { moneyWordBeforeBareAmount } from './_lib/moneyWithoutItsWord';
import { digitsOfAGrowthAt } from './_lib/digitsOfAGrowth';
import { PEOPLE_NAMED_AFTER } from './_lib/peopleNouns';
import { countingWord, durationCountAt, isLatinSymbol, unitAt, type CountingWord } from './units';
import type {
  Approximation,
  IgnoredNumber,
  IgnoredReason,
  ParseQuantitiesOptions,
  Quantity,
  QuantityComparator,
  QuantityReading,
  QuantityScan,
} from './types';

interface WordRule<T> {
  readonly word: string;
  readonly value: T;
}

function longestFirst<T>(rules: readonly WordRule<T>[]): readonly WordRule<T>[] {
  return [...rules].sort((left, right) => right.word.length - left.word.length);
}

/** Comparators written before the number. `达到`/`超过` also introduce reported figures; the caller decides. */
const COMPARATORS_BEFORE = longestFirst<QuantityComparator>([
  { word: '不低于', value: '>=' },
  { word: '不少于', value: '>=' },
  { word: '不小于', value: '>=' },
  { word: '至少', value: '>=' },
  { word: '超过', value: '>=' },
  { word: '高于', value: '>=' },
  { word: '大于', value: '>=' },
  { word: '多于', value: '>=' },
  { word: '达到', value: '>=' },
  { word: '达', value: '>=' },
  { word: '力争', value: '>=' },
  { word: '力争达到', value: '>=' },
  { word: '提高到', value: '>=' },
  { word: '提高至', value: '>=' },
  { word: '提升到', value: '>=' },
  { word: '提升至', value: '>=' },
  { word: '增加到', value: '>=' },
  { word: '增加至', value: '>=' },
  { word: '增长到', value: '>=' },
  { word: '增至', value: '>=' },
  { word: '不超过', value: '<=' },
  { word: '不高于', value: '<=' },
  { word: '不大于', value: '<=' },
  { word: '不多于', value: '<=' },
  { word: '控制在', value: '<=' },
  { word: '低于', value: '<=' },
  { word: '少于', value: '<=' },
  { word: '小于', value: '<=' },
  { word: '降至', value: '<=' },
  { word: '降到', value: '<=' },
  { word: '下降到', value: '<=' },
  { word: '下降至', value: '<=' },
  // A performance table's 指标值 column writes its bound as a sign (`≥95%`, `≤4`, `＞10`).
  { word: '≥', value: '>=' },
  { word: '＞', value: '>=' },
  { word: '≤', value: '<=' },
  { word: '＜', value: '<=' },
  // Some templates' fonts offer only the signs with a double bar (`≧95%`, `≦15万元`).
  { word: '≧', value: '>=' },
  { word: '≦', value: '<=' },
  // Full-width signs reach here as ASCII once the text is normalised.
  { word: '>', value: '>=' },
  { word: '<', value: '<=' },
  // Tables typed without the signs spell them in ASCII (`>=9431人`, `>= 99 %`).
  { word: '>=', value: '>=' },
  { word: '<=', value: '<=' },
]);

const COMPARATORS_AFTER = longestFirst<QuantityComparator>([
  { word: '以上', value: '>=' },
  { word: '及以上', value: '>=' },
  { word: '以下', value: '<=' },
  { word: '及以下', value: '<=' },
  { word: '以内', value: '<=' },
  { word: '之内', value: '<=' },
]);

const APPROXIMATIONS_BEFORE = longestFirst<Approximation>([
  { word: '将近', value: 'nearly' },
  { word: '接近', value: 'nearly' },
  { word: '近', value: 'nearly' },
  { word: '大约', value: 'about' },
  { word: '约', value: 'about' },
]);

const RANGE_SEPARATORS = new CodeTable(['-', '~', '〜', '—', '–', '至', '到']);
const LIST_CONNECTORS = new Set(['和', '、', ',', '及', '与', ';']);
/**
 * A short quotation is a name (`“7个一律”`, `“十四五”`); a long one is a project's title that states its
 * target (`“开展322个县级饮用水水源地环境整治”项目`), and its figures are read.
 */
const QUOTE_PAIRS: Readonly<Record<string, { readonly close: string; readonly reach: number }>> = {
  '“': { close: '”', reach: 9 },
  '"': { close: '"', reach: 9 },
  '「': { close: '」', reach: 9 },
  '『': { close: '』', reach: 9 },
  '‘': { close: '’', reach: 20 },
  '《': { close: '》', reach: 100 },
};
const OPENING_QUOTE_CODES = new CodeTable(Object.keys(QUOTE_PAIRS));
const PHONE_CUES = ['电话', '热线', '手机', '传真', '联系方式'];
const VAGUE_BEFORE = new Set(['数', '几', '若']);

/** A quantity while the text is read: its phrase in offsets of the normalised copy. */
interface RawQuantity extends QuantityReading {
  readonly phraseStart: number;
  readonly phraseEnd: number;
}

interface Step {
  readonly end: number;
  readonly quantity?: RawQuantity;
  readonly ignored?: { readonly reason: IgnoredReason; readonly start: number; readonly end: number };
}

interface Unit {
  readonly word: CountingWord | null;
  readonly nonQuantity: IgnoredReason | null;
  readonly start: number;
  readonly end: number;
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\u00a0';
}

function isAsciiLetter(character: string | undefined): boolean {
  return character !== undefined && ((character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z'));
}

function skipSpaces(text: string, at: number): number {
  let index = at;
  while (isSpace(text[index])) index += 1;
  return index;
}

function skipSpacesBack(text: string, at: number): number {
  let index = at;
  while (index > 0 && isSpace(text[index - 1])) index -= 1;
  return index;
}

/** The last characters of all comparator and approximation words: most numbers have none of them before. */
const WORD_ENDINGS = new CodeTable([...COMPARATORS_BEFORE, ...APPROXIMATIONS_BEFORE].map((rule) => rule.word.slice(-1)));

function wordEndingAt<T>(text: string, end: number, rules: readonly WordRule<T>[]): WordRule<T> | null {
  if (!WORD_ENDINGS.has(text.charCodeAt(end - 1))) return null;
  for (const rule of rules) if (end >= rule.word.length && text.startsWith(rule.word, end - rule.word.length)) return rule;
  return null;
}

function wordStartingAt<T>(text: string, start: number, rules: readonly WordRule<T>[]): WordRule<T> | null {
  for (const rule of rules) if (text.startsWith(rule.word, start)) return rule;
  return null;
}

/** Marks text inside “…”, 《…》 and the like: numbers there are names (`“7个一律”`, `“十四五”`), not quantities. */
function markQuoted(text: string): Uint8Array | null {
  let quoted: Uint8Array | null = null;
  // The next position of each closing mark, found once and reused while it lies ahead: linear overall.
  // Made at the first quotation mark: most cells have none.
  let nextClose: Map<string, number> | null = null;
  let index = 0;
  while (index < text.length) {
    // Looking at the code first spares a one-character string per Chinese character of the cell.
    const pair = OPENING_QUOTE_CODES.has(text.charCodeAt(index)) ? QUOTE_PAIRS[text[index] ?? ''] : undefined;
    if (!pair) {
      index += 1;
      continue;
    }
    nextClose ??= new Map<string, number>();
    let close = nextClose.get(pair.close);
    if (close === undefined || (close !== -1 && close <= index)) {
      close = text.indexOf(pair.close, index + 1);
      nextClose.set(pair.close, close);
    }
    if (close < 0 || close - index > pair.reach) {
      index += 1;
      continue;
    }
    quoted ??= new Uint8Array(text.length);
    quoted.fill(1, index, close + 1);
    index = close + 1;
  }
  return quoted;
}

/** The unit of `百分之N`: the percent sign the phrase spells out. */
const PERCENT_WORD: CountingWord = { word: '%', unitClass: 'percent', group: 'percent' };

function readUnit(text: string, at: number): Unit {
  const start = skipSpaces(text, at);
  const found = unitAt(text, start);
  if (!found) return { word: null, nonQuantity: null, start: at, end: at };
  const end = start + found.entry.word.length;
  if (found.kind === 'non') return { word: null, nonQuantity: found.entry.reason, start, end };
  // `5mm`, `10min`: a Latin symbol is a unit only where the Latin word ends.
  if (isLatinSymbol(found.entry) && isAsciiLetter(text[end])) return { word: null, nonQuantity: null, start: at, end: at };
  // 一次性 is an adjective, not a count of times.
  if (found.entry.word === '次' && text[end] === '性') return { word: null, nonQuantity: null, start: at, end: at };
  return { word: found.entry, nonQuantity: null, start, end };
}

function readNumeralAt(text: string, at: number, copy: ReadingCopy): Numeral | null {
  if (isAsciiDigit(text[at])) return readArabicNumeral(text, at, copy);
  if (isChineseNumeralCharacter(text[at])) return readChineseNumeral(text, at);
  return null;
}

/** A Chinese counting word right before the slash at `slashAt` (`次/`, `起/`, `人/`): the slash divides a rate's unit. */
function isRateUnitBefore(text: string, slashAt: number): boolean {
  const code = text.charCodeAt(skipSpacesBack(text, slashAt) - 1);
  return code >= CJK_START && code <= CJK_END;
}

const CJK_START = 0x4e00;
const CJK_END = 0x9fff;

/** 1, 10, 100, 1万, 10万…: the bases rates are reckoned per. */
function isPowerOfTen(value: number): boolean {
  if (value < 1) return false;
  const exponent = Math.round(Math.log10(value));
  return Math.abs(value - 10 ** exponent) < 1e-9;
}

function isPhoneNumber(text: string, numeral: Numeral): boolean {
  if (numeral.plainDigits >= 11) return true;
  if (numeral.plainDigits < 7) return false;
  const window = text.slice(Math.max(0, numeral.start - 8), numeral.start);
  return PHONE_CUES.some((cue) => window.includes(cue));
}

function isInsideDocumentBrackets(text: string, numeral: Numeral): boolean {
  const before = text[skipSpacesBack(text, numeral.start) - 1];
  const after = text[skipSpaces(text, numeral.end)];
  return (before === '〔' || before === '[' || before === '【') && (after === '〕' || after === ']' || after === '】');
}

/**
 * The first characters of verbs that end in 达 and reach nothing: money or a plan handed down (`下达6.2亿元`, `转达`), a
 * notice delivered (`送达`, `传达`), a place arrived at (`抵达`, `直达`). Their 达 is part of the verb, not the comparator
 * `达` (`投资达6.2亿元`), so the figure after it carries no bound.
 */
const ENDS_VERB_WITH_DA = new CodeTable(['下', '转', '送', '传', '抵', '直', '表']);
/**
 * The first characters of words that end in 约 and estimate nothing: deals signed (`签约23个`), a booking (`预约`), a saving
 * (`节约用水`), a contract kept or broken (`履约`, `违约`, `解约`). Their 约 is part of the word, not the `约` of an estimate
 * (`投资约3亿元`), so the figure after it is stated as it is.
 */
const ENDS_VERB_WITH_YUE = new CodeTable(['签', '预', '节', '履', '违', '解', '制', '契', '邀']);

/** The comparator and approximation words right before the number (`不低于`, `约`, `达到约`). */
function readBefore(text: string, numberStart: number): { start: number; comparator: WordRule<QuantityComparator> | null; approximation: WordRule<Approximation> | null } {
  let at = skipSpacesBack(text, numberStart);
  let start = numberStart;
  const readApproximation = wordEndingAt(text, at, APPROXIMATIONS_BEFORE);
  const approximation = readApproximation !== null && readApproximation.word === '约' && ENDS_VERB_WITH_YUE.has(text.charCodeAt(at - 2)) ? null : readApproximation;
  if (approximation) {
    at = skipSpacesBack(text, at - approximation.word.length);
    start = at;
  }
  const read = wordEndingAt(text, at, COMPARATORS_BEFORE);
  const comparator = read !== null && read.word === '达' && ENDS_VERB_WITH_DA.has(text.charCodeAt(at - 2)) ? null : read;
  if (comparator) start = at - comparator.word.length;
  return { start, comparator, approximation };
}

/** `以上`, `以内`, `(含) 以上`, `左右` after the unit. */
function readAfter(text: string, from: number): { end: number; comparator: WordRule<QuantityComparator> | null; about: boolean } {
  let at = skipSpaces(text, from);
  let about = false;
  if (text.startsWith('左右', at)) {
    about = true;
    at = skipSpaces(text, at + 2);
  }
  // `60 周岁 (含) 以上`: the inclusive mark may stand apart from the comparator.
  const afterInclusive = text.startsWith('(含)', at) ? skipSpaces(text, at + 3) : at;
  const comparator = wordStartingAt(text, afterInclusive, COMPARATORS_AFTER);
  if (comparator) return { end: afterInclusive + comparator.word.length, comparator, about };
  return { end: about ? at : from, comparator: null, about };
}

/** Signs a performance table bounds its 指标值 with, ASCII once normalised (`≥` stays, `＞` reads `>`). */
const BOUND_SIGNS = new CodeTable(['≥', '≤', '≧', '≦', '>', '<', '=']);

/**
 * Whether a sign of a table's bound stands right before the number (`≥360天`, `=365天`): a bound, not the result of a
 * sum (`40*40=1600个`), so `=` counts only where no figure or bracket ends before it.
 */
function isBoundBySign(text: string, numberStart: number): boolean {
  const signAt = skipSpacesBack(text, numberStart) - 1;
  if (signAt < 0 || !BOUND_SIGNS.has(text.charCodeAt(signAt))) return false;
  if (text[signAt] !== '=') return true;
  const before = text[skipSpacesBack(text, signAt) - 1];
  return before === undefined || before === '>' || before === '<' || !(isAsciiDigit(before) || isAsciiLetter(before) || before === ')' || before === '%');
}

/**
 * `实际飞行时长909.93小时`, `服务时长为120小时`, `开放天数达到300天`: a number right after the name of a length of time (时长,
 * 时数, 天数) is that length measured, as a sign before it makes it (`≥928小时`): a report states the figure its table bounds
 * without repeating the sign. Reached only for a period word after the number, which is rare; the window is a few characters.
 * `蓝天` names the days of good air a year counts (`蓝天目标是300天`, `全年蓝天310天`, `蓝天达到320天`), as `优良天数` does: a count of
 * days that accumulates over the year, not a length of time.
 */
const DURATIONS_NAME_BEFORE = /(?:时长|时数|天数|蓝天(?:目标)?)(?:为|是|达到?|确保|力争|超过|共|累计|合计)?\s*$/;
const DURATIONS_NAME_REACH = 6;

function followsADurationsName(text: string, numberStart: number): boolean {
  return DURATIONS_NAME_BEFORE.test(text.slice(Math.max(0, numberStart - DURATIONS_NAME_REACH), numberStart));
}

/**
 * `指标1项目完成及时率`, `指标2工程资金金额`: a performance table numbers its indicators after the word 指标 and runs the
 * indicator's name on, so the number is the indicator's place in the list, not a count (`项目` is a word there, not a measure
 * word and its noun). `完成考核指标3项,` counts indicators: the measure word ends the clause. Reached only for a number right
 * after 指标.
 */
function numbersAnIndicator(text: string, numberStart: number, numeralEnd: number, unitEnd: number): boolean {
  if (numberStart < 2 || text.charCodeAt(numberStart - 1) !== 0x6807 || text.charCodeAt(numberStart - 2) !== 0x6307) return false;
  if (numeralEnd - numberStart > 2 || numeralEnd === text.length) return false;
  const next = text.charCodeAt(unitEnd);
  return next >= 0x4e00 && next <= 0x9fff;
}

/**
 * `独石村3组`, `红星社区2组、5组`: a number before 组 right after the name of a village or community (or after another such group
 * in a list) numbers a 村民小组, the place the people live in, as `第3组` would; it counts nothing. Reached only for 组.
 */
const VILLAGE_BEFORE_GROUP = /(?:村|社区|居委会|嘎查|屯)\s*$/;
const GROUP_LISTED_BEFORE = /(?:村|社区|居委会|嘎查|屯)\s*[0-9０-９一二三四五六七八九十]{1,3}\s*组\s*[、和及]\s*$/;
const GROUP_NAME_REACH = 12;

function isVillageGroupNumber(text: string, numberStart: number): boolean {
  const before = text.slice(Math.max(0, numberStart - GROUP_NAME_REACH), numberStart);
  return VILLAGE_BEFORE_GROUP.test(before) || GROUP_LISTED_BEFORE.test(before);
}

/**
 * `400余村民`, `300多群众`: a figure said to be approximate (`余`, `多`) right before a noun of people, with no counting word, counts
 * those people, as `400余名村民` does; `余` and `多` make it a count, never a year or a code. Reached only for such a figure without a
 * unit, which is rare.
 */
const PEOPLE_WORD: CountingWord | null = countingWord('人');

function peopleWordAfterApproximateCount(text: string, numeralEnd: number): CountingWord | null {
  return PEOPLE_NAMED_AFTER.test(text.slice(numeralEnd, numeralEnd + 6)) ? PEOPLE_WORD : null;
}

/** A number deliberately not taken, from `start` to `end`. */
function ignoredStep(reason: IgnoredReason, start: number, end: number): Step {
  return { end, ignored: { reason, start, end } };
}

/** Reads the quantity (or the non-quantity) that starts with `numeral`. */
function readQuantityAt(text: string, quoted: Uint8Array | null, numeral: Numeral, percentPrefixStart: number, copy: ReadingCopy, cellUnit: ColumnHeaderUnit | null): Step {
  const numberStart = percentPrefixStart >= 0 ? percentPrefixStart : numeral.start;

  if (!numeral.valid) return ignoredStep('name', numberStart, numeral.end);
  const before = text[skipSpacesBack(text, numberStart) - 1];
  const letterBefore = isAsciiLetter(text[numberStart - 1]) || (text[numberStart - 1] === '-' && isAsciiLetter(text[numberStart - 2]));
  const read: Unit = percentPrefixStart >= 0
    ? { word: PERCENT_WORD, nonQuantity: null, start: numeral.end, end: numeral.end }
    : readUnit(text, numeral.end);
  // `5G`, `599B` name things; `14.7km` measures one.
  const symbolAfter = read.word !== null && read.start === numeral.end && isLatinSymbol(read.word);
  if (numeral.script === 'arabic' && (letterBefore || (isAsciiLetter(text[numeral.end]) && !symbolAfter))) return ignoredStep('identifier', numberStart, numeral.end);
  const duration = read.nonQuantity === 'period' && (isBoundBySign(text, numberStart) || followsADurationsName(text, numberStart)) ? durationCountAt(text, read.start) : null;
  const unit: Unit = duration !== null ? { word: duration, nonQuantity: null, start: read.start, end: read.start + duration.word.length } : read;
  const unitEnd = Math.max(unit.end, numeral.end);

  if (quoted !== null && quoted[numberStart] === 1 && (unit.word || unit.nonQuantity || numeral.hasLargeMagnitude || numeral.loneMagnitude)) return ignoredStep('name', numberStart, unitEnd);
  if (before === '第') return ignoredStep('ordinal', numberStart, unitEnd);
  if (numeral.script === 'arabic' && numbersAnIndicator(text, numberStart, numeral.end, unitEnd)) return ignoredStep('ordinal', numberStart, unitEnd);
  if (unit.word?.word === '组' && isVillageGroupNumber(text, numberStart)) return ignoredStep('ordinal', numberStart, unitEnd);
  // `年森林火灾发生率控制在6.5次/10万公顷`: a round base after a counting word and a slash is what the rate is reckoned per
  // (`次/10万公顷`, `人/10万人`, `起/100公里`); `12所/15所` of a table's two columns is two figures.
  if ((before === '/' || before === '／') && isPowerOfTen(numeral.value) && isRateUnitBefore(text, skipSpacesBack(text, numberStart) - 1)) return ignoredStep('denominator', numberStart, unitEnd);
  if (numeral.script === 'chinese' && (VAGUE_BEFORE.has(text[numberStart - 1] ?? '') || text[numeral.end] === '几')) return ignoredStep('vague', numberStart, unitEnd);
  if (unit.nonQuantity) {
    const reason = unit.nonQuantity === 'ordinal' && text[unit.start] === '号' && isDocumentNumberContext(text, numberStart) ? 'documentNumber' : unit.nonQuantity;
    return ignoredStep(reason, numberStart, unitEnd);
  }
  // A lone 万/千 is a word, not a count: `万名`, `送戏进万村`, `千村万户`.
  if (numeral.loneMagnitude) return ignoredStep('name', numberStart, unitEnd);
  // 一期工程, 二期项目: a Chinese numeral before 期 names a phase; `3期` (Arabic) counts sessions.
  if (numeral.script === 'chinese' && unit.word?.word === '期') return ignoredStep('ordinal', numberStart, unitEnd);

  // A range: `1-2个`, `80元-200元`, and the non-quantities `12-17岁`, `2019-2020年`, `7-9月份`.
  const separatorAt = skipSpaces(text, unitEnd);
  let upper: Numeral | null = null;
  let upperUnit: Unit | null = null;
  if (percentPrefixStart < 0 && RANGE_SEPARATORS.has(text.charCodeAt(separatorAt))) {
    const second = readNumeralAt(text, skipSpaces(text, separatorAt + 1), copy);
    if (second && second.valid) {
      const secondUnit = readUnit(text, second.end);
      const secondEnd = Math.max(second.end, secondUnit.end);
      if (!unit.word && secondUnit.nonQuantity) return ignoredStep(secondUnit.nonQuantity, numberStart, secondEnd);
      if (secondUnit.word && (!unit.word || unit.word.unitClass === secondUnit.word.unitClass)) {
        upper = second;
        upperUnit = secondUnit;
      } else if (!unit.word && !secondUnit.word) {
        return { end: second.end };
      }
    }
  }

  // `1-6期培训结束后`, `1-3批项目`: rounds or batches numbered from the first, before what they number, are identifiers; an aim
  // of so many rounds is written after its noun and narrowly (`培训班1-2期`).
  if (upper !== null && isRoundsNumberedFromTheFirst(text, numeral, unit, upper, upperUnit)) return ignoredStep('ordinal', numberStart, Math.max(upper.end, upperUnit?.end ?? 0));
  // `年度计划(万元) 50000`, `单位:万元` heading the cell: a bare figure counts in the unit its table prints in the head.
  // `降低率(%) -6.04`: a signed figure under its header; the sign stands between them.
  const headerEnd = isSignedBare(text, numberStart) ? numberStart - 1 : numberStart;
  const headed = upperUnit === null && unit.word === null && !numeral.hasLargeMagnitude && percentPrefixStart < 0 ? columnHeaderBefore(text, headerEnd) ?? cellUnit : null;
  const moneyWord = upperUnit === null && unit.word === null && headed === null && numeral.hasLargeMagnitude ? moneyWordBeforeBareAmount(text, numberStart) : null;
  const peopleWord = upperUnit === null && unit.word === null && headed === null && moneyWord === null && numeral.moreThan && !numeral.hasLargeMagnitude
    ? peopleWordAfterApproximateCount(text, numeral.end)
    : null;
  const effectiveUnit = upperUnit?.word ?? unit.word ?? headed?.word ?? moneyWord ?? peopleWord;
  const phraseNumberEnd = upperUnit ? Math.max(upper?.end ?? 0, upperUnit.end) : unitEnd;
  if (!effectiveUnit) {
    if (isPhoneNumber(text, numeral)) return ignoredStep('phone', numberStart, numeral.end);
    if (isInsideDocumentBrackets(text, numeral)) return ignoredStep('documentNumber', numberStart, numeral.end);
    if (!numeral.hasLargeMagnitude) return { end: numeral.end };
  }

  const beforeWords = readBefore(text, numberStart);
  const afterWords = readAfter(text, phraseNumberEnd);
  const comparator = beforeWords.comparator?.value ?? afterWords.comparator?.value ?? null;
  const beforeWord = beforeWords.comparator?.word ?? '';
  const afterWord = afterWords.comparator?.word ?? '';
  const comparatorText = beforeWord !== '' && afterWord !== '' ? `${beforeWord}…${afterWord}` : beforeWord + afterWord;
  const approximate: Approximation | null = numeral.moreThan
    ? 'more-than'
    : beforeWords.approximation?.value ?? (afterWords.about ? 'about' : null);
  const quantity: RawQuantity = {
    phraseStart: beforeWords.start,
    phraseEnd: afterWords.end,
    value: headed ? roundHeaded(numeral.value * headed.factor) : numeral.value,
    upper: upper ? upper.value : null,
    unit: effectiveUnit?.word ?? '',
    unitClass: effectiveUnit?.unitClass ?? 'bare',
    comparator,
    comparatorText,
    approximate,
    kind: upper ? 'range' : 'single',
    series: [],
  };
  return { end: Math.max(afterWords.end, phraseNumberEnd), quantity };
}

/** Words that number rounds or batches (`第1期`, `第2批`) when a range runs from the first. */
const ROUND_WORDS: ReadonlySet<string> = new Set(['期', '批']);
const WIDEST_RANGE_OF_ROUNDS_TO_AIM_AT = 2;

/**
 * A range of rounds from the first (`1-6期`), wider than a count of rounds is aimed at, run into the noun it numbers
 * (`1-6期培训`): the rounds' numbers, not how many to hold. Reached only for a range, which few numbers open.
 */
function isRoundsNumberedFromTheFirst(text: string, numeral: Numeral, unit: Unit, upper: Numeral, upperUnit: Unit | null): boolean {
  const word = upperUnit?.word?.word ?? unit.word?.word ?? '';
  if (numeral.value !== 1 || upper.value <= WIDEST_RANGE_OF_ROUNDS_TO_AIM_AT || !ROUND_WORDS.has(word)) return false;
  const next = text.charCodeAt(Math.max(upper.end, upperUnit?.end ?? 0));
  return next >= 0x4e00 && next <= 0x9fff;
}

/** `53.00` 万户 is 530000, not the 529999.99999999994 of binary floating point. */
function roundHeaded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function isDocumentNumberContext(text: string, numberStart: number): boolean {
  const window = text.slice(Math.max(0, numberStart - 3), numberStart);
  return window.includes('〕') || window.includes(']') || window.includes('】');
}

function connectorBetween(text: string, from: number, to: number): boolean {
  const start = skipSpaces(text, from);
  const end = skipSpacesBack(text, to);
  return end === start + 1 && LIST_CONNECTORS.has(text[start] ?? '');
}

const SERIES_WORDS = ['依次', '依次为', '逐年'];
const DISTRIBUTION_WORDS = ['分别', '分别为'];

function prefixEndsWith(text: string, at: number, words: readonly string[]): boolean {
  const end = skipSpacesBack(text, at);
  // Every list word ends in 次, 年, 别 or 为; most figures have none of them before.
  const last = text[end - 1];
  if (last !== '次' && last !== '年' && last !== '别' && last !== '为') return false;
  return words.some((word) => text.startsWith(word, end - word.length));
}

const YEAR_RANGE = /(\d{4})\s*年?\s*(?:至|到|-|~|—|–)\s*(\d{4})\s*年/g;

/** The years of a series, from `2021年至2023年` within the sentence before it. */
function seriesYears(text: string, before: number, count: number): readonly (number | null)[] {
  const sentenceStart = Math.max(text.lastIndexOf('。', before), text.lastIndexOf(';', before), before - 80, 0);
  let first: number | null = null;
  for (const match of text.slice(sentenceStart, before).matchAll(YEAR_RANGE)) first = Number(match[1]);
  return Array.from({ length: count }, (_, index) => (first === null ? null : first + index));
}

/** Joins `分别…20个和50个` into distributions and `依次达到30%、45%、60%` into one series quantity. */
function groupLists(text: string, raw: readonly RawQuantity[], year: number | null): RawQuantity[] {
  const grouped: RawQuantity[] = [];
  let index = 0;
  while (index < raw.length) {
    const first = raw[index];
    if (!first) break;
    const series = prefixEndsWith(text, first.phraseStart, SERIES_WORDS);
    const distribution = !series && prefixEndsWith(text, first.phraseStart, DISTRIBUTION_WORDS);
    if (!series && !distribution) {
      grouped.push(first);
      index += 1;
      continue;
    }
    const members: RawQuantity[] = [first];
    let next = index + 1;
    for (;;) {
      const previous = members[members.length - 1];
      const candidate = raw[next];
      if (!previous || !candidate || candidate.unitClass !== first.unitClass || !connectorBetween(text, previous.phraseEnd, candidate.phraseStart)) break;
      members.push(candidate);
      next += 1;
    }
    const years = members.length > 1 ? seriesYears(text, first.phraseStart, members.length) : [];
    const isSeries = members.length > 1 && (series || years[0] !== null);
    if (isSeries) {
      const entries = members.map((member, position) => ({ year: years[position] ?? null, value: member.value }));
      const chosen = entries.find((entry) => entry.year !== null && entry.year === year)
        ?? (year !== null && entries[0]?.year !== null && year > (entries[0]?.year ?? 0) ? entries[entries.length - 1] : entries[0]);
      const last = members[members.length - 1] ?? first;
      grouped.push({ ...first, phraseEnd: last.phraseEnd, value: chosen?.value ?? first.value, kind: 'series', series: entries });
    } else {
      for (const member of members) {
        grouped.push(members.length > 1
          ? { ...member, kind: 'distribution', comparator: member.comparator ?? first.comparator, comparatorText: member.comparatorText || first.comparatorText }
          : member);
      }
    }
    index = next;
  }
  return grouped;
}

const CODE_HALF = 0x534a; // 半
const CODE_FEN = 0x5206; // 分
const CODE_ZHI = 0x4e4b; // 之
const CODE_WEI = 0x4f4d; // 位
/** The Chinese digits of a fraction in words, by value (`三分之二`: 3 and 2). */
const FRACTION_DIGITS = '一二三四五六七八九十';

/**
 * `三分之二` is two thirds of the whole, 66.67%: `财政支出的三分之二以上用于民生`. Read from a Chinese digit followed by
 * `分之`; a fraction of one or more is no share and is left to the numeral reading.
 */
function readFraction(text: string, start: number): { quantity: RawQuantity; end: number } | null {
  const denominator = FRACTION_DIGITS.indexOf(text[start] ?? '') + 1;
  const numerator = FRACTION_DIGITS.indexOf(text[start + 3] ?? '') + 1;
  if (denominator < 2 || numerator < 1 || numerator >= denominator) return null;
  return shareInWords(text, start, start + 4, Math.round((numerator / denominator) * 10000) / 100);
}

/**
 * A table's item number glued to the round share that opens its item (`3.90%的二级综合医院…`, `4.30%以上的社区卫生服务中心`):
 * the copy has lost the space after `3.`. A rate is not written with a trailing zero (`3.9%`), and a share of the things after
 * it (`…%的`, `…%以上的`) is the shape of a round target share, so the digits after the dot are the share and the number before
 * it the item. Only at the head of a cell, after an optional `*` mark: a `3.90%` inside a sentence is a rate as written.
 */
const ITEM_NUMBER_GLUED_TO_SHARE = /^[\s*＊]*([1-9][0-9]?)\.[1-9]0%(?:以上|以下)?的/;

/** The item number that opens the cell glued to the share after it (its span; the share starts after its dot), else null. */
function itemNumberGluedToShare(text: string): { readonly start: number; readonly end: number } | null {
  const glued = ITEM_NUMBER_GLUED_TO_SHARE.exec(text);
  const itemNumber = glued?.[1];
  if (!glued || itemNumber === undefined) return null;
  const end = glued[0].indexOf('.');
  return { start: end - itemNumber.length, end };
}

/** `一半` is half of the whole, 50%: `覆盖一半以上的乡镇`. */
function readHalf(text: string, start: number): { quantity: RawQuantity; end: number } {
  return shareInWords(text, start, start + 2, 50);
}

/** A share of the whole said in words (`一半`, `三分之二`), as a percent, with the comparators around it. */
function shareInWords(text: string, start: number, numberEnd: number, percent: number): { quantity: RawQuantity; end: number } {
  const afterWords = readAfter(text, numberEnd);
  const comparator = readBefore(text, start).comparator;
  const quantity: RawQuantity = {
    phraseStart: comparator ? start - comparator.word.length : start,
    phraseEnd: afterWords.end,
    value: percent,
    upper: null,
    unit: '%',
    unitClass: 'percent',
    comparator: comparator?.value ?? afterWords.comparator?.value ?? null,
    comparatorText: (comparator?.word ?? '') + (afterWords.comparator?.word ?? ''),
    approximate: null,
    kind: 'single',
    series: [],
  };
  return { quantity, end: Math.max(numberEnd, afterWords.end) };
}

/** A minus sign right before the digits, with no digit or letter before it (which would make it a range's dash or a code's). */
function isSignedBare(text: string, numberStart: number): boolean {
  const sign = text[numberStart - 1];
  return (sign === '-' || sign === '−') && !isAsciiDigit(text[numberStart - 2]) && !isAsciiLetter(text[numberStart - 2]);
}

/** A minus sign right before the digits keeps its sign (`增长-2.1%`); a `-` right after another figure separates a range. */
function isNegated(text: string, numberStart: number, lastEnd: number): boolean {
  return lastEnd !== numberStart - 1 && isSignedBare(text, numberStart);
}

function negated(quantity: RawQuantity, numberStart: number): RawQuantity {
  return { ...quantity, value: -quantity.value, upper: quantity.upper === null ? null : -quantity.upper, phraseStart: Math.min(quantity.phraseStart, numberStart - 1) };
}

function toQuantity(copy: ReadingCopy, raw: RawQuantity): Quantity {
  const span = originalSpan(copy, raw.phraseStart, raw.phraseEnd);
  // Field by field: an object rest (`{ phraseStart, phraseEnd, ...reading }`) cost more than reading the text.
  const { value, upper, unit, unitClass, comparator, comparatorText, approximate, kind, series } = raw;
  return { value, upper, unit, unitClass, comparator, comparatorText, approximate, kind, series, span, text: copy.original.slice(span.start, span.end) };
}

/**
 * Every quantity in a text, in reading order, and the numbers deliberately left out.
 *
 * @example
 * parseQuantities('全人群接种人数达到665万以上').quantities[0]
 * // { value: 6650000, unit: '', unitClass: 'bare', comparator: '>=', comparatorText: '达到…以上', … }
 * parseQuantities('分别不少于20个和50个').quantities.map((q) => q.value) // [20, 50]
 */
export function parseQuantities(text: string, options: ParseQuantitiesOptions = {}): QuantityScan {
  const copy = normalizeForReading(text);
  const normalised = copy.text;
  // A local binding: the loop asks it of every character.
  const numeralStarts = NUMERAL_START_CODES;
  const quoted = markQuoted(normalised);
  const cellUnit = cellUnitNoteOf(normalised);
  const listIgnored = options.listIgnored ?? true;
  const raw: RawQuantity[] = [];
  const ignored: IgnoredNumber[] = [];
  /** Where the last number read ended: a `-` right after it separates a range, not a sign. */
  let lastEnd = -1;
  // One look at the head of the cell: most cells open on a word, and the pattern fails on its first characters.
  let index = 0;
  const itemNumber = isAsciiDigit(normalised[0]) || normalised[0] === '*' ? itemNumberGluedToShare(normalised) : null;
  if (itemNumber !== null) {
    if (listIgnored) {
      const span = originalSpan(copy, itemNumber.start, itemNumber.end);
      ignored.push({ reason: 'ordinal', span, text: text.slice(span.start, span.end) });
    }
    index = itemNumber.end + 1;
  }
  while (index < normalised.length) {
    // Every number and 百分之 begins with a digit or a Chinese numeral character (百 among them).
    if (!numeralStarts.has(normalised.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const character = normalised[index];
    let percentPrefixStart = -1;
    let numeral: Numeral | null = null;
    if (character === '一' && normalised.charCodeAt(index + 1) === CODE_HALF) {
      const half = readHalf(normalised, index);
      raw.push(half.quantity);
      lastEnd = half.end;
      index = half.end;
      continue;
    }
    // `两位数增长`: a growth sized by its digits, a floor of 10%; asked only where 位 follows the numeral.
    if (normalised.charCodeAt(index + 1) === CODE_WEI) {
      const growth = digitsOfAGrowthAt(normalised, index);
      if (growth) {
        raw.push({ ...growth.reading, phraseStart: index, phraseEnd: growth.end });
        lastEnd = growth.end;
        index = growth.end;
        continue;
      }
    }
    if (normalised.charCodeAt(index + 1) === CODE_FEN && normalised.charCodeAt(index + 2) === CODE_ZHI) {
      const fraction = readFraction(normalised, index);
      if (fraction) {
        raw.push(fraction.quantity);
        lastEnd = fraction.end;
        index = fraction.end;
        continue;
      }
    }
    if (character === '百' && normalised.startsWith('百分之', index)) {
      numeral = readNumeralAt(normalised, index + 3, copy);
      if (numeral) {
        percentPrefixStart = index;
        numeral = withChineseDecimals(normalised, numeral);
      }
    } else {
      numeral = readNumeralAt(normalised, index, copy);
    }
    if (!numeral) {
      index += 1;
      continue;
    }
    const step = readQuantityAt(normalised, quoted, numeral, percentPrefixStart, copy, cellUnit);
    if (step.quantity) raw.push(isNegated(normalised, numeral.start, lastEnd) ? negated(step.quantity, numeral.start) : step.quantity);
    if (step.quantity || step.ignored) lastEnd = Math.max(step.end, numeral.end);
    if (step.ignored && listIgnored) {
      const span = originalSpan(copy, step.ignored.start, step.ignored.end);
      ignored.push({ reason: step.ignored.reason, span, text: text.slice(span.start, span.end) });
    }
    index = Math.max(step.end, numeral.end, index + 1);
  }
  const quantities = groupLists(normalised, raw, options.year ?? null).map((item) => toQuantity(copy, item));
  return { quantities, ignored };
}
