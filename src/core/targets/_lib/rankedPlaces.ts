/**
 * A 督查通报 ranks the places it oversees by how far each has come (`各市州问题整改完成率较高的为自贡市100%、广元市100%、
 * 遂宁市99.4%`, `完成投资较多的是:A县5.2亿元、B县4.8亿元`, `进度排名后三位的是…`): the ranking word, then the places one by
 * one, each with its own figure. Those figures are what each place has reached, stated to praise or to warn it, not what a
 * task must reach; the notice's aims, where it states any, are written apart (`整改任务315项`, `完成率达到95%以上`).
 * A place's figure after a verb of reaching (`自贡市完成率达到100%`) or a ranking to reach (`力争排名前三`) is no such list.
 */
import type { Quantity } from '../../numbers/types';
import { CodeTable } from '../../_lib/codeTable';
import { clauseBefore } from './clauses';

/**
 * A ranking word closed by the copula that opens its list of places: `较高的为`, `较多的是`, `最低的有`, `排名前五的是`,
 * `靠后的依次为`, `位列前三位的是：`.
 */
const RANKING_OPENS_LIST = /(?:较高|较低|较多|较少|较快|较慢|较好|较差|最高|最低|最多|最少|最快|最慢|靠前|靠后|(?:排名|位列|排在|居)?[前后][0-9一二三四五六七八九十]+(?:名|位)?)的?(?:依次|分别)?(?:为|是|有)[:：]?/;
/** A place's name right before its figure (`自贡市`, `甘孜州`, `城关镇`), perhaps with `为`/`达` between. */
const PLACE_BEFORE = /[\u4e00-\u9fff]{1,8}(?:市|州|县|区|旗|盟|镇|乡|街道)(?:为|达)?\s*$/;
/** The last characters of the words that name a place: most figures follow none, and are let go at one look. */
const PLACE_ENDINGS = new CodeTable(['市', '州', '县', '区', '旗', '盟', '镇', '乡', '道']);
const COPULA_ENDINGS = new CodeTable(['为', '达']);

/** Whether the words before `start` end on a place's name, perhaps with `为`/`达` after it. */
function endsOnAPlace(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === FULL_WIDTH_SPACE)) end -= 1;
  if (end > 0 && COPULA_ENDINGS.has(text.charCodeAt(end - 1))) end -= 1;
  return end > 0 && PLACE_ENDINGS.has(text.charCodeAt(end - 1));
}

const SPACE = 0x20;
const FULL_WIDTH_SPACE = 0x3000;

/**
 * `排在前三位的分别是太原100%、忻州77%、大同65%`: a ranking names its places as the notice's readers know them, often without
 * their level (市, 县): a short name, right after the copula that opens the list or after the list mark of the place before.
 * Its clause is then the ranking word and name–figure pairs only, so `前三位的是` opening a sentence of works (`…的是新建学校3所`) is
 * no such list: the words before the figure must be a bare name with no verb of making, and every item before it a name and its
 * figure.
 */
const SHORT_NAME_STARTS = new CodeTable(['、', '为', '是', '有', '：', ':']);
const SHORT_NAME_LONGEST = 4;
const RANKED_BARE_NAMES = new RegExp(`${RANKING_OPENS_LIST.source}\\s*(?:[\\u4e00-\\u9fff]{1,${SHORT_NAME_LONGEST}}\\s*[0-9０-９][0-9０-９.．]*\\s*(?:%|[万亿]?元|个|项|户|亩)?\\s*、\\s*)*[\\u4e00-\\u9fff]{1,${SHORT_NAME_LONGEST}}\\s*$`);

/** Whether one to four Chinese characters stand right before `start`, and a list mark or a list's copula right before them. */
function isShortNameAfterAListMark(text: string, start: number): boolean {
  let index = start;
  while (index > 0 && start - index < SHORT_NAME_LONGEST && CJK_CODE.test(text.charAt(index - 1)) && !SHORT_NAME_STARTS.has(text.charCodeAt(index - 1))) index -= 1;
  return index < start && index > 0 && SHORT_NAME_STARTS.has(text.charCodeAt(index - 1)) && !WORKS_NAMED.test(text.slice(index, start));
}

/** Words of making (`新建学校3所`): what is to be done, not a place's name. */
const WORKS_NAMED = /新建|改建|扩建|建设|建成|改造|新增|完成|实施|修建|创建|培育|打造|开工|竣工/;

const CJK_CODE = /[\u4e00-\u9fff]/;

/** Words of reaching between the place and its figure: the place's own aim, not its standing. */
const REACHING = /达到|提高到|提升至|提高至|力争|确保|争取|不低于|不少于/;
/** How far back in its clause (a list joined by `、` is one clause) the ranking word is looked for: five to ten places. */
const RANKING_REACH = 120;
const COLON = /^[:：]$/;

/**
 * Whether a figure is a place's own, in a list of places a notice ranks.
 *
 * @example
 * isFigureOfARankedPlace('问题整改完成率较高的为自贡市100%、广元市100%', quantityOf('100%')) // true
 * isFigureOfARankedPlace('自贡市问题整改完成率达到100%', quantityOf('100%')) // false
 */
export function isFigureOfARankedPlace(text: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null) return false;
  const named = endsOnAPlace(text, quantity.span.start);
  if (!named && !isShortNameAfterAListMark(text, quantity.span.start)) return false;
  const ownClause = clauseBefore(text, quantity.span.start, RANKING_REACH);
  if (named && !PLACE_BEFORE.test(ownClause)) return false;
  // `较多的是:渝北区52.3亿元`: a colon after the ranking word opens its list without ending what it says.
  const opening = quantity.span.start - ownClause.length;
  const clause = COLON.test(text.charAt(opening - 1)) ? `${clauseBefore(text, opening - 1, RANKING_REACH)}：${ownClause}` : ownClause;
  if (!named && !RANKED_BARE_NAMES.test(clause)) return false;
  const ranking = RANKING_OPENS_LIST.exec(clause);
  if (ranking === null) return false;
  return !REACHING.test(clause.slice(ranking.index));
}

/**
 * Places named one by one (`南阳市、信阳市、洛阳市`), the thing measured, then `均`/`都` and a verb of reaching right before the
 * figure (`造林面积均超过30万亩`, `增速都达到10%`): what each of them has reached, said of them together as a 通报 sorts the
 * places, not an aim. With a word of the aim in the clause (`均要达到`, `力争均超过`) it is their aim, and stays.
 */
const LISTED_PLACES_THEN_ALL_REACHED = /(?:[\u4e00-\u9fff]{1,6}(?:省|市|州|县|区|旗|盟|镇|乡|街道)、)+[\u4e00-\u9fff]{1,6}(?:省|市|州|县|区|旗|盟|镇|乡|街道)(?:和|及)?[\u4e00-\u9fff]{0,10}?[均都](?:已|已经)?(?:超过|达到|突破|高于|在)?\s*$/;
const AIM_WORDS = /要|须|应|力争|确保|争取|计划|目标|任务|将/;
const LISTED_PLACES_REACH = 60;
const LISTED_PLACES_STOPS = new CodeTable(['，', ',', '。', '；', ';', '：', ':', '\n']);

/**
 * Whether a figure is what several places named before it have each reached, said with `均`/`都`.
 *
 * @example
 * isFigureReachedByListedPlaces('甲市、乙市、丙市造林面积均超过20万亩', quantityOf('20万亩')) // true
 * isFigureReachedByListedPlaces('甲市、乙市造林面积均要达到20万亩', quantityOf('20万亩'))     // false
 */
export function isFigureReachedByListedPlaces(text: string, quantity: Quantity): boolean {
  const before = text.slice(quantity.span.start - 8 < 0 ? 0 : quantity.span.start - 8, quantity.span.start);
  if (!before.includes('均') && !before.includes('都')) return false;
  // The places are joined by `、`, which ends a clause for `clauseBefore`: the words are read back to a comma or a stop.
  const from = Math.max(0, quantity.span.start - LISTED_PLACES_REACH);
  let opening = quantity.span.start;
  while (opening > from && !LISTED_PLACES_STOPS.has(text.charCodeAt(opening - 1))) opening -= 1;
  const clause = text.slice(opening, quantity.span.start);
  const listed = LISTED_PLACES_THEN_ALL_REACHED.exec(clause);
  return listed !== null && !AIM_WORDS.test(clause);
}
