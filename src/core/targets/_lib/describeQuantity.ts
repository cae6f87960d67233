/**
 * Puts a quantity in its context: the indicator it counts (`社区卫生服务中心` in `新建改扩建17家社区卫生服务中心`,
 * `精神科医师` in `增加精神科医师5名`, `覆盖率` in `覆盖率不低于81%`), the phrase that states it as written,
 * and the words that introduce it (累计/共/完成/达到/已/截至 for reported figures; 新建/建设/创建… for targets).
 */
import { CodeTable } from '../../_lib/codeTable';
import { byFirstCode, byLastCode } from '../../_lib/wordsByCode';
import { namesNothing } from './namesNothing';
import { isNextItemsLabel, openingLabelLength } from './clauses';
import { isWhitespaceCode } from '../../text/characters';
import type { Quantity } from '../../numbers/types';
import { wordParenthesisClosing, wordParenthesisOpening } from '../../text/wordParenthesis';
import { PEOPLE_NAMED_AFTER } from './peopleNamedAfter';

/** Delimiters are looked up by UTF-16 code: scanning by `text[i]` made a string of every Chinese character. */
function codeSet(characters: readonly string[]): CodeTable {
  return new CodeTable(characters);
}

/** An aim named by its kind alone (`目标`, `年度目标任务`, `任务`, `要求`): no thing counted. */
const AIM_WORDS_ONLY = /^(?:年度|全年|既定|预期|预定|省定|市定|上级下达的?)?(?:目标任务|任务目标|目标|任务|计划|要求)$/;
/** Where one statement ends: the indicator never reaches across these. */
const CLAUSE_DELIMITERS = codeSet([',', '，', '。', ';', '；', ':', '：', '!', '！', '?', '？', '\n', '\r', '、', '(', ')', '（', '）', '〔', '〕', '|']);
/** Where a sentence ends: target verbs and deadlines are looked for within it. */
const SENTENCE_DELIMITERS = codeSet(['。', ';', '；', '\n', '\r', '!', '！', '?', '？']);
/** Where a clause ends for target verbs (a list with 、 still shares its verb). */
const VERB_CLAUSE_DELIMITERS = codeSet([',', '，', '。', ';', '；', ':', '：', '\n', '\r', '!', '！', '?', '？']);

/** Words that begin an indicator phrase without being part of what is counted. */
const LEADING_WORDS = [
  '截至目前', '截至', '目前', '其中', '年内', '全年', '全市', '我市', '本市', '各区县', '累计', '共计', '总计', '合计', '共', '已经', '已',
  '择优确定', '确定', '再创建', '争创', '创建', '新建', '改扩建', '扩建', '建设', '建成', '新增', '增加', '增设', '更新', '培育', '遴选',
  '打造', '完成', '配备', '引进', '争取', '启动', '实现', '开展', '组织', '汇集', '发放', '力争', '全面', '积极', '推动', '推进', '督促',
  '和', '及', '与', '对', '为', '将', '把', '的', '了', '在', '再', '新', '达到', '达',
];
const TRAILING_WORDS = [
  '的', '达到', '达', '为', '是', '共', '累计', '已', '约', '近', '计', '依次', '分别', '逐年', '完成', '进行',
];
/** Verbs after which the thing counted begins (`指导市儿童医院争取省自然课题` → `省自然课题`). */
const ACTION_VERBS = ['争取', '引进', '新增', '增加', '新建', '改扩建', '建成', '创建', '培育', '遴选', '增设', '配备', '打造', '确定', '启动', '汇集', '申报'];
/** A leading year or date says when, not what (`2021年全市居民健康素养水平…`). */
const LEADING_DATE = /^(?:\d{4}\s*年(?:度|底|内)?|\d{1,2}\s*(?:[-—–~至到]\s*\d{1,2}\s*)?月(?:底|份|末)?|上半年|下半年|前三季度|[一二三四]季度|今年以来|年初以来)\s*/;
/** `/人/天`, `/人.月`, `/人·月` after a money figure is a rate, not a noun. */
const RATE_SUFFIX = /^\/[\u4e00-\u9fff]{1,2}(?:[/.·・．][\u4e00-\u9fff]{1,2})*/;
const SLASH = 0x2f;
/** Verbs that end a noun phrase read after the quantity (`2018位符合条件的孕妇进行了…`). */
const PHRASE_BREAKS = ['进行', '开展', '参加', '实现', '达到', '接受', '通过', '完成', '签约', '入驻', '纳入', '获批'];
/** Words that introduce a reported figure (DOMAIN §4). */
const REPORT_MARKERS = ['累计', '共', '完成', '达到', '达', '已', '截至', '总计', '合计', '实际'];
/** Verbs that make a figure in a task or milestone a target even without a comparator. */
export const TARGET_VERBS = [
  '新建', '改扩建', '扩建', '建设', '建成', '创建', '争创', '新增', '增加', '增设', '更新', '培育', '遴选', '打造', '完成', '配备',
  '引进', '争取', '启动', '确定', '实现', '达到', '进行', '提高', '提升', '开展', '举办', '汇集', '发放', '招募', '培训', '覆盖',
  '申报', '设立', '建立', '培养', '招聘', '筛查', '接种', '签约', '新申报',
];

const LIST_CONNECTORS: ReadonlySet<string> = new Set(['和', '及', '与', '、', '或']);
const MAX_INDICATOR_LENGTH = 32;
const LONG_PHRASE = 12;
/** A target verb stands close to its figure (`在全市范围内创建婴幼儿托育服务机构示范点20所`: 12 characters). */
const VERB_REACH = 40;
const MAX_PHRASE_CONTEXT = 40;

export interface QuantityContext {
  readonly indicator: string;
  /** The phrase on the other side of the quantity, when it could also name what is counted (`…160个的基础上`). */
  readonly otherIndicator: string;
  /** The phrase that states the quantity with its indicator, as written (`增加精神科医师 5 名`). */
  readonly phrase: string;
  /** Offsets of `phrase` in the text. */
  readonly phraseStart: number;
  readonly phraseEnd: number;
  /** Introduced by 累计/共/完成/达到/已/截至. */
  readonly hasReportMarker: boolean;
  /** A target verb stands in the clause before the quantity; `adjacent` when nothing but spaces lies between. */
  readonly targetVerb: { readonly verb: string; readonly adjacent: boolean } | null;
  /** The quantity is the subject of 达到 (`50%达到省提升标准`). */
  readonly subjectOfReach: boolean;
  /** Start and end of the sentence the quantity stands in. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  /**
   * What the table column the figure stands under measures, its words of plan and done left out (`中央` of both `中央资金`
   * and `中央完成`, `` of both `年度计划` and `投资完成`); absent for a figure under no column header.
   */
  readonly columnKey?: string;
}

/** Where the sentence and the verb clause of a quantity begin and end. */
export interface SentenceBounds {
  readonly verbClauseStart: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/**
 * Sentence bounds of the quantities of one text, asked in reading order: each scan resumes where the
 * last one stopped, so a cell without full stops is still read in linear time. One object per text holds
 * the scans' state and is itself the bounds, refilled at every call (callers copy what they keep).
 */
class SentenceBoundsReader implements SentenceBounds {
  verbClauseStart = 0;
  sentenceStart = 0;
  sentenceEnd = -1;
  private verbScannedDownTo = 0;
  private sentenceScannedDownTo = 0;

  constructor(
    private readonly text: string,
    private readonly withVerbClause: boolean,
  ) {}

  boundsOf(start: number, end: number): SentenceBounds {
    const { text } = this;
    // Only target texts look for a verb; for reported figures the clause start stays 0, unread.
    if (this.withVerbClause) {
      let index = start;
      while (index > this.verbScannedDownTo && !VERB_CLAUSE_DELIMITERS.has(text.charCodeAt(index - 1))) index -= 1;
      // Nothing between the last position asked and this one: the last boundary still holds.
      if (index > this.verbScannedDownTo) this.verbClauseStart = index;
      this.verbScannedDownTo = Math.max(this.verbScannedDownTo, start);
    }
    let index = start;
    while (index > this.sentenceScannedDownTo && !SENTENCE_DELIMITERS.has(text.charCodeAt(index - 1))) index -= 1;
    if (index > this.sentenceScannedDownTo) this.sentenceStart = index;
    this.sentenceScannedDownTo = Math.max(this.sentenceScannedDownTo, start);
    if (this.sentenceEnd < end) {
      let ahead = end;
      while (ahead < text.length && !SENTENCE_DELIMITERS.has(text.charCodeAt(ahead))) ahead += 1;
      this.sentenceEnd = ahead;
    }
    return this;
  }
}

export function sentenceBoundsReader(text: string, withVerbClause: boolean): SentenceBoundsReader {
  return new SentenceBoundsReader(text, withVerbClause);
}

/** The clause's start before `from`; a parenthesis of words (`改(新)建`) does not end it. */
function boundaryBefore(text: string, from: number, limit: number, delimiters: CodeTable): number {
  let index = from;
  for (;;) {
    while (index > limit && !delimiters.has(text.charCodeAt(index - 1))) index -= 1;
    const open = index > limit ? wordParenthesisOpening(text, index - 1) : -1;
    if (open <= limit) return index;
    index = open;
  }
}

const ENUMERATION_COMMA = 0x3001;
const EXAMPLES_END = 0x7b49; // 等
/** An item of a numbered list (`二、`, `3、`) opens a statement; it names nothing counted. */
const ORDINAL_ITEM = /^[\s(（]*(?:[一二三四五六七八九十]+|\d+)$/;
/** Digits in an item: a figure of its own, so the item is a statement of its own. */
const HAS_DIGIT = /\d/;

/**
 * `新改扩建幼儿园、中小学校178所`, `中小学校、幼儿园共93所`: names joined by 、 with no figure between them are counted
 * together by the figure after the last, so its words begin at the first name. A numbered item (`二、`) is no name.
 */
function namesListedBefore(text: string, clauseStart: number, limit: number, quantity: Quantity): number {
  const figureStart = quantity.span.start;
  // `1所公办幼儿园、1所敬老院`: a figure before its noun counts what follows it, not the names before.
  // `省、市级示范标准村卫生室分别不少于20个和50个`: a distribution gives its figures to the names one by one.
  if (quantity.kind === 'distribution' || isBlankBetween(text, clauseStart, figureStart)) return clauseStart;
  // `甲福道、乙绿道和步道等城市绿道140公里`: names before 等 are examples of what is counted, which 等 names after them.
  if (hasCodeBetween(text, EXAMPLES_END, clauseStart, figureStart)) return clauseStart;
  let start = clauseStart;
  while (start > limit && text.charCodeAt(start - 1) === ENUMERATION_COMMA) {
    const itemStart = boundaryBefore(text, start - 1, limit, CLAUSE_DELIMITERS);
    const item = text.slice(itemStart, start - 1);
    // `21个大项、75个小项`: words right after the figure before are that figure's.
    if ((itemStart === limit && limit > 0) || item.trim() === '' || HAS_DIGIT.test(item) || ORDINAL_ITEM.test(item)) break;
    start = itemStart;
  }
  return start;
}

/** Looked for only between the clause's start and the figure: a search back over the whole cell would make it quadratic. */
function hasCodeBetween(text: string, code: number, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) === code) return true;
  return false;
}

function isBlankBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (!isWhitespaceCode(text.charCodeAt(index))) return false;
  return true;
}

/** The clause's end after `from`; a parenthesis of words (`乡镇(街道)建有`) does not end it. */
function boundaryAfter(text: string, from: number, limit: number, delimiters: CodeTable): number {
  let index = from;
  for (;;) {
    while (index < limit && !delimiters.has(text.charCodeAt(index))) index += 1;
    const close = index < limit ? wordParenthesisClosing(text, index) : -1;
    if (close < 0 || close >= limit) return index;
    index = close + 1;
  }
}

/** What follows a verb that makes it part of the indicator: 完成率, 接种数, 完成量. */
const NOUN_SUFFIXES = ['率', '数', '量', '比例', '比'];

const ACTION_VERBS_BY_LAST_CODE = byLastCode(ACTION_VERBS);
const TARGET_VERBS_BY_LAST_CODE = byLastCode(TARGET_VERBS);

/**
 * The phrase after the last action verb that leaves at least two characters. Only each verb's last
 * occurrence counts (a verb that ends the phrase hides its earlier occurrences), as `lastIndexOf` per verb
 * would have it; the backward scan does in one pass what that did once per verb.
 */
function afterLastActionVerb(phrase: string): string {
  let ended: Set<string> | null = null;
  for (let end = phrase.length; end > 0; end -= 1) {
    const verbs = ACTION_VERBS_BY_LAST_CODE.get(phrase.charCodeAt(end - 1));
    if (!verbs) continue;
    for (const verb of verbs) {
      if (end < verb.length || !phrase.startsWith(verb, end - verb.length) || ended?.has(verb)) continue;
      if (phrase.length - end >= 2) return phrase.slice(end);
      ended ??= new Set();
      ended.add(verb);
    }
  }
  return phrase;
}

/** Keyed by the UTF-16 code of the first character: looking up `text[0]` made a string per step. */
const LEADING_BY_FIRST_CODE = byFirstCode(LEADING_WORDS);

const NO_WORDS: readonly string[] = [];
/** First characters of the period words a phrase may open with (上半年, 前三季度, 一季度, 今年以来). */
const PERIOD_FIRST_CODES = codeSet(['上', '下', '前', '一', '二', '三', '四', '今', '年']);

function stripLeading(phrase: string): string {
  let text = afterLastActionVerb(phrase.trim()).trim();
  for (let changed = true; changed; ) {
    changed = false;
    // The date pattern begins with a digit; most phrases do not.
    const first = text.charCodeAt(0);
    const date = (first >= 0x30 && first <= 0x39) || PERIOD_FIRST_CODES.has(first) ? LEADING_DATE.exec(text) : null;
    if (date && date[0].length < text.length) {
      text = text.slice(date[0].length);
      changed = true;
    }
    for (const word of LEADING_BY_FIRST_CODE.get(text.charCodeAt(0)) ?? NO_WORDS) {
      if (text.length > word.length && text.startsWith(word) && !NOUN_SUFFIXES.some((suffix) => text.startsWith(suffix, word.length))) {
        text = text.slice(word.length).trim();
        changed = true;
      }
    }
  }
  return text;
}

/** The codes trailing words end with: most phrases end with none of them and skip the word list. */
const TRAILING_LAST_CODES = codeSet(TRAILING_WORDS.map((word) => word.slice(-1)));

function stripTrailing(phrase: string): string {
  let text = phrase.trim();
  for (let changed = true; changed; ) {
    changed = false;
    if (!TRAILING_LAST_CODES.has(text.charCodeAt(text.length - 1))) break;
    for (const word of TRAILING_WORDS) {
      if (text.length > word.length && text.endsWith(word)) {
        text = text.slice(0, text.length - word.length).trim();
        changed = true;
      }
    }
  }
  return text;
}

const PHRASE_BREAKS_BY_FIRST_CODE = byFirstCode(PHRASE_BREAKS);

/** The phrase up to the first break verb after its first character (a verb that opens the phrase does not break it). */
function cutAtBreak(phrase: string): string {
  for (let at = 1; at < phrase.length; at += 1) {
    const words = PHRASE_BREAKS_BY_FIRST_CODE.get(phrase.charCodeAt(at));
    if (words === undefined) continue;
    for (const word of words) if (phrase.startsWith(word, at) && !phrase.startsWith(word)) return phrase.slice(0, at);
  }
  return phrase;
}

const DE = 0x7684; // 的

/** How many characters at the start of a phrase are spaces or 的 (`的社区卫生服务中心` reads from 社). */
function leadingSpacesAndDe(phrase: string): number {
  let index = 0;
  while (index < phrase.length) {
    const code = phrase.charCodeAt(index);
    if (code !== DE && !isWhitespaceCode(code)) break;
    index += 1;
  }
  return index;
}

/**
 * A long phrase before the figure ends with the thing counted: `…在住院期间的住院护理补贴` → `住院护理补贴`; names
 * given as examples end at 等 (`坊下南、莲宅巷、湖塘科创园等口袋公园` → `口袋公园`).
 */
function headOfLongPhrase(phrase: string): string {
  if (phrase.length <= LONG_PHRASE) return phrase;
  const at = phrase.lastIndexOf('的');
  if (at >= 0 && phrase.length - at - 1 >= 4) return phrase.slice(at + 1);
  const examplesEnd = phrase.lastIndexOf('等');
  return examplesEnd >= 0 && phrase.length - examplesEnd - 1 >= 2 && !/[、，,]/.test(phrase.slice(examplesEnd)) ? phrase.slice(examplesEnd + 1) : phrase;
}

function clip(phrase: string, fromEnd: boolean): string {
  if (phrase.length <= MAX_INDICATOR_LENGTH) return phrase;
  return fromEnd ? phrase.slice(phrase.length - MAX_INDICATOR_LENGTH) : phrase.slice(0, MAX_INDICATOR_LENGTH);
}

/** Where the words between `from` and `to` end without the list connector that ends them (`建设和` → `建设`), else `to`. */
function withoutConnectorBefore(text: string, from: number, to: number): number {
  let index = to;
  while (index > from && isWhitespaceCode(text.charCodeAt(index - 1))) index -= 1;
  if (index - 2 >= from && text.startsWith('以及', index - 2)) return index - 2;
  return index > from && FIGURE_CONNECTORS.has(text.charCodeAt(index - 1)) ? index - 1 : to;
}

const FIGURE_CONNECTORS = codeSet(['和', '及', '与', '或']);

/** How many characters of `words` from `from` are spaces and one list connector, or 0 when no connector opens them (a figure, which opens with a numeral, ends the spaces). */
function connectorEnd(words: string, from: number): number {
  let index = from;
  while (index < words.length && isWhitespaceCode(words.charCodeAt(index))) index += 1;
  if (words.startsWith('以及', index)) return index + 2 - from;
  return FIGURE_CONNECTORS.has(words.charCodeAt(index)) ? index + 1 - from : 0;
}

/** Words that introduce an object and say nothing of what is counted (`和对3座水库除险加固`). */
const OBJECT_PREPOSITIONS = codeSet(['对', '为', '向', '给', '把', '将']);

/**
 * Whether the words from `from` to `to` are one list connector and one preposition only (`和对`, `及为`): the next
 * item's words begin after them, at its figure.
 */
function isConnectorAndPreposition(text: string, from: number, to: number): boolean {
  const connector = connectorEnd(text, from);
  if (connector === 0) return false;
  let index = from + connector;
  while (index < to && isWhitespaceCode(text.charCodeAt(index))) index += 1;
  return index === to - 1 && OBJECT_PREPOSITIONS.has(text.charCodeAt(index));
}

const OPENING_QUOTES = codeSet(['“', '「', '『']);
const CLOSING_QUOTES = codeSet(['”', '」', '』']);

/** Where a clause starts that reaches back across the opening mark of a quotation the figure stands in: after the mark. */
function quotationOpenedBefore(text: string, clauseStart: number, figureStart: number): number {
  for (let index = figureStart - 1; index >= clauseStart; index -= 1) {
    const code = text.charCodeAt(index);
    if (OPENING_QUOTES.has(code)) return index + 1;
    if (CLOSING_QUOTES.has(code)) return clauseStart;
  }
  return clauseStart;
}

/** Where a clause ends that runs on across the closing mark of a quotation the figure stands in: before the mark. */
function quotationClosedAfter(text: string, figureEnd: number, clauseEnd: number): number {
  for (let index = figureEnd; index < clauseEnd; index += 1) {
    const code = text.charCodeAt(index);
    if (CLOSING_QUOTES.has(code)) return index;
    if (OPENING_QUOTES.has(code)) return clauseEnd;
  }
  return clauseEnd;
}

/** The fewest characters that name a thing: `棚户区改造`, not a place or a time (`全市`, `目前`). */
const MIN_TOPIC_LENGTH = 3;

/**
 * `我市棚户区改造已启动征收6377户`: the thing a report's clause is about comes first and the result after 已, whose verb
 * leaves only its object (`征收`) before the figure. The words before 已 name what is counted, as the report's reader
 * takes them: they are the figure's other words. '' when the clause has no 已 after some words, or the indicator
 * already holds them.
 */
function topicBeforeDone(before: string, indicator: string): string {
  const done = before.lastIndexOf('已');
  if (done < MIN_TOPIC_LENGTH) return '';
  const topic = stripTrailing(stripLeading(before.slice(0, done)));
  return topic.length >= MIN_TOPIC_LENGTH && !namesNothing(topic) && !indicator.includes(topic) && !topic.includes(indicator) ? topic : '';
}

/** The target verb that ends last in the clause (the first of the list when two end together). */
function findTargetVerb(clauseBefore: string): { verb: string; adjacent: boolean } | null {
  for (let end = clauseBefore.length; end > 0; end -= 1) {
    const verbs = TARGET_VERBS_BY_LAST_CODE.get(clauseBefore.charCodeAt(end - 1));
    if (!verbs) continue;
    for (const verb of verbs) {
      if (end >= verb.length && clauseBefore.startsWith(verb, end - verb.length)) return { verb, adjacent: clauseBefore.slice(end).trim() === '' };
    }
  }
  return null;
}

/**
 * The context of a quantity in `text`; `previousEnd` is where the quantity before it ended, so two
 * figures in one clause (`1561.01万剂次，覆盖775.19万人`) never share an indicator.
 */
export function describeQuantity(
  text: string,
  quantity: Quantity,
  previousEnd: number,
  nextStart: number,
  bounds: SentenceBounds,
  withTargetVerb: boolean,
): QuantityContext {
  const { start, end } = quantity.span;
  // `“新增托位500个，成长驿站100家”项目`: a figure inside a quotation is read in the quotation's words only.
  const clauseStart = quotationOpenedBefore(text, namesListedBefore(text, boundaryBefore(text, start, previousEnd, CLAUSE_DELIMITERS), previousEnd, quantity), start);
  const clauseEnd = quotationClosedAfter(text, end, boundaryAfter(text, end, nextStart, CLAUSE_DELIMITERS));
  const clauseWords = text.slice(clauseStart, start);
  // `目标2森林经营16.3万亩`: the item's numbered label is no word of what is counted.
  const before = clauseWords.slice(openingLabelLength(clauseWords));
  // The suffix begins with `/`; most figures are not followed by one, and need no copy of the clause.
  const rateSuffix = end < clauseEnd && text.charCodeAt(end) === SLASH ? (RATE_SUFFIX.exec(text.slice(end, clauseEnd))?.[0].length ?? 0) : 0;
  // `完成30所…系统建设和41所…`: the connector before the next figure joins two items, it ends neither's words.
  const afterWords = text.slice(end + rateSuffix, clauseEnd === nextStart ? withoutConnectorBefore(text, end + rateSuffix, clauseEnd) : clauseEnd);
  // `…16.3万亩 目标3:` — the next item's label names nothing of this figure.
  const afterRaw = isNextItemsLabel(afterWords) ? '' : afterWords;
  const after = cutAtBreak(afterRaw.slice(leadingSpacesAndDe(afterRaw)));
  const beforeIndicator = headOfLongPhrase(stripTrailing(stripLeading(before)));
  // Between two figures of a list (`20个和50个`) only a connector stands: that names nothing. After a connector
  // (`学校3所和幼儿园5所`) the words are the next figure's.
  const afterIndicator = LIST_CONNECTORS.has(after.trim()) || (clauseEnd === nextStart && connectorEnd(afterRaw, 0) > 0) ? '' : stripTrailing(after.trim());
  const prefersBefore = quantity.unitClass === 'percent' || quantity.unitClass === 'points' || (quantity.unitClass === 'bare' && !PEOPLE_NAMED_AFTER.test(afterRaw));
  const afterFromWord = afterRaw.trimStart();
  const afterIsVerbPhrase = PHRASE_BREAKS_BY_FIRST_CODE.get(afterFromWord.charCodeAt(0))?.some((word) => afterFromWord.startsWith(word)) ?? false;

  let indicator: string;
  let otherIndicator: string;
  let phraseStart = start;
  // `365.95元/人.月`: the rate's units belong to the figure as written.
  let phraseEnd = end + rateSuffix;
  // `开工率实现70%的目标`, `完成500户的任务`: words after the figure that only call it an aim name nothing it counts.
  const afterNamesOnlyTheAim = beforeIndicator !== '' && AIM_WORDS_ONLY.test(afterIndicator);
  const useAfter = afterIndicator !== '' && !afterIsVerbPhrase && !afterNamesOnlyTheAim && (!prefersBefore || beforeIndicator === '' || afterRaw.startsWith('的'));
  if (useAfter || (beforeIndicator === '' && afterRaw.trim() !== '')) {
    indicator = clip(useAfter ? afterIndicator : stripLeading(afterRaw), false);
    otherIndicator = clip(beforeIndicator, true);
    const shown = useAfter ? afterRaw.indexOf(afterIndicator) + afterIndicator.length : afterRaw.trimEnd().length;
    phraseEnd = end + rateSuffix + Math.min(Math.max(shown, 0), MAX_PHRASE_CONTEXT);
    phraseStart = Math.max(clauseStart, start - MAX_PHRASE_CONTEXT);
    if (start - clauseStart > MAX_PHRASE_CONTEXT / 2) phraseStart = start;
    // `…建设和41所学校…`: the words before the connector are the previous figure's item.
    if (clauseStart === previousEnd && previousEnd > 0 && (withoutConnectorBefore(text, clauseStart, start) < start || isConnectorAndPreposition(text, clauseStart, start))) phraseStart = start;
  } else {
    indicator = clip(beforeIndicator, true);
    otherIndicator = clip(afterIndicator === '' ? topicBeforeDone(before, indicator) : afterIndicator, false);
    phraseStart = Math.max(clauseStart, start - MAX_PHRASE_CONTEXT);
    // `学校3所和幼儿园5所`: the connector after the previous figure opens no item's words.
    if (phraseStart === previousEnd && previousEnd > 0) phraseStart += connectorEnd(text, phraseStart);
  }
  while (phraseStart < start && isWhitespaceCode(text.charCodeAt(phraseStart))) phraseStart += 1;

  const { verbClauseStart, sentenceStart, sentenceEnd } = bounds;
  const markerWindow = text.slice(Math.max(clauseStart, start - 12), start) + quantity.comparatorText;
  return {
    indicator,
    otherIndicator,
    phrase: text.slice(phraseStart, phraseEnd),
    phraseStart,
    phraseEnd,
    hasReportMarker: REPORT_MARKERS.some((marker) => markerWindow.includes(marker)),
    targetVerb: withTargetVerb ? findTargetVerb(text.slice(Math.max(verbClauseStart, start - VERB_REACH), start)) : null,
    subjectOfReach: /^\s*达到/.test(afterRaw),
    sentenceStart,
    sentenceEnd,
  };
}
