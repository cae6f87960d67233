/**
 * Counting words (量词) after a number, and the words that make a number not a quantity (年, 月, 日, 岁,
 * 号, 季度 …). Classifiers that are interchangeable for one indicator share a group (DOMAIN §4):
 * 个/家/所/处/座/项/件/场/次 for things and places; 人/名/位 for people; 人次 is people, but another group.
 */
import type { IgnoredReason, UnitClass } from './types';

export interface CountingWord {
  readonly word: string;
  readonly unitClass: UnitClass;
  /** Words of one group are interchangeable (`名` ↔ `人`); other words of the class match with less confidence. */
  readonly group: string;
}

export interface NonQuantityWord {
  readonly word: string;
  readonly reason: IgnoredReason;
}

const THINGS = [
  '个', '家', '所', '处', '座', '项', '件', '场', '次', '类', '种', '期', '支', '条', '套', '间', '部', '台', '辆', '张', '篇', '份', '批次',
  // Measure words of real reports beyond the seeds: 口 (wells, ponds), 眼 (wells), 栋/幢 (buildings), 宗 (cases,
  // parcels), 批, 盏 (lamps), 块, 根, 株/棵 (trees), 孔 (bridges), 艘, 架, 册, 只 (devices), 本 (certificates).
  '口', '眼', '栋', '幢', '宗', '批', '盏', '块', '根', '株', '棵', '孔', '艘', '架', '册', '只', '本',
  // 组 (trials, samples, sets of devices: `田间试验≧15组`, `水稻抽样25组`, `安装健身器材10组`); 起 (cases and incidents:
  // `查处违法行为31起`, `矛盾纠纷排查9410起`, `粮食安全事件发生数 0起`).
  '组', '起',
  // 头 and 羽 (livestock and poultry: `出栏生猪1300头`), 节 (lessons: `送课2000节`).
  '头', '羽', '节',
  // A list's headings and the items under them (`为民办实事项目共20个大项、75个小项`, `等5小项已完成`): its items, counted
  // at two levels.
  '大项', '小项',
];

/**
 * Physical measures: a figure in one compares only with a figure in the same (公里 with 千米). The group is
 * the measure, so 公里 and 千米 match and 公里 and 米 do not (their values differ by 1,000).
 */
const MEASURES: readonly (readonly [string, string])[] = [
  ['平方公里', 'km2'], ['平方千米', 'km2'], ['平方米', 'm2'], ['平米', 'm2'], ['公里', 'km'], ['千米', 'km'], ['延米', 'm'], ['米', 'm'],
  ['公顷', 'ha'], ['亩', 'mu'], ['立方米', 'm3'], ['吨', 't'], ['公斤', 'kg'], ['千克', 'kg'], ['千瓦时', 'kwh'], ['千瓦', 'kw'], ['千伏安', 'kva'], ['千伏', 'kv'],
  ['兆瓦', 'mw'], ['标箱', 'teu'], ['车次', 'trips'],
  // The concentrations air-quality aims are set in (`PM2.5平均浓度控制在35微克/立方米以内`).
  ['微克/立方米', 'ugm3'], ['微克每立方米', 'ugm3'], ['μg/m³', 'ugm3'], ['μg/m3', 'ugm3'], ['ug/m3', 'ugm3'],
  // Performance tables (绩效目标表) write a measure by its symbol (`道路硬化≥0.565km`, `5719m`, `㎡` read as `m2`). Upper-case
  // `M` is left out: it ends names of bus lines and models (`7806M`), while `KM` is only ever kilometres.
  ['km', 'km'], ['KM', 'km'], ['Km', 'km'], ['m2', 'm2'], ['m3', 'm3'], ['m', 'm'],
];

export const COUNTING_WORDS: readonly CountingWord[] = [
  { word: '个百分点', unitClass: 'points', group: 'points' },
  { word: '百分点', unitClass: 'points', group: 'points' },
  { word: '%', unitClass: 'percent', group: 'percent' },
  // Rates too small for a percent are written per mille (`森林火灾受害率控制在1‰以内`, `人口自然增长率控制在5.4‰`): a level as
  // 百分点 are, never a share of a plan done, and comparable only with another per-mille figure.
  { word: '‰', unitClass: 'points', group: 'permille' },
  { word: '元', unitClass: 'money', group: 'money' },
  { word: '人次', unitClass: 'people', group: 'visits' },
  { word: '人', unitClass: 'people', group: 'people' },
  { word: '名', unitClass: 'people', group: 'people' },
  { word: '位', unitClass: 'people', group: 'people' },
  { word: '户', unitClass: 'count', group: 'households' },
  { word: '剂次', unitClass: 'count', group: 'doses' },
  { word: '例', unitClass: 'count', group: 'cases' },
  { word: '张床', unitClass: 'count', group: 'beds' },
  { word: '床', unitClass: 'count', group: 'beds' },
  ...THINGS.map((word) => ({ word, unitClass: 'count' as const, group: 'things' })),
  ...MEASURES.map(([word, group]) => ({ word, unitClass: 'measure' as const, group })),
];

export const NON_QUANTITY_WORDS: readonly NonQuantityWord[] = [
  { word: '个百分比', reason: 'name' },
  { word: '个月', reason: 'period' },
  { word: '个工作日', reason: 'period' },
  { word: '年级', reason: 'ordinal' },
  { word: '年度', reason: 'period' },
  { word: '年', reason: 'period' },
  { word: '月份', reason: 'date' },
  { word: '月', reason: 'date' },
  { word: '日', reason: 'date' },
  { word: '号', reason: 'ordinal' },
  { word: '季度', reason: 'period' },
  { word: '周岁', reason: 'age' },
  { word: '岁', reason: 'age' },
  { word: '天', reason: 'period' },
  { word: '小时', reason: 'period' },
  { word: '分钟', reason: 'period' },
  { word: '周', reason: 'period' },
  { word: '级', reason: 'ordinal' },
  { word: '轮', reason: 'ordinal' },
  { word: '届', reason: 'ordinal' },
  { word: '楼', reason: 'ordinal' },
];

type UnitEntry = { readonly kind: 'counting'; readonly entry: CountingWord } | { readonly kind: 'non'; readonly entry: NonQuantityWord };

/**
 * Entries by the UTF-16 code of their first character, longest word first, so a lookup checks only a
 * handful of words (by code: looking up `text[at]` made a string of the character after every figure).
 */
const BY_FIRST_CODE: ReadonlyMap<number, readonly UnitEntry[]> = (() => {
  const map = new Map<number, UnitEntry[]>();
  const all: UnitEntry[] = [
    ...COUNTING_WORDS.map((entry) => ({ kind: 'counting' as const, entry })),
    ...NON_QUANTITY_WORDS.map((entry) => ({ kind: 'non' as const, entry })),
  ];
  for (const item of all) {
    const first = item.entry.word.charCodeAt(0);
    const list = map.get(first) ?? [];
    list.push(item);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((left, right) => right.entry.word.length - left.entry.word.length);
  return map;
})();

/**
 * Measure words that also open a word of their own after a bare number: 组 in 组织/组建/组成 (`32组织`, `由5组成`), 起 in
 * 起草/起步/起点/起诉/起算 (`从1起算`, `3起步`), 大项/小项 in 大项目/小项目 (`十大项目`), 头 in
 * 头部, 节 in 节约/节能. Followed by one of these characters, they count nothing.
 */
const OPENS_ANOTHER_WORD: ReadonlyMap<string, string> = new Map([
  ['组', '织建成合团'], ['起', '草步点来诉始到飞码身止见居重算'], ['大项', '目'], ['小项', '目'],
  // 头部/龙头, 节约/节能/节水/节点/节日/节假.
  ['头', '部脑号条'], ['节', '约能水点日假省'],
]);

function opensAnotherWord(word: string, text: string, at: number): boolean {
  const followers = OPENS_ANOTHER_WORD.get(word);
  if (followers === undefined) return false;
  const next = text.charAt(at + word.length);
  return next !== '' && followers.includes(next);
}

/** The counting word or non-quantity word that starts at `at`, longest first; null when none. */
export function unitAt(text: string, at: number): UnitEntry | null {
  const candidates = BY_FIRST_CODE.get(text.charCodeAt(at));
  if (!candidates) return null;
  for (const candidate of candidates) {
    if (text.startsWith(candidate.entry.word, at)) return opensAnotherWord(candidate.entry.word, text, at) ? null : candidate;
  }
  return null;
}

/**
 * Periods counted as a measure: a count of days, hours or minutes a performance table bounds with a sign (`≥360天` of a
 * library open, `=365天` of a site opened free, `飞机飞行时长≥928小时`, `响应时间≤30分钟`). Elsewhere they are periods
 * (`3天内办结`, `24小时值守`, `不到80天`), so `unitAt` never returns them; the reader takes them only after such a sign.
 * Each compares with itself alone.
 */
export const DURATION_COUNTS: readonly CountingWord[] = [
  { word: '天', unitClass: 'measure', group: 'day' },
  { word: '小时', unitClass: 'measure', group: 'hour' },
  { word: '分钟', unitClass: 'measure', group: 'minute' },
];

/** The duration counted by the period word that starts at `at`, or null. */
export function durationCountAt(text: string, at: number): CountingWord | null {
  for (const duration of DURATION_COUNTS) if (text.startsWith(duration.word, at)) return duration;
  return null;
}

/** Whether a counting word is a Latin symbol (`km`, `m`), which must not run on into a longer Latin word (`mm`, `min`). */
export function isLatinSymbol(word: CountingWord): boolean {
  const first = word.word.charCodeAt(0);
  return (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
}

/** The counting word as written in the table, for a unit string from a quantity. */
const BY_WORD: ReadonlyMap<string, CountingWord> = new Map([...COUNTING_WORDS, ...DURATION_COUNTS].map((entry) => [entry.word, entry]));

export function countingWord(unit: string): CountingWord | null {
  return BY_WORD.get(unit) ?? null;
}

/**
 * Counting words of things that name the kind of thing (盏 lamps, 本 certificates, 套 dwellings, 条 streets and
 * roads, 部/台 machines), unlike 个/家/所/处/座/项/件/场/次 that count any thing or place. Two of them count the same
 * thing only when they are kin (套/间, 栋/幢, 株/棵, 本/册, 口/眼, 部/台).
 */
const SPECIFIC_THINGS: ReadonlyMap<string, string> = new Map([
  ['条', '条'], ['套', '套'], ['间', '套'], ['部', '部'], ['台', '部'], ['辆', '辆'], ['张', '张'], ['篇', '篇'], ['份', '份'],
  ['口', '口'], ['眼', '口'], ['栋', '栋'], ['幢', '栋'], ['宗', '宗'], ['盏', '盏'], ['块', '块'], ['根', '根'], ['株', '株'], ['棵', '株'],
  ['孔', '孔'], ['艘', '艘'], ['架', '架'], ['本', '本'], ['册', '本'], ['只', '只'], ['组', '组'], ['起', '起'],
]);

/** The universal counting word: `路灯1000盏` may be reported as `路灯860个`. */
const ANY_THING = '个';

/**
 * How two counting words of things agree: `same` (one word or kin), `any` (个 against a word of a kind), `general`
 * (two words that count any thing or place: 家 and 所), `other` (words of two kinds: 家 enterprises and 本
 * certificates count different things).
 *
 * @example
 * thingWordsAgree('盏', '个') // 'any'
 * thingWordsAgree('本', '家') // 'other'
 */
export function thingWordsAgree(left: string, right: string): 'same' | 'any' | 'general' | 'other' {
  if (left === right) return 'same';
  const leftKind = SPECIFIC_THINGS.get(left);
  const rightKind = SPECIFIC_THINGS.get(right);
  if (leftKind === undefined && rightKind === undefined) return 'general';
  if (leftKind !== undefined && leftKind === rightKind) return 'same';
  if (left === ANY_THING || right === ANY_THING) return 'any';
  return 'other';
}
