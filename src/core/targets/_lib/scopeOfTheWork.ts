/**
 * Counts that say how far a task reaches or which things it is about, not how much of them must be reached:
 * - the scope it involves (`棚户区改造涉及居民9000户`, `涉及全区12个村`): a count closing a clause whose verb is
 *   `涉及`. `完成涉及3万户居民小区的管网改造` counts what is done and stays a target, and so does a clause of `涉及`
 *   right after the work counted (`改造187个老旧小区，涉及2.9万户`): the same work, measured in another unit;
 * - the list a task is one of (`列为全省十件民生实事之一`, `是全市20项重点工程之一`): the count names the list;
 * - things already counted, referred back to (`这20个项目`, `该3所学校`, `上述5个小区`): the target, if any, is
 *   where they were first counted;
 * - the bodies that carry the work out (`由8个专业组分别推进`, `涉及16家牵头责任单位`): who does it, not what is done,
 *   unless they are themselves made (`组建5个工作专班`);
 * - the places a work involves, listed after `涉及` (`涉及9个乡镇、20个村`, `改造项目297个,涉及311个小区`): where the work is
 *   done, even right after the work counted, where households or people involved measure the same work in another unit
 *   (`改造187个老旧小区，涉及2.9万户`, and in one list `新开工改造城镇老旧小区5.3万个、涉及居民865万户`); the projects
 *   it involves, in that list too (`棚改新建任务31206户、涉及项目18个`), say which works it is made of, not how much.
 *   A work said to span places (`涵盖8个市县`, `工程分布在全省8710个自然村`) or the works said to cover them (`工程覆盖12个乡镇`)
 *   name them the same way;
 * - the people whose travel a road or bridge serves (`方便沿线3万余群众的出行`): they pass over what is built and describe it,
 *   as against the people a work is to benefit (`解决2万人的饮水问题`), whom reports count as its result.
 */
import type { Quantity } from '../../numbers/types';
import { clauseAfter, clauseBefore } from './clauses';
import { listSizeOf } from './listMeasuredByCount';

const SCOPE_REACH = 16;
/** The words between `涉及` and its count: whom or where (`居民`, `全县20个镇`), at most this long. */
const INVOLVED_WORDS_REACH = 10;
/** A verb between `涉及` and the count makes the count its object: work to do, not the scope. */
const MAKING = /完成|新建|建设|建成|改造|实施|开展|推进|新增|提升|治理|整治/;
/** A clause that counts work to make, before a clause opening on `涉及`. */
const WORK_COUNTED = /(?:完成|新建|建设|建成|改造|实施|新增|提升|治理|整治)[^，,。；;]{0,12}\d/;
const PREVIOUS_CLAUSE_REACH = 40;
/** Work counted, then `、` right before `涉及`: one list of the same work. */
const WORK_COUNTED_THEN_LISTED = /(?:完成|新建|建设|建成|改造|实施|新增|提升|治理|整治)[^，,。；;、]{0,12}\d[^，,。；;、]{0,4}、\s*$/;
/**
 * A count closes the clause of `涉及`, or names the things it counts in a short noun right after it, before the clause ends, its
 * breakdown opens (`涉及项目17个(其中…)`) or the scope goes on to another count joined by 和/及/与 (`涉及20个部门和12个街道`).
 * A list joined by `、` is left to the readings of places and of the people a plan reaches (`涉及9个乡镇、20个村、1221户`: the
 * households are whom it is for).
 */
const CLAUSE_CLOSED_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:[(（]|$|(?:和|及|与|以及)\s*[0-9０-９一二三四五六七八九十两])/;
/** The place that writes the report, named right after 涉及 (`涉及我市`, `涉及本县`). */
const PLACE_ITSELF = /^(?:我|本)(?:省|市|县|区|州|盟|旗|镇|乡)/;
const ONE_OF_REACH = 30;
const REFERRED_BACK_BEFORE = /(?:这|该|上述|前述)\s*$/;

/** The people or households a work is to benefit or serve, named right after 涉及 (`受益人口`, `惠及群众`, `服务人口`). */
const BENEFICIARIES = /^(?:受益|惠及|服务)/;

/**
 * Whether a count closes a clause of `涉及`: the scope of the work, not an amount of it.
 *
 * @example
 * isScopeInvolved('老旧小区改造涉及居民1200户，年内完工', quantityOf('1200户')) // true
 * isScopeInvolved('完成涉及3万户居民小区的供水管网改造', quantityOf('3万户')) // false
 */
export function isScopeInvolved(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' && quantity.unitClass !== 'people') return false;
  const clause = clauseBefore(text, quantity.span.start, SCOPE_REACH);
  const involved = clause.lastIndexOf('涉及');
  if (involved < 0) return false;
  const words = clause.slice(involved + 2);
  if (words.length > INVOLVED_WORDS_REACH || MAKING.test(words)) return false;
  // `考核指标为涉及受益人口10.38万人`: the people a work is to benefit are that work counted in another measure, a target due
  // with it (tests/corpus/targets/README.md), not its scope.
  if (BENEFICIARIES.test(words)) return false;
  // `涉及我市13个大项、27个小项`: the place's own part of a higher level's list is its list, not the scope of a work.
  if (PLACE_ITSELF.test(words) && listSizeOf(text, quantity) !== null) return false;
  const clauseStart = quantity.span.start - clause.length;
  const before = clause.slice(0, involved);
  if (before.trim() === '' && WORK_COUNTED.test(clauseBefore(text, Math.max(0, clauseStart - 1), PREVIOUS_CLAUSE_REACH))) return false;
  // `新开工改造城镇老旧小区5.3万个、涉及居民865万户`: the same list goes on after the work counted, in another unit; the
  // projects the work is made of (`棚改新建任务31206户、涉及项目18个`) are which works they are, as places are where.
  if (before.endsWith('、') && !isCountOfProjects(text, quantity, words) && WORK_COUNTED_THEN_LISTED.test(clauseBefore(text, clauseStart + involved, PREVIOUS_CLAUSE_REACH))) return false;
  return CLAUSE_CLOSED_AFTER.test(clauseAfter(text, quantity.span.end, SCOPE_REACH));
}

/** `涉及金额`, `涉及资金`, `涉及问题金额`, perhaps with `共`/`约`/`达`/`为`, right before a sum. */
const SUM_INVOLVED_BEFORE = /涉及(?:问题)?(?:金额|资金)(?:共计|合计|共|约|达|为)?\s*$/;
/** The problems an audit or inspection found, counted or named in the clauses before the sum. */
const PROBLEMS_BEFORE = /问题/;
const PROBLEMS_REACH = 40;
const SUM_WORDS_REACH = 10;

/**
 * `预算执行问题6项,涉及金额2.37亿元`, `审计发现问题12个,涉及资金3500万元`: the money the problems an audit or inspection found
 * have at stake is their size, a scope as the places a work 涉及 are; reports answer the problems by those put right (`已整改2项`),
 * and the money put right answers none of them as an amount to reach.
 *
 * @example
 * isSumTheProblemsInvolve('审计发现问题12个,涉及资金3500万元', quantityOf('3500万元')) // true
 * isSumTheProblemsInvolve('项目总投资3500万元', quantityOf('3500万元')) // false
 */
export function isSumTheProblemsInvolve(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'money') return false;
  const words = text.slice(Math.max(0, quantity.span.start - SUM_WORDS_REACH), quantity.span.start);
  const involved = SUM_INVOLVED_BEFORE.exec(words);
  if (involved === null) return false;
  const start = quantity.span.start - involved[0].length;
  return PROBLEMS_BEFORE.test(text.slice(Math.max(0, start - PROBLEMS_REACH), start).split(/[。；;！!？?\n]/).pop() ?? '');
}

/** Projects named between `涉及` and their count (`涉及项目18个`) or right after it (`涉及128个项目`). */
const PROJECTS_NAMED = /(?:项目|項目)\s*$/;
const PROJECTS_AFTER = /^\s*(?:项目|項目)/;

function isCountOfProjects(text: string, quantity: Quantity, wordsBefore: string): boolean {
  return PROJECTS_NAMED.test(wordsBefore) || PROJECTS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4));
}

/**
 * Whether a count follows a word that points back to things already counted (`这`, `该`, `上述`).
 *
 * @example
 * isCountReferredBack('这12个项目总投资3亿元', quantityOf('12个')) // true
 */
export function isCountReferredBack(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' && quantity.unitClass !== 'people') return false;
  return REFERRED_BACK_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 3), quantity.span.start));
}

/**
 * Whether a count is of a list its clause says the task is one of (`…之一`), or is put into (`列入全省20项民心工程`).
 *
 * @example
 * isListTheTaskIsOneOf('该工程是全市20项重点工程之一', quantityOf('20项')) // true
 */
export function isListTheTaskIsOneOf(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count') return false;
  return clauseAfter(text, quantity.span.end, ONE_OF_REACH).includes('之一') || isListPutInto(text, quantity);
}

/** `列入全省20项民心工程`, `纳入市级10件民生实事`: the list put into, named by its size, then its kind. */
const PUT_INTO_BEFORE = /(?:列入|纳入)(?:了)?(?:全国|全省|全市|全区|全县|省级?|市级?|区级?|县级?|省市|国家)?\s*$/;
const LIST_KIND_AFTER = /^[\u4e00-\u9fff]{0,6}?(?:工程|实事|项目|任务|事项)/;

/**
 * `今年有6项任务列入全省20项民心工程`: the size of a wider list the work is put into, like the list it is one of, is no aim of its own.
 */
function isListPutInto(text: string, quantity: Quantity): boolean {
  return PUT_INTO_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 8), quantity.span.start))
    && LIST_KIND_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 10));
}

/** Bodies that lead or carry out a work, named right after their count (`16家牵头责任单位`, `33个省级单位牵头`). */
const WORKING_BODIES_AFTER = /^[\u4e00-\u9fff]{0,4}?(?:牵头责任单位|牵头单位|责任单位|主责单位|成员单位|职能部门|专业组|工作组|工作专班|专班|督导组|(?:单位|部门)(?:牵头|负责|承办))/;
/** Verbs that make the bodies (`组建`, `成立`): then their count is something done. */
const MAKING_BODIES_BEFORE = /(?:组建|成立|设立|新建|建立|培育|创建|打造|组织)\s*$/;

/**
 * Whether a count is of the bodies a work is carried out by.
 *
 * @example
 * isCountOfWorkingBodies('由8个专业组分别推进', quantityOf('8个')) // true
 * isCountOfWorkingBodies('组建5个工作专班', quantityOf('5个'))     // false
 */
export function isCountOfWorkingBodies(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.comparator !== null) return false;
  if (!WORKING_BODIES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 12))) return false;
  return !MAKING_BODIES_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 4), quantity.span.start));
}

/** Places a work is done in, named right after their count. */
const PLACES_AFTER = /^(?:乡镇|镇街|镇|乡|街道|行政村|自然村|村|社区|小区|县区|县|区|设区市|市州|市县|县市|地市|市(?![级场民值]))/;
/**
 * Verbs that place a work in the places counted after them: it involves, spans or lies in them, or is split among them (`各项指标
 * 落实到11个设区市`, `分解到16个乡镇`). The works said to cover places
 * (`工程覆盖12个乡镇`, `项目覆盖…`) name where they are as well; a service or network that covers places (`5G网络覆盖200个行政村`,
 * `服务覆盖80个社区`) is a reach to make, and stays a target.
 */
const SPANNING_WORDS = /涉及|涵盖|分布在|分布于|遍及|遍布|(?:工程|项目)\s*覆盖|(?:分解|落实|下达|分配)(?:落实)?到/g;
/**
 * How far back in its clause (a list joined by 、 is one clause) the `涉及` of the places is looked for: a list of places may
 * hold a bracket of its parts (`…行政村(其中贫困村 52 个)、…自然村`).
 */
const PLACES_INVOLVED_REACH = 48;

/**
 * Whether a count of places stands in a list after `涉及`, with no verb of making between (`涉及9个乡镇、20个村`, not
 * `涉及改造12个小区`).
 *
 * @example
 * isPlacesInvolved('计划涉及9个乡镇、20个村、1221户', quantityOf('20个')) // true
 * isPlacesInvolved('完成涉及改造12个小区', quantityOf('12个')) // false
 */
export function isPlacesInvolved(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || !PLACES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 3))) return false;
  const clause = clauseBefore(text, quantity.span.start, PLACES_INVOLVED_REACH);
  const involved = lastSpanningWordEnd(clause);
  return involved >= 0 && !MAKING.test(clause.slice(involved));
}

/** Where the last verb of spanning in a clause ends, or -1. */
function lastSpanningWordEnd(clause: string): number {
  let end = -1;
  SPANNING_WORDS.lastIndex = 0;
  for (let match = SPANNING_WORDS.exec(clause); match !== null; match = SPANNING_WORDS.exec(clause)) end = match.index + match[0].length;
  return end;
}

/** `覆盖` right before the count of places, with at most the place the report is of between (`覆盖全县`, `辐射周边`). */
const COVERING_BEFORE = /(?:覆盖|辐射|服务|连接|连通|串联)(?:全|周边|沿线)?[\u4e00-\u9fff]{0,2}?\s*$/;
/** The places, then `的` and a count of the works that cover them, a few words on (`乡镇的52座污水处理厂`, `个村的8处供水工程`). */
const WORKS_COUNTED_AFTER_PLACES = /^[\u4e00-\u9fff]{1,4}?的[^，,。；;、\d０-９]{0,6}[0-9０-９一二两三四五六七八九十]/;

/**
 * Whether a count of places stands in a phrase that describes the works counted after it by the places they cover
 * (`建设覆盖56个乡镇的52座污水处理厂`, `新建覆盖30个行政村的15处集中供水工程`): where the works reach, their scope; the works are
 * the count to reach. A reach with no works counted after it (`5G网络覆盖200个行政村`) stays a target.
 *
 * @example
 * isPlacesTheCountedWorksCover('建设覆盖12个村的8座污水处理站', quantityOf('12个')) // true
 * isPlacesTheCountedWorksCover('5G网络覆盖200个行政村', quantityOf('200个')) // false
 */
export function isPlacesTheCountedWorksCover(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || !PLACES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 3))) return false;
  if (!COVERING_BEFORE.test(text.slice(Math.max(0, quantity.span.start - 6), quantity.span.start))) return false;
  return WORKS_COUNTED_AFTER_PLACES.test(text.slice(quantity.span.end, quantity.span.end + 14));
}

/** Villages and communities, the places a work's sites stand in, then right away the count of those sites (`行政村71个`, `村120处`). */
const VILLAGES_THEN_COUNT = /^(?:行政村|自然村|村庄|村|社区|居委会|小区|嘎查)\s*[0-9０-９]+(?:\.[0-9]+)?\s*[个处座所家项户套台口眼条万千]/;

/**
 * Whether a count of villages runs straight into the count of the works in them (`完成62个行政村71个村级水站的改建`,
 * `改造15个社区28个老旧小区`): the villages say where the works stand, the works are what is counted. Counts of villages
 * joined as a list (`10个村、5个社区`) are each a count to reach, and so is a count of villages before a name that opens on a
 * figure (`1500个行政村4G基站`), which is no count of works.
 *
 * @example
 * isVillagesOfTheCountedWorks('完成30个行政村42处供水站改造', quantityOf('30个')) // true
 * isVillagesOfTheCountedWorks('完成30个行政村、12个社区改造', quantityOf('30个')) // false
 */
export function isVillagesOfTheCountedWorks(text: string, quantity: Quantity): boolean {
  return quantity.unitClass === 'count' && VILLAGES_THEN_COUNT.test(text.slice(quantity.span.end, quantity.span.end + 12));
}

/** What a clause may open on before a count it describes: nothing, or words that point at what is known (`据悉`, `这`, `全部`). */
const DESCRIBED_COUNT_OPENING = /^\s*(?:据悉|据了解|据介绍|目前|其中|这|该|上述|全部|所有)?\s*$/;
/**
 * The things counted, then `均` or `都` and a verb of being or standing (`均为公办幼儿园`, `都位于城区`, `均配套建在安置点里`,
 * `均属于续建项目`): the clause says what the counted things are or where they are, not how many to make.
 */
const DESCRIBED_AFTER_COUNT = /^[\u4e00-\u9fff]{0,8}?[均都](?:为|是|系|属于?|位于|设在|建在|配套建在|布局在|分布在|采用)/;

/**
 * Whether a count opens a clause that says what the things counted are or where they stand (`9所幼儿园均为公办幼儿园`,
 * `12个项目都位于开发区`): things counted as the task's aim elsewhere, described here. A count with a verb of making before it
 * in its clause (`新建3所学校,均为公办`) is the aim and stays a target.
 *
 * @example
 * isCountDescribedAsItIs('据悉,6所学校均建在新区', quantityOf('6所')) // true
 * isCountDescribedAsItIs('新建6所学校均为公办', quantityOf('6所')) // false
 */
export function isCountDescribedAsItIs(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.comparator !== null) return false;
  if (!DESCRIBED_AFTER_COUNT.test(text.slice(quantity.span.end, quantity.span.end + 14))) return false;
  return DESCRIBED_COUNT_OPENING.test(clauseBefore(text, quantity.span.start, SCOPE_REACH));
}

/** The places, then that they are all to be covered (`110个乡镇全部覆盖`, `30个村全覆盖`). */
/** A clause that counts works to build (`将建108座污水处理厂`, `新建12座水厂`, `建成5个站点`). */
const WORKS_BUILT_COUNTED = /(?:建|新建|建设|建成|改造|实施|新增)[^，,。；;]{0,12}[0-9０-９]+\s*[座所个处家套台]/;
const PLACES_ALL_COVERED_AFTER = /^[\u4e00-\u9fff]{1,4}?(?:全部|全面)?(?:覆盖|全覆盖)(?:到位)?\s*(?:[，,。；;！!]|$)/;

/**
 * Whether a count of places is the whole that works counted in the clause before bring under cover (`将建108座污水处理厂,将全市
 * 尚未建厂的110个乡镇全部覆盖`): as with `全覆盖`, the count of works that brings the coverage about is the target, and the places
 * covered are not counted again. Places to cover with no works counted before (`年内实现30个村全覆盖`) stay a target.
 *
 * @example
 * isPlacesCoveredByTheWorksBefore('新建12座水厂,将全县12个乡镇全部覆盖', quantityOf('12个')) // true
 * isPlacesCoveredByTheWorksBefore('年内将30个村全部覆盖', quantityOf('30个')) // false
 */
export function isPlacesCoveredByTheWorksBefore(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || !PLACES_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 3))) return false;
  if (!PLACES_ALL_COVERED_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 12))) return false;
  const clause = clauseBefore(text, quantity.span.start, PREVIOUS_CLAUSE_REACH);
  const clauseStart = quantity.span.start - clause.length;
  return clauseStart > 0 && WORKS_BUILT_COUNTED.test(clauseBefore(text, clauseStart - 1, PREVIOUS_CLAUSE_REACH));
}

/** After the people counted: whose travel it is (`群众的出行`, `居民的通行`), with at most a short name of them between. */
const TRAVEL_OF_THE_PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,4}?的(?:日常)?(?:出行|通行)/;

/**
 * Whether a count of people is of those whose travel a work serves.
 *
 * @example
 * isPeopleWhoTravelOnTheWork('方便沿线3万余群众的出行', quantityOf('3万余')) // true
 * isPeopleWhoTravelOnTheWork('解决2万人的饮水问题', quantityOf('2万人'))      // false
 */
export function isPeopleWhoTravelOnTheWork(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'people' && quantity.unitClass !== 'bare') return false;
  return TRAVEL_OF_THE_PEOPLE_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 10));
}
