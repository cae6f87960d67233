/**
 * The count of a year's list (`15件民生实事`, `26个市重点在建项目`, `69项重点工作任务`, `项目300个`) is a target only where
 * the report measures the list by that count: the progress gives how many of its items are done or started, in the
 * list's own counting word (`已有26件开始实施`, `已开工85个`) or naming the list (`已启动…民生实事项目32个` of `76件`), or, for
 * a list of projects, the share of them started (`开工率达到68%`). A year's list of key projects is measured by its starts
 * only: its projects finished (`193项重点项目顺利完工123项`) do not measure it, as such lists run over years.
 * Where the progress gives only money, words (`总体进展顺利`, `已全部完成`), counts of other things, or sorts every item
 * by its state (`35个已完成，155个推进顺利` of `190个项目`), the count only names the list, and its items carry the targets.
 * The problems an inspection fed back (`督察反馈的23项问题`, `群众信访举报问题1102个`) are such a list: a notice sorts them as
 * rectified or still to be (`完成整改20项、需长期持续整改3项`), or measures them by those settled (`已完成1005个`).
 */
import type { Quantity } from '../../numbers/types';
import type { ReportedStatement } from '../readReportedFigures';
import { clauseAfter, clauseBefore } from './clauses';
import type { FigureRole } from './figureRole';
import type { WorkStage } from './workStage';

/**
 * The words a list of the year's items is called by, right after its count, captured as the list's noun; problems only
 * right after it (`23项问题`), as `30个村饮水安全问题` counts villages. The sub-items a list is broken into (`12个子项`,
 * `细分为40个子项目`) are a list of their own, as the items under its headings are (`小项`). The list may
 * carry its place and year between (`32件保定市2021年民生实事`), and goes by the province's own name for it (河北's
 * `民心工程`, as others say `民生工程`); key projects go by 重点工程 too (`38项市重点工程`), as before their count.
 */
const LIST_NOUN_AFTER = /^[^\d０-９，,。；;、（()）]{0,10}?(?:[0-9]{4}年度?)?[^\d０-９，,。；;、（()）]{0,4}?(实事|民生工程|民心工程|工作任务|重点工作|事项|内容)|^[^\d０-９，,。；;、（()）]{0,3}?(?:重点|重大|民生|计划实施|本级|市级|区级|县级|省级)[\u4e00-\u9fff]{0,4}?(项目|項目|(?<=重点|重大)工程)|^(项目|項目)|^(问题)|^(小项)(?!目)|^(子项目?)/;
/**
 * …or right before it, called by its kind (`亿元以上项目3095个`, `服务业项目54个`, `民生实事项目共76件`, `省市两级重点工程1313项`,
 * as 重点工程 is another name of 重点项目; `省市重点项目安排350项`, as a year's list is drawn up, 安排, and a 通报's heading of a field's projects with the year's
 * 安排 after a comma: `能源基础设施项目, 年初安排23项`), or broken down into its items (`十件民生实事共分为28项工作`); a bare `项目`
 * before a count is more often works to make (`新开工项目共19项`).
 */
const LIST_NOUN_BEFORE = /(?:(实事|民生工程|民心工程|重点工程|工作任务|问题)(?:项目|項目)?|(?:重点|重大|以上|服务业|产业|工业|基础设施|计划实施)[\u4e00-\u9fff]{0,4}?(项目|項目))(?:[，,]\s*)?(?:共|共计|合计|总计|共有|共分为|分为|分解为|细化为|(?:年初|全年|今年|年内)?(?:共|计划)?安排)?\s*$/;
/**
 * Words that make the count one of works to reach, not of a year's list: projects to start, finish or build
 * (`新开工项目`, `计划投产项目`, `建设…重点专科项目`). `重点建设项目` is what the year's list of key projects is called
 * (`476个重点建设项目`, `33个省重点建设项目`): its 建设 is part of the name, not works to make.
 */
const WORKS = /开工|投产|竣工|建成|完工|新建|(?<!重点)建设|培育|创建/;
/** Projects under way from past years (`在建`, `续建`): started already, so only those finished measure the list. */
const UNDER_WAY_FROM_PAST = /在建|续建|續建/;
/** The counting words of a list's items: a figure in one of them may measure a list counted in another. */
const ITEM_UNITS: ReadonlySet<string> = new Set(['件', '项', '個', '个', '項']);
/**
 * The items under a list's headings (`为民办实事项目共20个大项、75个小项`, `32个小项`): a list of its own, counted in them by a
 * progress that gives how many are done (`等5小项已完成`); the headings (大项) only name it (`nonTargetReason`).
 */
const SUB_ITEMS = '小项';
/** Items under way by their own schedule (`开始实施`, `正在实施`) are started, as `开工` says of works. */
const UNDER_WAY = /实施|开复工|复工/;
const LIST_WORDS_REACH = 24;
const ARABIC_DIGIT = /[0-9０-９]/;
const NO_STAGES: readonly WorkStage[] = [];
const DONE_OR_STARTED_BEFORE = /开工|复工|动工|启动|实施|完成|完工|竣工|建成/;
const ALL_OF_THEM = /全部|均已|全面/;
/**
 * `8个项目正在加快推进`, `13个子项目进展滞后`: items whose state is said after their count, on schedule or behind it, are counted by
 * state, not named.
 */
const STATE_AFTER = /^[^，,。；;\d]{0,8}?(?:正在|正加快|加快推进|按序时|推进顺利|进展滞后|进度滞后|滞后于序时|未达序时)/;
/**
 * `8个项目已提前完成任务`, `9个项目提前完成年度任务`: items said done or started right after their count are counted as
 * done, not named (money done, `已完成投资`, is said of a list named).
 */
const SAID_DONE_AFTER = /^[^，,。；;\d]{0,8}?(?:已经?(?:提前|如期|基本)?|提前|如期)(?:完成|完工|建成|竣工|开工|启动)(?!投资|资金|年度投资|总投资)/;
/** A plan restated, a baseline or an estimate measures nothing done; a part (`其中16项…`) sorts the items by kind. */
const MEASURING_ROLES: ReadonlySet<FigureRole> = new Set<FigureRole>(['actual', 'new']);
const STAGE_REACH_BEFORE = 30;
const STAGE_REACH_AFTER = 12;
/** `其中，9个项目提前完成年度任务`: a progress that opens with 其中 goes on from the task's own whole. */
const OPENS_WITH_PART = /^\s*其中/;
const SENTENCE_END = /[。；;！!？?\n]/g;

/**
 * Where the part of the task's own list ends: the progress opens with 其中 (the row is cut where a notice's sentence turns
 * from its list to what is done, `十件25项重点民生实事…，其中,9个项目提前完成年度任务`), and its first sentence is that
 * part, the list's items done, as against a part of a whole the progress names itself (`其中16项…`). -1 when the progress
 * does not open so. Found once per list, not per figure.
 */
function endOfTasksListPart(progressText: string): number {
  if (!OPENS_WITH_PART.test(progressText)) return -1;
  SENTENCE_END.lastIndex = 0;
  const end = SENTENCE_END.exec(progressText);
  return end === null ? progressText.length : end.index;
}

export interface ListSize {
  readonly quantity: Quantity;
  /** The word the list is called by (`实事`, `项目`, `工作任务`). */
  readonly noun: string;
  /**
   * The stages its parts of another set ask for (`其中新开工项目40个`: start): figures of that stage count the part,
   * not the list.
   */
  readonly partStages: readonly WorkStage[];
  /** A list of projects under way from past years (`26个重点在建项目`): measured by those finished only. */
  readonly underWay: boolean;
  /**
   * A year's list of key investment projects (`193项重点项目`, `全市100个重点项目`): such lists run over years and are
   * measured by their starts (or money), not by the projects finished.
   */
  readonly keyProjects?: true;
}

/**
 * The list a count sizes, or null when the count is of anything else (`新建学校3所`, `12个新改扩建学校项目`).
 *
 * @example
 * listSizeOf('今年确保办好12件民生实事', quantityOf('12件')) // { noun: '实事', … }
 * listSizeOf('新建学校12所', quantityOf('12所')) // null
 */
export function listSizeOf(text: string, quantity: Quantity): ListSize | null {
  if (quantity.unitClass !== 'count' || quantity.kind !== 'single') return null;
  // `32小项`: the items under a list's headings, counted in their own word.
  if (quantity.unit === SUB_ITEMS) return listOf(quantity, SUB_ITEMS, '');
  if (!ITEM_UNITS.has(quantity.unit)) return null;
  const wordsStart = quantity.span.end + sizeQualifierLength(text, quantity.span.end);
  const after = LIST_NOUN_AFTER.exec(text.slice(wordsStart, wordsStart + 18));
  if (after) return WORKS.test(after[0]) ? null : listOf(quantity, after[1] ?? after[2] ?? after[3] ?? after[4] ?? after[5] ?? after[6] ?? '', after[0]);
  const before = LIST_NOUN_BEFORE.exec(text.slice(Math.max(0, quantity.span.start - 14), quantity.span.start));
  if (!before) return arrangedListOf(text, quantity);
  const words = clauseBefore(text, quantity.span.start, LIST_WORDS_REACH);
  return WORKS.test(words) ? null : listOf(quantity, before[1] ?? before[2] ?? '', words);
}

/**
 * `年初安排23项`, `确定88项`, `安排了140个市级“百大项目”`: a count right after the verb by which a year's list is drawn up or
 * designated (安排, 确定, 选定, 筛选, 谋划), its items called projects, works or 实事 just before that verb (the heading of
 * the kind, `能源基础设施项目, 年初安排23项`) or just after the count, quoted names and all. It sizes the list as its noun
 * before or after the count does, and works to make (`安排新开工项目30个`, `确定建设项目12个`) are still no list.
 */
const ARRANGED_VERB_BEFORE = /(?:安排|确定|选定|筛选|谋划)了?出?\s*$/;
const ARRANGED_NOUN_BEFORE = /(实事|民生工程|民心工程|工程|项目|項目)[^\d０-９。；;！!？?\n]{0,12}$/;
const ARRANGED_NOUN_AFTER = /^[^\d０-９，,。；;]{0,10}?(实事|民生工程|民心工程|工程|项目|項目)/;
const ARRANGED_VERB_REACH = 6;
const ARRANGED_NOUN_REACH = 28;
const ARRANGED_NOUN_AFTER_REACH = 14;

function arrangedListOf(text: string, quantity: Quantity): ListSize | null {
  const start = quantity.span.start;
  // Only a count right after one of the verbs can size a list drawn up: one short look before any noun is sought.
  const verb = ARRANGED_VERB_BEFORE.exec(text.slice(Math.max(0, start - ARRANGED_VERB_REACH), start));
  if (verb === null) return null;
  const verbStart = start - verb[0].length;
  // The noun right after the count names what is counted; else the heading's or the sentence's noun before the verb does.
  const nounAfter = ARRANGED_NOUN_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + ARRANGED_NOUN_AFTER_REACH));
  const nounBefore = nounAfter === null ? ARRANGED_NOUN_BEFORE.exec(text.slice(Math.max(0, verbStart - ARRANGED_NOUN_REACH), verbStart)) : null;
  const found = nounAfter ?? nounBefore;
  if (found === null || found[1] === undefined) return null;
  const noun = found[1];
  return WORKS.test(found[0]) || WORKS.test(clauseBefore(text, start, LIST_WORDS_REACH)) ? null : listOf(quantity, noun === '工程' ? '项目' : noun, found[0]);
}

/**
 * `605个500万元以上重点项目`, `80个亿元以上重大项目`: the projects' size as a floor of their investment, between the count and the
 * list's noun, qualifies the things counted (as `亿元以上项目` does before a count) and is no word of the list's name.
 */
const SIZE_QUALIFIER_AFTER = /^\s*(?:[0-9０-９.]+\s*)?(?:万|亿)?元(?:及)?以上/;

/** How many characters a qualifier of the projects' size takes right after a count; 0 when none stands there (most counts). */
function sizeQualifierLength(text: string, end: number): number {
  const next = text.charCodeAt(end);
  // Only a digit, 万/亿 or 元 can open such a qualifier: one look at the next character before any pattern is run.
  if (!(next >= 0x30 && next <= 0x39) && !(next >= 0xff10 && next <= 0xff19) && next !== 0x4e07 && next !== 0x4ebf && next !== 0x5143) return 0;
  return SIZE_QUALIFIER_AFTER.exec(text.slice(end, end + 12))?.[0].length ?? 0;
}

const KEY_PROJECTS = /重点|重大/;

function listOf(quantity: Quantity, noun: string, words: string): ListSize {
  const underWay = UNDER_WAY_FROM_PAST.test(words);
  const keyProjects = (noun === '项目' || noun === '項目') && !underWay && KEY_PROJECTS.test(words) && !words.includes('民生');
  return keyProjects ? { quantity, noun, partStages: NO_STAGES, underWay, keyProjects } : { quantity, noun, partStages: NO_STAGES, underWay };
}

function isStarted(progressText: string, figure: ReportedStatement): boolean {
  const { start, end } = figure.quantity.span;
  return UNDER_WAY.test(clauseBefore(progressText, start, STAGE_REACH_BEFORE)) || UNDER_WAY.test(clauseAfter(progressText, end, STAGE_REACH_AFTER));
}

function isDoneOrStarted(progressText: string, figure: ReportedStatement): boolean {
  if (figure.stage === 'start' || figure.stage === 'finish') return true;
  const { start, end } = figure.quantity.span;
  return UNDER_WAY.test(clauseBefore(progressText, start, STAGE_REACH_BEFORE)) || UNDER_WAY.test(clauseAfter(progressText, end, STAGE_REACH_AFTER));
}

/** Lists of matters the year promises (`32项民生工程`, `25项重点民生实事`), as against lists of projects or of tasks. */
const MATTERS = /^(?:实事|民生工程|民心工程|事项)$/;
/** `8个项目已提前完成任务`: how a notice calls the items of its list of matters when it counts them. */
const ITEMS_AS_PROJECTS = /^[个個][项項]目/;

/**
 * Whether a figure counts items of the list: in its counting word, or in another item word when its words name the list
 * and no other list of the row is counted in that word (`30件民生实事190个项目`: a figure in 个 counts the 190). A notice
 * of a list of matters calls its items 项目 when it counts them (`32项民生工程` → `8个项目已提前完成任务`, `25项重点民生实事`
 * → `9个项目提前完成年度任务`): the matters are what the year funds and runs as projects.
 */
function countsItemsOf(list: ListSize, figure: ReportedStatement, lists: readonly ListSize[], progressText: string): boolean {
  const unit = figure.quantity.unit;
  // `提前一个季度`: a Chinese 一 with a measure word is a phrase, not a count (as in the task, `nonTargetReason`).
  if (figure.quantity.value === 1 && !ARABIC_DIGIT.test(figure.quantity.text)) return false;
  if (unit === list.quantity.unit) return true;
  // `27个小项` / `等5小项已完成`: a list called by its items' word is counted in that word.
  if (unit === list.noun) return true;
  if (!ITEM_UNITS.has(unit) || lists.some((other) => other.quantity.unit === unit)) return false;
  if (figure.context.phrase.includes(list.noun) || figure.context.indicator.includes(list.noun)) return true;
  const end = figure.quantity.span.end;
  return MATTERS.test(list.noun) && ITEMS_AS_PROJECTS.test(progressText.slice(end - 1, end + 2));
}

/**
 * A figure of the progress that is itself the size of a list names the list again (`全市37项民生工程共完成投资…`), unless
 * its clause says they are done or started before it (`已开工重大项目96个`) or all of them after it (`31个项目已全部启动实施`).
 */
function namesAList(progressText: string, figure: ReportedStatement): boolean {
  const { start, end } = figure.quantity.span;
  if (listSizeOf(progressText, figure.quantity) === null) return false;
  const before = clauseBefore(progressText, start, STAGE_REACH_BEFORE);
  if (DONE_OR_STARTED_BEFORE.test(before)) return false;
  const after = clauseAfter(progressText, end, STAGE_REACH_AFTER + 6);
  return !ALL_OF_THEM.test(after) && !SAID_DONE_AFTER.test(after) && !STATE_AFTER.test(after) && !isCountHadAtAStage(before, after);
}

/** `已有199个项目实质性开工建设`: 已有 opens the count, so the stage after it says how many reached it, not what the list is. */
const HAD_BEFORE = /已经?有\s*$/;
const STAGE_AFTER = /^[^，,。；;\d０-９]{0,10}?(?:开工|复工|动工|完工|竣工|建成|完成|启动|实施|投产)/;

/**
 * Whether a count is said to be had at a stage (`已有26个项目开工`, `已有8件完成`): the items that reached it, counted out of
 * the list, as `已开工26个` counts them.
 */
function isCountHadAtAStage(clauseBeforeCount: string, clauseAfterCount: string): boolean {
  return HAD_BEFORE.test(clauseBeforeCount) && STAGE_AFTER.test(clauseAfterCount);
}

function isProjectList(list: ListSize): boolean {
  return !list.underWay && (list.noun === '项目' || list.noun === '項目');
}

/**
 * `开工率达到68%`, `开复工率93.4%`: the share of a list's projects started, which measures the list by its count as the
 * count of projects started does (`全市100个重点项目` → `开工率达到68%`); beside words that say all started (`均已开工,开工率达100%`)
 * it says no more than they do (`isListSaidAllStartedOrDone`).
 */
export function isStartRate(figure: ReportedStatement): boolean {
  return figure.stageRate === true && figure.stage === 'start' && figure.role !== 'plan' && !figure.plannedFigure;
}

/**
 * A year's list of key projects holds projects of every stage: those going on from past years (续建), those to start this
 * year (新开工, or 新建项目 as against 续建项目), those to finish, and a reserve (预备) that may start early. Its starts are counted
 * over the whole list (`开复工176项`, `已开工497个`, `开工率达到68%`); a count or rate of one of those parts (`新开工项目564个`,
 * `新开工建设…等82个项目`, `122个新建项目已开工建设105个`, `预备项目有2项已年内提前开工`, `承诺开工的项目开工率为100%`, and
 * `复工率为97%`, the projects under way resumed after the new year) measures that part, and leaves the list's count a name of
 * the list.
 */
const PART_OF_KEY_PROJECTS = /新开工|新建项目|续建项目|预备|承诺开工|(?<![开、])复工/;
const PART_WORDS_REACH = 40;

function countsAPartOfKeyProjects(progressText: string, figure: ReportedStatement): boolean {
  return PART_OF_KEY_PROJECTS.test(clauseBefore(progressText, figure.quantity.span.start, PART_WORDS_REACH));
}

/**
 * `等5个计划新开工项目已开工4个`: a count done against a plan the progress states in the same clause, in the same counting word,
 * measures the set that plan counts (a part of the list, named in the progress only), not the list the task counts.
 */
const OWN_PLAN_REACH = 40;

/** The progress's own planned counts, other than the list's size: found once per list, and most progress texts have none. */
function plannedCountsOf(figures: readonly ReportedStatement[], list: ListSize): readonly ReportedStatement[] {
  return figures.filter((plan) => plan.kind === 'count' && (plan.plannedFigure || plan.role === 'plan') && plan.quantity.value !== list.quantity.value);
}

function answersAPlanOfItsClause(plans: readonly ReportedStatement[], figure: ReportedStatement, progressText: string): boolean {
  if (plans.length === 0) return false;
  const clauseStart = figure.quantity.span.start - clauseBefore(progressText, figure.quantity.span.start, OWN_PLAN_REACH).length;
  return plans.some((plan) => plan !== figure && plan.quantity.unit === figure.quantity.unit
    && plan.quantity.span.start >= clauseStart && plan.quantity.span.end <= figure.quantity.span.start);
}

/**
 * The figure by which the progress measures the list by its count: the first count of its items done or started (or, for a
 * list of projects, its start rate), where the counts do not sort all of the items by state (two or more counts that add
 * up to the list's size, or to the part of it the place takes up, `placesPartOf`). Null when the progress does not measure
 * the list by its count.
 *
 * @example
 * figureMeasuringList(listOf('39件民生实事'), …, readReportedFigures('已有26件开始实施'), …) // the 26件
 * figureMeasuringList(listOf('39件民生实事'), …, readReportedFigures('总体进展顺利'), …) // null
 */
export function figureMeasuringList(list: ListSize, lists: readonly ListSize[], figures: readonly ReportedStatement[], progressText: string, taskText = ''): ReportedStatement | null {
  if (isListSaidAllStartedOrDone(list, progressText)) return null;
  if (isProjectList(list)) {
    const startRate = figures.find((figure) => isStartRate(figure) && !(list.keyProjects === true && countsAPartOfKeyProjects(progressText, figure)));
    if (startRate) return startRate;
  }
  let answer: ReportedStatement | null = null;
  let itemCounts = 0;
  let sum = 0;
  let tasksListPartEnd: number | null = null;
  const plans = plannedCountsOf(figures, list);
  let sortingUnit: string | null = null;
  for (const figure of figures) {
    if (figure.kind !== 'count' || figure.plannedFigure) continue;
    if (!MEASURING_ROLES.has(figure.role) && !(figure.role === 'part' && figure.quantity.span.start < (tasksListPartEnd ??= endOfTasksListPart(progressText)))) continue;
    // `8项民生实事项目中7项基本完成…，1项正在推进中`: once a count has named the list's items, the next counts in the same word go
    // on sorting them, though their own words no longer name the list.
    if (figure.quantity.unit !== sortingUnit && !countsItemsOf(list, figure, lists, progressText)) continue;
    sortingUnit = figure.quantity.unit;
    if (namesAList(progressText, figure) || (figure.stage !== null && list.partStages.includes(figure.stage))) continue;
    if (list.keyProjects === true && countsAPartOfKeyProjects(progressText, figure)) continue;
    if (answersAPlanOfItsClause(plans, figure, progressText)) continue;
    itemCounts += 1;
    sum += figure.quantity.value;
    if (answer === null && (list.underWay ? figure.stage === 'finish' : list.keyProjects === true ? figure.stage === 'start' || isStarted(progressText, figure) : isDoneOrStarted(progressText, figure))) answer = figure;
  }
  return itemCounts >= 2 && (sum === list.quantity.value || sum === placesPartOf(list, taskText)) ? null : answer;
}

/**
 * `已全部开工`, `均已开工`, `已全部实现开工建设`, `31个项目已全部启动实施`, `10件为民实事全面完成`: the whole list said started
 * or done, with no count of its items before it or with its own size restated. The words leave no gap to measure, so the
 * count names the list even beside a start rate of 100% or the projects finished among the started; the items' own rows carry the targets.
 */
const LIST_SAID_ALL = /(?:[0-9０-９]+\s*([件项個个項])[^，,。；;\d０-９]{0,10}?)?(?:已经?)?(?:全部|均已|均|全面)(?:已经?)?(?:实现)?(?:启动|开工|复工|开复工|开[(（]复[)）]工|完成|完工|竣工|建成|办结)/g;
/** `在年底前做到30件实事全部完成`: all done as an aim, not as a result. */
const AIM_OF_ALL = /做到|确保|力争|争取|计划|预计|可望|(?<!主)要|将|(?<![目此之以当])前/;
const COUNT_OF_ITEMS = /[0-9０-９]\s*[件项個个項]/;

function isListSaidAllStartedOrDone(list: ListSize, progressText: string): boolean {
  LIST_SAID_ALL.lastIndex = 0;
  for (let match = LIST_SAID_ALL.exec(progressText); match !== null; match = LIST_SAID_ALL.exec(progressText)) {
    const clause = clauseBefore(progressText, match.index, STAGE_REACH_BEFORE);
    if (AIM_OF_ALL.test(clause)) continue;
    if (match[1] !== undefined) {
      if (Number.parseInt(match[0], 10) === list.quantity.value) return true;
      continue;
    }
    // `其中8项已完成…均已开工`: items counted before say only which of them are in each state.
    if (!COUNT_OF_ITEMS.test(progressText.slice(0, match.index))) return true;
  }
  return false;
}

/** `50项民生实事我县涉及任务47项`: the part of a higher level's list the place takes up, counted after 涉及 in the list's word. */
const PLACES_PART_AFTER = /^[^\d，,。；;]{0,8}?(\d+)\s*([件项個个項])/;

/**
 * The count of the list's items the place itself takes up (`涉及我市12类39件45个事项`, `我县涉及任务47项`), in the list's
 * own counting word, or NaN when the task names none: a sorting of the place's items by state adds up to it.
 */
function placesPartOf(list: ListSize, taskText: string): number {
  const at = taskText.indexOf('涉及', list.quantity.span.end);
  if (at < 0) return Number.NaN;
  const part = PLACES_PART_AFTER.exec(taskText.slice(at + 2, at + 24));
  return part !== null && part[2] === list.quantity.unit ? Number(part[1]) : Number.NaN;
}

/**
 * The place's own part of a higher level's list, after 涉及 and the place (`涉及我市13个大项、27个小项`, `涉及我市12类39件45个
 * 事项`): the place's list, which its progress measures; the higher level's count before it only says whose part it is.
 */
const PLACES_PART_OPENING = /涉及(?:我|本)(?:省|市|县|区|州|盟|旗|镇|乡)/;
const PLACES_PART_REACH = 40;
const PLACES_PART_WORDS_REACH = 24;

/**
 * Whether a list's count is the higher level's whole, with the place's own part of it in the same words later in the sentence.
 *
 * @example
 * isWholeOfAPlacesPart('为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项。', quantityOf('75个'), 34) // true
 * isWholeOfAPlacesPart('为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项。', quantityOf('27个'), 34) // false
 */
export function isWholeOfAPlacesPart(text: string, quantity: Quantity, sentenceEnd: number): boolean {
  const after = text.slice(quantity.span.end, Math.min(Math.max(sentenceEnd, quantity.span.end), quantity.span.end + PLACES_PART_REACH));
  // Most counts have no 涉及 after them: one look before the list's words are read.
  if (!after.includes('涉及')) return false;
  const list = listSizeOf(text, quantity);
  if (list === null || list.noun === '') return false;
  const opening = PLACES_PART_OPENING.exec(after);
  if (opening === null) return false;
  const part = after.slice(opening.index + opening[0].length, opening.index + opening[0].length + PLACES_PART_WORDS_REACH);
  return ARABIC_DIGIT.test(part) && part.includes(list.noun);
}

/**
 * Whether the progress measures the list by its count (`figureMeasuringList`).
 *
 * @example
 * isListMeasuredByCount(listOf('39件民生实事'), readReportedFigures('已有26件开始实施'), …) // true
 * isListMeasuredByCount(listOf('39件民生实事'), readReportedFigures('总体进展顺利'), …) // false
 */
export function isListMeasuredByCount(list: ListSize, lists: readonly ListSize[], figures: readonly ReportedStatement[], progressText: string, taskText = ''): boolean {
  return figureMeasuringList(list, lists, figures, progressText, taskText) !== null;
}

/** `62个市重点项目全部开(复)工建设`: a count of items, then words that say all of them started or done. */
const SAID_ALL_AFTER = /^[^，,。；;\d０-９]{0,12}?(?:已经?)?(?:全部|均已|均|全面)(?:已经?)?(?:启动|开工|复工|开复工|开[(（]复[)）]工|完成|完工|竣工|建成|办结)/;
const SAID_ALL_REACH = 24;

/**
 * Whether a figure counts a subset of a list said all started or done (`南岗区、道里区…等3个部门负责推进的62个市重点项目全部开(复)工`
 * of `市重点项目172个`): fewer items than the list holds, picked out by who runs them or where they are. It says nothing of the
 * rest; the count over the whole list (`已开(复)工项目152个`) measures the list, as a part never answers its whole.
 *
 * @example
 * isSubsetSaidAll('等3个部门负责推进的62个市重点项目全部开(复)工建设', figureOf('62个'), 172) // true
 * isSubsetSaidAll('已开(复)工项目152个', figureOf('152个'), 172) // false
 */
export function isSubsetSaidAll(progressText: string, figure: ReportedStatement, listSize: number): boolean {
  if (figure.kind !== 'count' || figure.quantity.value >= listSize) return false;
  const end = figure.quantity.span.end;
  return SAID_ALL_AFTER.test(progressText.slice(end, end + SAID_ALL_REACH));
}
