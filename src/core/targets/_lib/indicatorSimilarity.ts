/**
 * How alike two indicator phrases are (`精神科医师` ↔ `精神科医师`, `年度检查任务` ↔ `年度任务`): the Dice
 * coefficient of their words without stop words, after a small alias list, or of their character pairs
 * when that is higher. Words come from `Intl.Segmenter` (zh, word granularity) where the host has it;
 * without it, character pairs alone.
 * Word lists are cached per phrase, so a sheet never segments the same text twice.
 */

export type WordSplitting = 'segmenter' | 'bigrams';

/** Words that say nothing about what is counted. */
const STOP_WORDS = new Set([
  '的', '了', '和', '与', '及', '等', '各', '个', '其中', '全市', '我市', '本市', '全省', '市', '县', '区', '年', '内', '共',
  '累计', '已', '已经', '完成', '新增', '增加', '建设', '开展', '组织', '推进', '实现', '达到', '达', '为', '是', '在', '对',
  '全部', '全面', '积极', '目前', '截至', '计', '共计', '总计', '合计', '有', '进行', '以上', '以下', '不低于', '不少于',
  // `发放户数` ↔ `发放户`: 数 after a counting word is the number of what it counts, no thing of its own.
  '数',
]);

/** Words that name the same thing (DOMAIN §4: 新增↔增加, 名↔人). */
const ALIASES: Readonly<Record<string, string>> = {
  新增: '增加',
  名: '人',
  建成: '建设',
  新建: '建设',
  占比: '比例',
  比率: '比例',
  医生: '医师',
};

const MAX_CACHED_PHRASES = 20000;
/** Word agreement at or above this is not looked at again by character pairs. */
const RESCUE_BELOW = 0.5;

/**
 * Words of plans, reports and change around an indicator, not part of what is counted: `计划新开工改造老旧小区`,
 * `实际完成`, `预计一季度投资增速`, `一般公共预算总收入增长`. Left out before splitting, so character pairs that
 * straddle them do not count either.
 */
/** Names of one indicator written two ways in one row (`地区生产总值增长7%` / `全市GDP增长13.7%`). */
const SAME_THING_AS: Readonly<Record<string, string>> = {
  地区生产总值: 'GDP',
  生产总值: 'GDP',
  社会消费品零售总额: '社零',
  社会消费品零售额: '社零',
  固定资产投资: '固投',
  居民人均可支配收入: '人均可支配收入',
  // `蓝天目标是300天` / `空气质量优良天数为230天`: the days of good air a year counts, in the word of a plan and of a statistic.
  蓝天天数: '优良天数',
  蓝天: '优良天数',
};
const SAME_THING = new RegExp(Object.keys(SAME_THING_AS).join('|'), 'g');
const NOT_WHAT_IS_COUNTED = /原计划|年计划|计划|实际|预计|实施|确保|同比|另有|今年|增长|下降|增速|增幅|降低|提高到|提高|提升至|提升|实现|上半年|一季度|前三季度|\d+\s*[-—–~至到]\s*\d+\s*月份?/g;

interface Segment {
  readonly segment: string;
  readonly isWordLike?: boolean;
}
interface WordSegmenter {
  segment(text: string): Iterable<Segment>;
}

type SegmenterConstructor = new (locale: string, options: { granularity: 'word' }) => WordSegmenter;

function segmenterConstructor(): SegmenterConstructor | null {
  const intl = Intl as unknown as { Segmenter?: SegmenterConstructor };
  return typeof intl.Segmenter === 'function' ? intl.Segmenter : null;
}

let cachedSegmenter: WordSegmenter | null | undefined;

/**
 * Made on the first phrase split, not when a check starts: the first Intl object of a process costs 10–20 ms (V8
 * lists ICU's locales for it), and many sheets never compare two indicators.
 */
function hostSegmenter(): WordSegmenter | null {
  if (cachedSegmenter !== undefined) return cachedSegmenter;
  const Segmenter = segmenterConstructor();
  cachedSegmenter = Segmenter ? new Segmenter('zh', { granularity: 'word' }) : null;
  return cachedSegmenter;
}

/** Whether this host can split Chinese words (else bigrams are used); asked without making the segmenter. */
export function hasWordSegmenter(): boolean {
  return segmenterConstructor() !== null;
}

const caches: Record<WordSplitting, Map<string, ReadonlySet<string>>> = { segmenter: new Map(), bigrams: new Map() };

function isMeaningful(word: string): boolean {
  // Digits, punctuation and spaces carry no indicator meaning.
  return /[\p{L}]/u.test(word) && !STOP_WORDS.has(word);
}

function canonical(word: string): string {
  return ALIASES[word] ?? word;
}

function segmenterWords(segmenter: WordSegmenter, phrase: string): Set<string> {
  const words = new Set<string>();
  for (const part of segmenter.segment(phrase)) {
    const word = canonical(part.segment.trim());
    if (word !== '' && isMeaningful(word)) words.add(word);
  }
  return words;
}

function bigramWords(phrase: string): Set<string> {
  let text = phrase;
  for (const [alias, target] of Object.entries(ALIASES)) if (alias.length > 1) text = text.split(alias).join(target);
  const letters = Array.from(text).filter((character) => /[\p{L}]/u.test(character));
  const words = new Set<string>();
  if (letters.length === 1 && letters[0] !== undefined) words.add(letters[0]);
  for (let index = 0; index + 1 < letters.length; index += 1) words.add(`${letters[index] ?? ''}${letters[index + 1] ?? ''}`);
  return words;
}

/** The words of a phrase, as used for matching (cached). */
export function indicatorWords(phrase: string, splitting: WordSplitting): ReadonlySet<string> {
  const cache = caches[splitting];
  const cached = cache.get(phrase);
  if (cached) return cached;
  const segmenter = splitting === 'segmenter' ? hostSegmenter() : null;
  const core = phrase.replace(NOT_WHAT_IS_COUNTED, '').replace(SAME_THING, (word) => SAME_THING_AS[word] ?? word);
  const words = segmenter ? segmenterWords(segmenter, core) : bigramWords(core);
  if (cache.size >= MAX_CACHED_PHRASES) cache.clear();
  cache.set(phrase, words);
  return words;
}

/**
 * 0 (nothing shared) … 1 (the same words).
 *
 * @example
 * indicatorSimilarity('年度检查任务', '年度任务', 'segmenter') // 0.8
 */
export function indicatorSimilarity(left: string, right: string, splitting: WordSplitting): number {
  // A sheet asks the same pairs again and again (milestones repeat from row to row; a pasted cell repeats its phrase).
  const pairs = pairCaches[splitting];
  let byRight = pairs.get(left);
  const known = byRight?.get(right);
  if (known !== undefined) return known;
  const similarity = computeSimilarity(left, right, splitting);
  if (pairCount >= MAX_CACHED_PAIRS) {
    pairCaches.segmenter.clear();
    pairCaches.bigrams.clear();
    pairCount = 0;
    byRight = undefined;
  }
  if (!byRight) {
    byRight = new Map();
    pairs.set(left, byRight);
  }
  byRight.set(right, similarity);
  pairCount += 1;
  return similarity;
}

const MAX_CACHED_PAIRS = 50000;
const pairCaches: Record<WordSplitting, Map<string, Map<string, number>>> = { segmenter: new Map(), bigrams: new Map() };
let pairCount = 0;

function computeSimilarity(left: string, right: string, splitting: WordSplitting): number {
  const words = dice(indicatorWords(left, splitting), indicatorWords(right, splitting));
  // Pairs only rescue words that found little: a sheet compares thousands of phrases, and most agree or differ plainly.
  if (splitting === 'bigrams' || words >= RESCUE_BELOW) return words;
  // Words miss what differs only in how it is cut (`幸福院` ↔ `农村幸福院`); character pairs catch it.
  return Math.max(words, dice(indicatorWords(left, 'bigrams'), indicatorWords(right, 'bigrams')));
}

function dice(leftWords: ReadonlySet<string>, rightWords: ReadonlySet<string>): number {
  if (leftWords.size === 0 || rightWords.size === 0) return 0;
  let shared = 0;
  for (const word of leftWords) if (rightWords.has(word)) shared += 1;
  return (2 * shared) / (leftWords.size + rightWords.size);
}

/** The splitting to use: the host's segmenter when present, unless bigrams are asked for. */
export function chooseWordSplitting(preferred: WordSplitting | undefined): WordSplitting {
  if (preferred === 'bigrams') return 'bigrams';
  return hasWordSegmenter() ? 'segmenter' : 'bigrams';
}
