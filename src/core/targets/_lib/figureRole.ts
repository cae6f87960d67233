/**
 * What a figure of a progress text says (DOMAIN §4, "Figures in the progress text have roles"): only an
 * actual answers a target. The role is read from the words of the figure's own clause before it.
 * - `plan`: the target restated (`计划`, `原计划`, `（目标9%）`, `任务(14266户)`, `任务数`, `下达`, a planning comparator, quoted words), or the whole
 *   that the figure after it is part of (`209个重点点位已报销账155个`), or what remains to do (`剩余2所`, `尚有3个未开工`);
 * - `forecast`: the year's figure as expected (`全年预计完成600亿元`): a plan before the year ends, the best actual after;
 * - `baseline`: the level it started from (`在…的基础上`, `上年同期`, `现行…`), or a round mark passed before the figure reached
 *   (`突破400万亩,达到403.8万亩`);
 * - `part`: a part of the whole (`其中`);
 * - `new`: an addition of this period (`新增`, `本季度`);
 * - `share`: a completion share (`完成年度任务的81%`, `完成率`, `占年度计划73.4%`, `已完成8个（53%）`);
 * - `actual`: everything else, the default of a progress text.
 */
import { CodeTable } from '../../_lib/codeTable';
import type { Quantity } from '../../numbers/types';
import { clauseAfter, clauseBefore, isNextItemsLabel, openingLabelLength } from './clauses';
import { isForecastOfItsSentence, isForecastSpeltOutAfterNamely } from './forecastOfTheSentence';

export type FigureRole = 'actual' | 'plan' | 'forecast' | 'baseline' | 'part' | 'new' | 'share';

/** Words that restate the plan when they stand in the figure's clause before it. */
const PLAN_WORDS = [
  '原计划', '计划', '目标任务', '目标', '任务数', '任务量', '下达', '预算数', '全年预算', '拟', '力争', '确保', '应完成', '需完成', '要求',
  // What is set, chosen or needed, and what will be there once works finish: `年初设定的6%`, `确定500户改造对象`,
  // `共需安装路灯1108盏`, `另谋划15处街心游园` (works planned), `完工后可新增教室16个`, `投用后预计新增学位10.74万个` (`已确定…` reports a choice made: the 已
  // after the word keeps it an actual).
  '设定', '共需', '需要', '确定', '谋划', '可新增', '可增加', '可以增加', '可容纳', '完工后', '建成后', '投用后', '投入使用后',
  // `新开工24个项目总投资233亿元`: the size of the works named, not money spent on them (`累计完成投资` is).
  '总投资',
];
/**
 * A percent that is a share of the whole: `完成年度任务的81%`, `完成年度预算82.2%`, `为全年预算数185000万元的62.1%`, `占年度计划73.4%`,
 * `完成率为48%`, `进度95%`, `完成总体进度的98.42%`, `完成总工程量80%` (of all the works, with or without 的; `完成工程量70%` is often said of a part), or a percent that stands alone as the progress
 * (`95%`, `已完成95%`).
 */
const SHARE_BEFORE = /(?:任务|计划|目标|预算|总量|总数|工程量|投资额?)[^，,。；;]{0,14}的$|完成了?[^，,。；;\d]{0,8}(?:计划|预算|目标|任务)数?$|完成了?总工程量$|(?:^|[^开完入住]|完成)(?:完成率|完成进度|进度|形象进度)(?:分别)?(?:的|为|达到?|达|已达)?$|占[^，,。；;]{0,8}(?:计划|目标|任务|预算)[^，,。；;]{0,6}$|^(?:已经?|累计|共|全部|总体|工程|项目)?(?:完成|进度|完成了)?(?:为|达到?|达)?$/;
/** A share target states its figure as a part of a task (`完成年度检查任务的70%以上`), unlike a rate to reach (`完成率达到50%`). */
const SHARE_TARGET_BEFORE = /(?:任务|计划|目标|预算|总量|工程量)[^，,。；;]{0,14}的$/;
const BASELINE_WORDS = ['基础上', '上年同期', '去年同期', '同期为', '上年为', '去年为', '基数'];
const NEW_WORDS = ['新增', '新解决', '本季度', '本月', '当月', '当季', '三季度新', '本期'];
/** Comparators that restate an aim; `控制在…以内` in a progress text reports a result that stayed within. */
const PLANNING_COMPARATORS = ['不少于', '不低于', '至少', '力争', '不超过', '不高于'];
/**
 * `以上` restates an aim only with a word of intent (`力争…以上`); `参保人数133.81万人以上` reports a result, and so does
 * an estimate of the period (`三季度，预计GDP增长5%以上`: 预计 is no intent; of the year it is a forecast, below).
 */
const INTENT = /力争|确保|计划|要|将|争取/;
/**
 * `209个重点点位已报销账155个`, and `80个重点建设项目中79个开工建设`, `907户中有820户已安置到位`: the whole named, then what of
 * it is done — after 已/累计, or after 中 (of which), which said of works under way (`建设中`, `施工中`) is no such word, nor is
 * the 中 of another item of a list (`幼儿园5所、一级高完中2所`).
 */
const WHOLE_BEFORE_DONE = /^[^，,。；;\d]{0,12}(?:已经?|现已|已累计|累计)[^，,。；;\d]{0,8}\d|^[^，,。；;、\d]{0,14}(?<!建设|施工|实施|推进|进行|办理|改造|审批|招标|筹备|谋划|规划|运行|使用)中\s*(?:有|已有|已经|已)?\s*\d/;
/** Oversight of the things named before it (`…进行督导`, `开展专项检查`), not work on them. */
const OVERSIGHT_AFTER = /^[^，,。；;]{0,20}(?:督导|督查|检查|调度|指导|评估|考核|巡查|抽查|走访|暗访)/;
/** `已确定示范村12个`: a choice made and counted is a result, unlike `确定500户改造对象`. */
const CHOICE_MADE = /已经?确定[^，,。；;]*$/;
/** `预计` is a forecast of the year (plan) only with a year word; `预计一季度增长20%` estimates the period's actual. */
const FORECAST = /预计[^，,。；;]{0,4}(?:全年|年底|年末|年内)|(?:全年|年底|年末)[^，,。；;]{0,4}预计|预计[^，,。；;]{0,6}(?:将|可)|(?:^|[^即])将(?:可)?(?:解决|惠及|新增|建成|完成|达到|实现|提供)/;
/**
 * `在年底前做到30件实事全部完成`, `力争6月底前完成…`: what a progress says will be done by a time ahead (a date before which) is a
 * promise, not a result; `截至…` counts up to a date, and 已 after the date says it is done.
 */
const DUE_AHEAD = /(?:年底|年末|月底|月末|年内|季度末)前(?![^，,。；;]*已)[^，,。；;\d]{0,10}$/;
/** `完成…的任务`, `已完成…的目标`: the clause says the task is done (not `未完成`, not `完成率`). */
const TASK_DONE = /(?:^|[^未没])(?:已经?|全面|提前|超额)?完成(?!率)/;

/** `其中`/`包括` earlier in the figure's sentence (within 80 characters): it reaches to the sentence's end. */
export function isInPartSentence(text: string, start: number): boolean {
  // Within 80 characters back: a search of the whole text per figure was quadratic in a pasted cell. The words are found
  // by the engine's own search first; most windows hold neither, and only a found one is checked for a sentence's end after it.
  const window = text.slice(Math.max(0, start - 80), start);
  let opener = -1;
  for (const word of PART_SENTENCE_WORDS) opener = Math.max(opener, window.lastIndexOf(word));
  if (opener < 0) return false;
  for (let index = opener + 2; index < window.length; index += 1) if (SENTENCE_MARK_CODES.has(window.charCodeAt(index))) return false;
  return true;
}

const PART_SENTENCE_WORDS = ['其中', '包括'];

/** Where the nearest `其中` or `包括` before `start` (within 80 characters) begins, or -1. */
export function partOpenerBefore(text: string, start: number): number {
  const from = Math.max(0, start - 80);
  let opener = -1;
  for (const word of PART_SENTENCE_WORDS) {
    const at = text.lastIndexOf(word, start - word.length);
    if (at >= from) opener = Math.max(opener, at);
  }
  return opener;
}
/**
 * Works started or being built, named before a part's opener (`已开工8984户，其中`, `已全部开工,其中:`, `61个村庄已全部开工建设,
 * 其中`, `进场施工,其中`).
 */
const STARTED_BEFORE_OPENER = /开工|动工|开建|复工|施工|在建/;
/** Works finished, named in the clause before a figure (`已竣工5054户`, `完工179户`); a main structure topped out is not finished. */
const FINISHED_BEFORE = /(?:完工|竣工|建成|交付)[^，,。；;、\d]{0,6}$/;
/**
 * …or right after it, closing on the works done (`其中44个村庄已完成治理建设`, `其中1家已完成建设`): 完成 of works, not of money or
 * a rate (`完成投资`, `完成率`).
 */
const FINISHED_AFTER = /^[^，,。；;\d]{0,8}?(?:已经?|均已|全部)(?:完工|竣工|建成|交付|完成(?![率投资额]))/;
const MAIN_STRUCTURE = /主体|封顶/;

/**
 * `我市农村危房改造已开工8984户，其中已竣工5054户`, `已全部开工，其中：…完工179户`, `61个村庄已全部开工建设,其中44个村庄已完成治理
 * 建设`: the works finished, counted after 其中 among the works started or being built, are no part of another whole but the count
 * of the works at their last stage — what a target to build is answered by. Reads back at most a sentence of 80 characters.
 */
function isFinishedAmongStarted(text: string, start: number, end: number, clause: string): boolean {
  if (FINISHED_BEFORE.test(clause)) {
    if (MAIN_STRUCTURE.test(clause)) return false;
  } else {
    const after = clauseAfter(text, end, 20);
    if (!FINISHED_AFTER.test(after) || MAIN_STRUCTURE.test(after)) return false;
  }
  let from = start;
  const limit = Math.max(0, start - 80);
  while (from > limit && !SENTENCE_MARK_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  const sentence = text.slice(from, start);
  let opener = -1;
  for (const word of PART_SENTENCE_WORDS) opener = Math.max(opener, sentence.lastIndexOf(word));
  return opener > 0 && STARTED_BEFORE_OPENER.test(sentence.slice(0, opener));
}
/**
 * `7月当月,省重点项目完成投资574.3亿元,为年度计划投资的9.6%。1-7月,…完成投资3836.5亿元`: a sentence opened by the month or
 * quarter alone (`当月`, `本月`, `单月`, `7月份当月`) gives what that span added, in every clause of it, as a clause's own `当月`
 * does; the months to date are in another sentence. Reads back at most a sentence of 80 characters.
 */
const SPAN_ALONE_OPENER = /^\s*(?:[0-9０-９]{1,2}月份?|[一二三四]季度)?(?:当月|本月|单月|当季|本季度?)\s*[，,:：]/;

function isInSentenceOfTheSpanAlone(text: string, start: number): boolean {
  let from = start;
  const limit = Math.max(0, start - 80);
  while (from > limit && !SENTENCE_MARK_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  if (from === limit && limit > 0) return false;
  return SPAN_ALONE_OPENER.test(text.slice(from, start));
}
/** Words that sum a whole (`共计`, `合计`, `总计`), opening a figure's clause: the figure is no part. */
const IN_TOTAL = /^[^，,。；;\d]{0,6}(?:共计|合计|总计)/;
const SENTENCE_MARK_CODES = new CodeTable(['。', '；', ';', '\n']);
/** The word lists as one pattern each: a figure asks each once instead of a call per word. */
function alternation(words: readonly string[], anchor = ''): RegExp {
  return new RegExp(`${anchor}(?:${[...words].sort((left, right) => right.length - left.length).join('|')})`);
}
const PLAN = alternation(PLAN_WORDS);
const PLAN_AT_START = alternation(PLAN_WORDS, '^');
const BASELINE = alternation(BASELINE_WORDS);
/**
 * `比上年同期增加54个`, `比去年同期多80个`, `与8月底相比,增加开工量118万套`, `较上月末新增12个`: a change since an earlier date or year,
 * named right before the figure (within its sentence).
 */
const COMPARED_WITH_EARLIER = /(?:比|较|与|同)(?:上年|去年|上月|上季度|前年|同期|[^，,。；;]{0,8}(?:月底|月末|年底|年末|季度末|同期))(?:相比|相较)?[，,]?\s*(?:增加|增长|多|减少|下降|少|新增)了?[^，,。；;\d]{0,5}$/;
const COMPARISON_REACH = 30;
/** The characters that end the change words of COMPARED_WITH_EARLIER, looked for within the words it allows before the figure. */
const CHANGE_CODES = new CodeTable(['加', '长', '多', '少', '降', '增']);
const CHANGE_WORD_REACH = 8;

/** The figure says how far an amount moved since an earlier date or year (see COMPARED_WITH_EARLIER), not the amount. */
export function isDifferenceFromEarlier(text: string, quantity: Quantity): boolean {
  // Most figures have no change word right before them: asked first, without cutting the text.
  let changeWord = false;
  for (let at = quantity.span.start - 1; at >= Math.max(0, quantity.span.start - CHANGE_WORD_REACH) && !changeWord; at -= 1) changeWord = CHANGE_CODES.has(text.charCodeAt(at));
  if (!changeWord) return false;
  const from = Math.max(0, quantity.span.start - COMPARISON_REACH);
  let start = quantity.span.start;
  while (start > from && !SENTENCE_MARK_CODES.has(text.charCodeAt(start - 1))) start -= 1;
  return COMPARED_WITH_EARLIER.test(text.slice(start, quantity.span.start));
}

/** `从2017年6月的69.5%`, `由家庭年人均收入2650元`, `从37张`: the level a change starts from, named before the figure. */
const MOVED_FROM_BEFORE = /[从由][^，,。；;]{0,20}$/;
/**
 * `…提高至81.4%`, `…降至2022年底的2.8%`, `…增加至50趟`: the change and the level it reached, right after the figure or after the
 * same level in a second unit (`由13677户49479人减至887户1472人`).
 */
const MOVED_TO_AFTER = /^\s*(?:[\d.]+[万亿]?[^\d，,。；;、\s]{1,3})?(?:提高|提升|增加|增长|上升|下降|降低|减少|扩大|缩小|调整|增|降|减)(?:到|至|为)/;

/**
 * `村民组通畅率从2017年6月的69.5%提高至81.4%`, `低保标准由…2650元提高到3000元以上`: the first level is where the measure
 * stood before; the level it moved to is where it stands.
 */
function isLevelMovedFrom(clause: string, after: string): boolean {
  return MOVED_TO_AFTER.test(after) && MOVED_FROM_BEFORE.test(clause);
}
/**
 * `新开工24个项目总投资80亿元`: the whole cost of the projects named, planned when they were drawn up, not money spent; what is
 * spent is said so (`完成投资`, `累计完成总投资`).
 */
const TOTAL_COST_BEFORE = /(?<!完成|累计)总投资(?:约|达|为|共|共计)?\s*$/;
/**
 * `累计落实中央政府投资40亿元`, `落实上级补助资金3000万元`: money secured for the works, which pays for them, not money spent on
 * them (`完成投资`).
 */
const FUNDS_SECURED_BEFORE = /落实[^，,。；;\d完]{0,8}(?:投资|资金)(?:共|共计|约|达)?\s*$/;
/**
 * `首次突破400万亩,达到403.8万亩`: a round mark passed, then the figure reached in the next clause; the figure reached is the
 * result, and the mark only says how far it went, like the level a change starts from.
 */
const MARK_PASSED_BEFORE = /突破\s*$/;
const REACHED_RIGHT_AFTER = /^\s*[，,]\s*(?:达到|达|为)\s*[0-9０-９]/;
/** `现行13%的税率降至9%`, `现行标准每人每月500元`: the level in force before the change, the baseline of the new one. */
const IN_FORCE_BEFORE = /现行[^，,。；;\d]{0,6}$/;
const NEW = alternation(NEW_WORDS);

/** Whether the clause after a figure goes on to what of it is done (`209个重点点位` + `已报销账155个`): the figure is that whole. */
export function namesWholeBeforeDone(clauseAfterFigure: string): boolean {
  return WHOLE_BEFORE_DONE.test(clauseAfterFigure);
}

/**
 * `改造进度较快的市县有东方市(100%)、临高县(95%)`, `依次是古田县(104.9%)、蕉城区(103.5%)`: a bare percent in parentheses right after the
 * name of one place (not the whole, `全市`, `我县`) is that place's own rate, as reports rank their places: a part, never the row's share.
 */
const PLACE_BEFORE_PARENTHESIS = /[\u4e00-\u9fa5]{2}(?:市|县|区|州|旗|镇|乡|街道|村|社区)\s*[（(]\s*$/;
const WHOLE_BEFORE_PARENTHESIS = /(?:全|我|本|该|各)(?:省|市|县|区|州|旗|镇|乡|街道|村|社区)\s*[（(]\s*$/;

function isPlacesOwnRate(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.span.start - 10), quantity.span.start);
  return PLACE_BEFORE_PARENTHESIS.test(before) && !WHOLE_BEFORE_PARENTHESIS.test(before);
}

function isParenthesisedShare(text: string, quantity: Quantity): boolean {
  const before = text.slice(Math.max(0, quantity.span.start - 6), quantity.span.start).trimEnd();
  const after = text.slice(quantity.span.end, quantity.span.end + 2).trim();
  // `已完成8个（53%）`, `正在施工中（90%）`, `（完成率95%）`: a bare percent in parentheses is the share done.
  return /[（(](?:完成率?|完成进度|进度)?[为达]?$/.test(before) && (after.startsWith(')') || after.startsWith('）'));
}

/**
 * @example
 * figureRole('计划新建17家，已建成12家', quantityOf('17家')) // 'plan'
 * figureRole('完成年度任务的81%', quantityOf('81%'))        // 'share'
 */
/** Whether a percent of a target text is a share of a task to reach (`完成年度检查任务的70%以上`). */
export function isShareTarget(text: string, quantity: Quantity): boolean {
  return quantity.unitClass === 'percent' && SHARE_TARGET_BEFORE.test(clauseBefore(text, quantity.span.start, 30).trimEnd());
}

/** The name of a task, a plan or an aim, then a parenthesis the figure opens or stands early in (`任务(`, `年度目标（市里原定的`). */
const TASK_THEN_PARENTHESIS = /(?:任务|目标|计划)(?:数|量)?\s*[（(]([^（()）]{0,12})$/;
/** `年度任务（已完成12个）`: a parenthesis that says what is done holds the result. */
const DONE_IN_PARENTHESIS = /已|完成|实际|累计|截至/;

/** How far a quotation around a figure is looked for, each way. */
const QUOTE_REACH = 60;
/** Shorter quotations name things (`“两癌”`, `“司机之家”`, `“三个一”`); a longer one quotes words said. */
const QUOTED_WORDS_MIN = 10;

/**
 * `“…人均补助标准再增加30元”的承诺已兑现`: a figure inside quoted words of some length is the promise or task quoted, not
 * a result the report states.
 */
export function isInQuotedWords(text: string, quantity: Quantity): boolean {
  // Within a reach each way: a pasted cell of thousands of figures is not searched back to its start per figure.
  const { start, end } = quantity.span;
  const before = text.slice(Math.max(0, start - QUOTE_REACH), start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const close = text.slice(end, end + QUOTE_REACH).indexOf('”');
  return close >= 0 && (before.length - open - 1) + (end - start) + close >= QUOTED_WORDS_MIN;
}

/** `剩余2所`, `还剩3个`: what is left of the plan to do. */
const LEFT_TO_DO = /(?:剩余|剩下|尚余|还剩|余下)(?:的)?[^，,。；;\d]{0,6}$/;
/**
 * `已整改620家,余10家未到整改期限`, `已开工18个，余3个正在办理手续`: 余 alone opening the clause right before the figure is 剩余
 * written short, the part of the plan left. Only right before the figure: `余额`, `10余家` are other words.
 */
const LEFT_OPENING_THE_CLAUSE = /^\s*余\s*$/;
/** `尚有3个未开工`, `还有2所待验收`: what is not yet done, counted before the words that say so. */
const STILL_UNDONE_BEFORE = /(?:尚有|还有|仍有)[^，,。；;\d]{0,6}$/;
const STILL_UNDONE_AFTER = /^[^，,。；;]{0,12}(?:未|待|没有)/;

/**
 * `已办结20件，其余12件正在全力推进`, `其余12个项目正在紧张开展前期准备工作`: the rest of the plan, still being done, beside
 * what is done. `其余235家已全部完成签约` says the rest done, and `其余28个按序时推进` rates the rest against their schedules
 * (a state of each item, as a report that sorts its list by state gives it): both are counted as said.
 */
const THE_REST_BEFORE = /其余[^，,。；;\d]{0,6}$/;
const STILL_BEING_DONE_AFTER = /^[^，,。；;\d]{0,8}(?:正在|正加快|加快|尚未|未|待)/;

export function figureRole(text: string, quantity: Quantity): FigureRole {
  if (isInQuotedWords(text, quantity)) return 'plan';
  const clauseWords = clauseBefore(text, quantity.span.start, 30);
  // `目标2森林经营16.3万亩` in a 完成情况 cell: the item's numbered label is no plan word.
  const clause = clauseWords.slice(openingLabelLength(clauseWords));
  // What remains to do is the unfinished part of the plan, never the result: the result is what is done.
  if (LEFT_TO_DO.test(clause) || LEFT_OPENING_THE_CLAUSE.test(clause) || (STILL_UNDONE_BEFORE.test(clause) && STILL_UNDONE_AFTER.test(clauseAfter(text, quantity.span.end, 20)))) return 'plan';
  if (THE_REST_BEFORE.test(clause) && STILL_BEING_DONE_AFTER.test(clauseAfter(text, quantity.span.end, 20))) return 'plan';
  const percent = quantity.unitClass === 'percent';
  // A figure of the month alone, share or sum, is what the month added, not the result to date.
  if (isInSentenceOfTheSpanAlone(text, quantity.span.start)) return 'new';
  if (percent && isParenthesisedShare(text, quantity) && isPlacesOwnRate(text, quantity)) return 'part';
  // `预计年底…将超额完成任务,即:…完成率达到80%以上`: a share the forecast spells out is expected, not reached.
  if (isForecastSpeltOutAfterNamely(text, quantity.span.start)) return 'forecast';
  if (percent && (SHARE_BEFORE.test(clause.trimEnd()) || isParenthesisedShare(text, quantity))) return 'share';
  // `（目标9%）`, `（计划17家）`: a parenthesis that opens with a plan word.
  const parenthesis = clause.length < 9 ? /[（(]([^）)]{0,8})$/.exec(text.slice(Math.max(0, quantity.span.start - 9), quantity.span.start)) : null;
  if (parenthesis && PLAN_AT_START.test(parenthesis[1] ?? '')) return 'plan';
  // `完成省定任务(14266户)的229%`, `年度目标(50场)`: a parenthesis right after the task's name gives the task's figure.
  const afterTask = TASK_THEN_PARENTHESIS.exec(text.slice(Math.max(0, quantity.span.start - 20), quantity.span.start));
  if (afterTask && !DONE_IN_PARENTHESIS.test(afterTask[1] ?? '')) return 'plan';
  const after = clauseAfter(text, quantity.span.end, 40);
  if (BASELINE.test(after) || BASELINE.test(clause) || isLevelMovedFrom(clause, after) || IN_FORCE_BEFORE.test(clause)) return 'baseline';
  if (MARK_PASSED_BEFORE.test(clause) && REACHED_RIGHT_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 8))) return 'baseline';
  // `…240个的创建任务`, `…17家的目标`, `承诺的9万户改造目标`: the figure names a task, not a result.
  // `完成…133万份的任务` says the task is done: the figure is the result.
  if (/^\s*的?(?:创建|建设|改造|新建|改建|搬迁|年度|全年)?(?:任务|目标|计划)/.test(after) && !(TASK_DONE.test(clause) && !PLAN.test(clause)) && !isNextItemsLabel(after)) return 'plan';
  // `达430.56万人以上` reports a result; `不少于39个`, `力争…以上` restate an aim.
  const reached = /^达/.test(quantity.comparatorText) || /(?:已|累计|实际)[^，,。；;]{0,12}$/.test(clause);
  const aimed = PLANNING_COMPARATORS.some((word) => quantity.comparatorText.includes(word)) || (quantity.comparatorText.includes('以上') && INTENT.test(clause));
  if (!reached && aimed) return 'plan';
  if (FORECAST.test(clause) || isForecastOfItsSentence(text, quantity.span.start, clause)) return 'forecast';
  if (quantity.unitClass === 'money' && (TOTAL_COST_BEFORE.test(clause) || FUNDS_SECURED_BEFORE.test(clause))) return 'plan';
  if (DUE_AHEAD.test(clause)) return 'plan';
  // `对6家在建托育机构进行督导`: what an office oversees is the scope of its work, named as planned, not works done.
  if (/对\s*$/.test(clause) && OVERSIGHT_AFTER.test(after)) return 'plan';
  // `209个重点点位已报销账155个`: the whole, named before what of it is done.
  if (namesWholeBeforeDone(after)) return 'plan';
  if (PLAN.test(clause) && !/已|实际|累计|完成了|已完成|截至/.test(clause.slice(Math.max(...PLAN_WORDS.map((word) => clause.lastIndexOf(word))))) && !CHOICE_MADE.test(clause)) return 'plan';
  // `其中物业局负责26个,住建局负责25个,现已全部改造完成,共计投入资金1.06亿元`: a figure said in total sums the whole the parts
  // before it were of; the part its opener began has ended.
  if ((isInPartSentence(text, quantity.span.start) && !IN_TOTAL.test(clause) && !isFinishedAmongStarted(text, quantity.span.start, quantity.span.end, clause)) || /[（(]含$/.test(clause)) return 'part';
  if (NEW.test(clause)) return 'new';
  return 'actual';
}
