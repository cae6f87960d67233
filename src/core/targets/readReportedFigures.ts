/**
 * The figures a progress text reports (DOMAIN §4), each with the indicator it measures, its role (an
 * actual, a restated plan, a baseline, a part, an addition of the period, a completion share) and the
 * direction of a change it states.
 */
import { isResultOfAnEarlierYear } from './_lib/resultOfAnEarlierYear';
import { headedColumnRole, headerOfFigure, headerWords } from './_lib/headedColumnFigure';
import type { Quantity } from '../numbers/types';
import { quantitiesInContext } from './_lib/quantitiesInContext';
import type { QuantityContext } from './_lib/describeQuantity';
import { figureRole, isDifferenceFromEarlier, isInPartSentence, namesWholeBeforeDone, partOpenerBefore, type FigureRole } from './_lib/figureRole';
import { clauseAfter, clauseBefore } from './_lib/clauses';
import { allDoneShare, allStartedShare, countSaidDone, listedDone, noneFinishedShare } from './_lib/allDone';
import { everyIndicatorDoneShare, targetValueReachedShare } from './_lib/targetValueReached';
import { doneInOtherWordsShare } from './_lib/doneInOtherWords';
import { flatChange } from './_lib/flatChange';
import { basisBefore, withoutBasis } from './_lib/changeBasis';
import { namesNothing } from './_lib/namesNothing';
import { targetKind } from './_lib/targetKind';
import { directionOf, type Direction } from './_lib/quantityDirection';
import { figureStage, hasOnlyMainStructureFinished, type WorkStage } from './_lib/workStage';
import { listedStageRate } from './_lib/listedStageRate';
import { namesASpanAlone } from './_lib/spanAlone';

export interface ReportedStatement {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
  /** Stated like a target (`不少于`, `计划`, `（目标9%）`): a restatement of the plan, not a result. */
  readonly plannedFigure: boolean;
  readonly role: FigureRole;
  readonly direction: Direction;
  /** The figure's own words name nothing counted (`已完成8个`); its indicator, if any, is its sentence's subject. */
  readonly namesNothing: boolean;
  /** What it can be compared with (`targetKind`): its unit class, a measure by its measure. */
  readonly kind: string;
  /** The stage of works it counts (`已开工8个` start, `已完工7个` finish), null when its clause names none. */
  readonly stage: WorkStage | null;
  /** A completion share said of a part (`其中东区项目已完成总工程量的80%`): it answers only a target that is a part. */
  readonly shareOfPart?: true;
  /** For a completion share stated right after a figure (`…195所，完成年度计划的130%`): that figure, whose plan it is a share of. */
  readonly shareOf?: Quantity;
  /**
   * For a completion share stated right after the plan it is of (`完成省定任务(14266户)的229%`, `为全年任务740万元的56.6%`): that
   * plan. The share measures a target of that very figure, not another plan of the row in its unit.
   */
  readonly ofPlan?: Quantity;
  /**
   * For a share said one by one (分别) of figures the progress does not state (`上述两项指标…分别占国家下达任务的125.9%和111.5%`): its
   * place in that list and the list's length; it is the share of the row's target at the same place.
   */
  readonly placeInList?: { readonly index: number; readonly count: number };
  /** The whole named before what of it is done (`分解落实的20个项目已开工18个`): the figures after it in its clause are its parts. */
  readonly wholeBeforeDone?: true;
  /** A share of 100% said of a list of items done together: how many items it counts (it answers only a target of as many). */
  readonly itemsDone?: number;
  /**
   * The counting word of a count of works said done as a whole (`7所…项目已全部竣工`): the row's targets in that word that
   * add up to the count are each done.
   */
  readonly itemsWord?: string;
  /**
   * The report itself reckons the figure against the target (`已开工…9149套，大幅超过目标任务`): whatever stage of works it
   * counts, the report reads it as the target's progress.
   */
  readonly reckonedAsTarget?: true;
  /** The share of the plan the report reckons such a figure with (`…7899套,占年度目标任务的72.3%` → 72.3): which plan it is of. */
  readonly reckonedShare?: number;
  /**
   * How far an amount moved since an earlier date or year (`比上年同期增加54个`, `与8月底相比,增加开工量118万套`): the difference of
   * two amounts, not an amount reached, so it answers only a change to reach.
   */
  readonly differenceFromEarlier?: true;
  /**
   * A percent done of a part of the works (`室内装修工程完成80%`, `主体工程完成进度70%`): of the target's kind, since it
   * tells how far works are, but not of the whole, so it cannot say how far the target is.
   */
  readonly shareOfWorksPart?: true;
  /**
   * A rate of the works at one stage (`开工率100%`, `基本建成率100%`): the share of the target's works that reached it. It
   * answers a target of that stage as its share; it only rates the starts of a target to build.
   */
  readonly stageRate?: true;
  /**
   * Works counted with only their main structure finished (`主体已完工6项`): under way, of the kind a target to build counts,
   * so the target has a figure of its kind that does not say how many are built.
   */
  readonly mainStructureOnly?: true;
  /**
   * A completion share its own words say is of money (`年度计划投资完成率84.92%`, `完成年度投资计划的81%`): how much of an
   * investment plan is spent, which says nothing of how many projects or things are done.
   */
  readonly shareOfMoney?: true;
  /**
   * A completion share its own words say is of the works themselves (`已完成总工程量的43.9%`, `形象进度85%`): how far the building
   * has gone, which says nothing of how much money is spent.
   */
  readonly shareOfWorks?: true;
  /** The basis a change states it is reckoned on (`自然口径增长4.3%` → `自然口径`), when its words state one. */
  readonly basis?: string;
  /**
   * The share 100% made of words that say the row's whole work is done (`这些任务均已完成`, `已全部完工`): it says every
   * target of the row is reached, a rate or a change as much as a count.
   */
  readonly wholeDoneInWords?: true;
  /**
   * The share 0% made of words that say none of the works started is finished (`暂时还没有已完工的`): the one figure of a
   * target to build where the progress counts only starts beside it.
   */
  readonly noneFinishedInWords?: true;
}

/**
 * @example
 * readReportedFigures('截至 9 月底，全市共完成“两癌”筛查 126825 人，完成年度任务的 81%。', 2021)
 *   .map((figure) => [figure.quantity.value, figure.context.indicator, figure.role])
 * // [[126825, '“两癌”筛查', 'actual'], [81, '年度任务', 'share']]
 */
export function readReportedFigures(text: string, year: number | null, yearsOfTheTask: ReadonlySet<number> | null = null): ReportedStatement[] {
  const figures = withFlatChange(text, withSeriesOfPeriods(text, withLaterSpansPreferred(text, withPeriodsAddedBesideTheirTotal(text, withWorksUnderWay(text, withPairsOfOneWork(text, withRatesOfAmounts(text, withSharesOfFigures(text, withWholesCountedFrom(text, withoutABatch(readFigures(text, year, yearsOfTheTask)))))))))));
  // `已全部完成` without a share of its own: the words are the share, 100%.
  // A rate of one stage (`开工率100%`) is no share of the whole: words saying it all started or done still count.
  const statesAShare = figures.some((figure) => figure.role === 'share' && figure.stageRate !== true);
  // Every aim of the item said reached is said of the whole, whatever share a part of it is given.
  const allDone = statesAShare ? everyIndicatorDoneShare(text) : allDoneShare(text) ?? doneInOtherWordsShare(text) ?? targetValueReachedShare(text);
  if (statesAShare && allDone === null) return figures;
  if (allDone !== null) {
    const said: ReportedStatement = { ...allDone, plannedFigure: false, role: 'share', direction: null, namesNothing: true, kind: 'percent', stage: null, wholeDoneInWords: true };
    return [...figures, said].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
  }
  // `甲校、乙校…食堂已完工并投用`: all of a list done, which answers a target of as many items.
  const listed = listedDone(text);
  if (listed === null) return withCountDone(text, figures);
  const { items, ...figure } = listed;
  const said: ReportedStatement = { ...figure, plannedFigure: false, role: 'share', direction: null, namesNothing: false, kind: 'percent', stage: 'finish', itemsDone: items };
  return [...figures, said].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
}

/** `7所…项目已全部竣工`: a count of works all done, which answers the targets it covers; else the works all started. */
function withCountDone(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  const counted = countSaidDone(text);
  if (counted === null) return withAllStarted(text, figures);
  const { items, unit, ...figure } = counted;
  const said: ReportedStatement = { ...figure, plannedFigure: false, role: 'share', direction: null, namesNothing: false, kind: 'percent', stage: 'finish', itemsDone: items, itemsWord: unit };
  return [...figures, said].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
}

/** `已全部开工`: every work started, the share 100% of the works started (a target of starts is met by it, no other). */
function withAllStarted(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  const allStarted = allStartedShare(text);
  if (allStarted === null) return figures;
  const said: ReportedStatement = { ...allStarted, plannedFigure: false, role: 'share', direction: null, namesNothing: true, kind: 'percent', stage: 'start' };
  return [...figures, said, ...noneOfTheStartedFinished(text)].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
}

/**
 * `已全部开工…暂时还没有已完工的`: none of the works said started is finished, the share 0% of a target to build — read only
 * where the works are said started, the one place such words stand.
 */
function noneOfTheStartedFinished(text: string): ReportedStatement[] {
  const noneFinished = noneFinishedShare(text);
  return noneFinished === null ? [] : [{ ...noneFinished, plannedFigure: false, role: 'share', direction: null, namesNothing: true, kind: 'percent', stage: 'finish', noneFinishedInWords: true }];
}

/** `一批`: a Chinese 一 with 批 says "a number of" (`一批新项目顺利开工建设`), as the task's `一批` is a phrase and no count. */
function isABatch(figure: ReportedStatement): boolean {
  return figure.quantity.unit === '批' && figure.quantity.value === 1 && figure.quantity.text.startsWith('一');
}

/** The figures without `一批`; the rare text that writes one is the only one copied. */
function withoutABatch(figures: ReportedStatement[]): ReportedStatement[] {
  return figures.some(isABatch) ? figures.filter((figure) => !isABatch(figure)) : figures;
}

/** Only words between a whole and its count (`重点项目`, `百大项目开复工`): no mark, figure or bracket. */
const WORDS_OF_THE_WHOLE = /^[^，,。；;：:、\d０-９（()）]{1,16}$/;
/** The verb of the count that follows, closing those words (`动工`, `开复工`, `已完成`). */
const COUNTING_VERB_CLOSING = /(?:动工|开工|开复工|开[(（]复[)）]工|复工|完成|竣工|完工|建成|启动|实施)了?$/;

/**
 * `76个重点项目动工60个`, `145个百大项目开复工92个`: a count of things, then their words and a verb, then a smaller count in the
 * same word: the first is the whole the second is counted out of, the list restated as the report's subject, not a result.
 * It is read as the plan restated. One look at each pair of neighbouring figures.
 */
function withWholesCountedFrom(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  let result: ReportedStatement[] | null = null;
  for (let index = 0; index + 1 < figures.length; index += 1) {
    const whole = figures[index];
    const count = figures[index + 1];
    if (whole === undefined || count === undefined || whole.kind !== 'count' || count.kind !== 'count' || whole.role !== 'actual') continue;
    if (whole.quantity.unit !== count.quantity.unit || count.quantity.value >= whole.quantity.value) continue;
    const between = text.slice(whole.quantity.span.end, count.quantity.span.start);
    if (!WORDS_OF_THE_WHOLE.test(between) || !COUNTING_VERB_CLOSING.test(between)) continue;
    result ??= figures.slice();
    result[index] = { ...whole, role: 'plan' };
  }
  return result ?? figures;
}

/**
 * How many figures after one are read for what they say of it: a sentence states a few; a pasted cell without
 * marks is one sentence of thousands, where looking further would make reading quadratic.
 */
const FIGURES_NEARBY = 8;

/** A share of the works themselves (`已完成总工程量的90%`, `形象进度85%`), not of a plan. */
const SHARE_OF_THE_WORKS = /(?:工程量|工程进度|形象进度)[^，,。；;\d]{0,4}$/;

/** Nothing or a 、 between two figures: the second goes on counting what the first counts. */
const PAIRED_RIGHT_AFTER = /^\s*、?\s*$/;

/**
 * One work counted in two units, the second figure right after the first (`已动工2.65万户9.95万人`, `其中已竣工1.42万户5.26万人`,
 * `已开工4.09万套、344.74万平方米,占今年计划的30.8%`): the second names nothing of its own and counts the same works, so it has
 * the first's stage and standing (a part only where the first is), and a share the report reckons against the plan for one of the
 * pair reckons the other too. A second figure that names its own thing (`完成投资5亿元、新建学校3所`) is a statement of its own.
 */
function withPairsOfOneWork(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  let result: ReportedStatement[] | null = null;
  for (let index = 1; index < figures.length; index += 1) {
    const first = (result ?? figures)[index - 1];
    const second = figures[index];
    if (first === undefined || second === undefined || !second.namesNothing || first.context.sentenceStart !== second.context.sentenceStart) continue;
    if (!isWorkCount(first.quantity) || !isWorkCount(second.quantity) || first.quantity.unit === second.quantity.unit) continue;
    if (first.role !== 'actual' && first.role !== 'part' && first.role !== 'new') continue;
    if (second.role !== 'actual' && second.role !== 'part' && second.role !== 'new') continue;
    if (!PAIRED_RIGHT_AFTER.test(text.slice(first.quantity.span.end, second.quantity.span.start))) continue;
    const reckoned = first.reckonedAsTarget === true || second.reckonedAsTarget === true ? true : undefined;
    const paired: ReportedStatement = { ...second, role: first.role, stage: second.stage ?? first.stage, reckonedAsTarget: reckoned };
    if (paired.role === second.role && paired.stage === second.stage && paired.reckonedAsTarget === second.reckonedAsTarget && first.reckonedAsTarget === reckoned) continue;
    result ??= figures.slice();
    result[index] = paired;
    if (first.reckonedAsTarget !== reckoned) result[index - 1] = { ...first, reckonedAsTarget: reckoned };
  }
  return result ?? figures;
}

/** A count of works or people, or a measure of works: what one work can be counted in twice. */
function isWorkCount(quantity: Quantity): boolean {
  return quantity.unitClass === 'count' || quantity.unitClass === 'people' || quantity.unitClass === 'measure';
}

/**
 * `新建成保障性住房共2处合计1721套，其中…(828套)已完成总工程量的90%`: a count whose parts (其中) are said to be part-way done
 * (a share of their works below the whole) counts works under way, whatever verb it came with: it is the works' size.
 */
function withWorksUnderWay(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  let result: ReportedStatement[] | null = null;
  for (let index = 0; index < figures.length; index += 1) {
    const figure = figures[index];
    if (figure === undefined || figure.stage === 'start' || figure.stage === 'ongoing' || (figure.quantity.unitClass !== 'count' && figure.quantity.unitClass !== 'measure')) continue;
    for (let next = index + 1; next < Math.min(figures.length, index + 1 + FIGURES_NEARBY); next += 1) {
      const later = figures[next];
      if (later === undefined || later.context.sentenceStart !== figure.context.sentenceStart) break;
      if (later.role !== 'share' || later.quantity.value >= 100) continue;
      if (!SHARE_OF_THE_WORKS.test(text.slice(Math.max(0, later.quantity.span.start - SHARE_OF_A_PLAN_REACH), later.quantity.span.start))) continue;
      // Of its parts (`其中…`): the works of the whole are under way; a share of the whole's own works may be of other works.
      const between = text.slice(figure.quantity.span.end, later.quantity.span.start);
      if (!between.includes('其中') && !between.includes('包括')) continue;
      result ??= figures.slice();
      result[index] = { ...figure, stage: 'ongoing' };
      break;
    }
  }
  return result ?? figures;
}

/** `完成率8.7%`, `完成进度为60%`: a completion rate that names nothing of its own, alone in its clause. */
const BARE_COMPLETION_RATE = /^\s*(?:完成率|完成进度)(?:为|达到?|已达)?\s*$/;
/** Only a clause mark between the figure and the rate's clause. */
const CLAUSE_MARK_ONLY = /^\s*[，,]\s*$/;

function isBareRateRightAfter(text: string, figureEnd: number, share: ReportedStatement): boolean {
  const clause = clauseBefore(text, share.quantity.span.start, SHARE_OF_A_PLAN_REACH);
  if (!BARE_COMPLETION_RATE.test(clause)) return false;
  return CLAUSE_MARK_ONLY.test(text.slice(figureEnd, share.quantity.span.start - clause.length));
}

/**
 * `完成年度计划的130%`, `占年度任务70.8%`, and without 的 (`完成年度计划31%`, `完成市计划134.2%`): the words of a share of a
 * plan, which reports write either way.
 */
const SHARE_OF_A_PLAN = /(?:计划|任务|目标|预算)[^，,。；;\d]{0,6}的\s*$|占[^，,。；;\d]{0,12}$|完成了?[^，,。；;\d]{0,6}(?:计划|任务|目标|预算)\s*$/;
const SHARE_OF_A_PLAN_REACH = 20;

/** `分别完成年度任务的`, `分别占国家下达任务的`: the shares after it are given one by one, one for each figure listed before them. */
const SHARES_ONE_BY_ONE = /分别[^，,。；;\d]*$/;

/** How many shares stand in one list from `first` on (`100%、100.1%`, `125.9%和111.5%`). */
function listedSharesFrom(text: string, figures: readonly ReportedStatement[], first: number): number {
  let count = 1;
  for (let index = first + 1; index < figures.length; index += 1) {
    const share = figures[index];
    const previous = figures[index - 1];
    if (share === undefined || previous === undefined || share.role !== 'share' || !LISTED_RIGHT_AFTER.test(text.slice(previous.quantity.span.end, share.quantity.span.start))) break;
    count += 1;
  }
  return count;
}

/**
 * `新开工11万套、基本建成13.21万套，分别完成年度任务的100%、100.1%`: a list of shares said one by one (分别) is of the figures
 * listed before it in its sentence, in their order — the first share of the first figure, not of the figure right before it.
 * Where the sentence lists fewer figures than shares (`上述两项指标…分别占国家下达任务的125.9%和111.5%`), the shares are of
 * figures it does not state: no share is tied to a figure, each keeps its place in the list.
 */
function withSharesOfListedFigures(figures: readonly ReportedStatement[], first: number, count: number, result: ReportedStatement[] | null): ReportedStatement[] {
  const sentence = figures[first]?.context.sentenceStart;
  const amounts: ReportedStatement[] = [];
  for (let index = first - 1; index >= 0 && amounts.length < count; index -= 1) {
    const figure = figures[index];
    if (figure === undefined || figure.context.sentenceStart !== sentence) break;
    if (figure.quantity.unitClass !== 'percent' && figure.quantity.unitClass !== 'points') amounts.unshift(figure);
  }
  const paired = result ?? figures.slice();
  for (let offset = 0; offset < count; offset += 1) {
    const share = paired[first + offset];
    const amount = amounts.length === count ? amounts[offset] : undefined;
    if (share !== undefined) paired[first + offset] = { ...share, shareOf: amount?.quantity, placeInList: amount === undefined ? { index: offset, count } : undefined };
  }
  return paired;
}

/**
 * `省级财政补助资金下达4.2288亿元，完成年度计划的100.69%`: a completion share stated right after a figure of its sentence is
 * the share of that figure's plan (here the funding), and measures only what that figure measures. A rate before it
 * (`开工率80%，完成年度任务的85%`) is no such figure: the share is then the row's.
 */
/** `省定任务(`, `年度投资计划`, `全年任务`: the plan's name right before its figure. */
const PLAN_NAMED_BEFORE = /(?:计划|任务|预算|目标)(?:数)?[^，,。；;\d]{0,6}[（(]?\s*$/;
const PLAN_NAME_REACH = 14;
/** `)的`, `的`: only the closing of the plan's parenthesis and 的 between the plan's figure and its share. */
const PLAN_THEN_SHARE = /^\s*[)）]?\s*的\s*$/;

/**
 * `目标任务的`, `年度开工任务的`, `年计划的`, `任务数的`: the plan's name after its figure, then 的 and the share. Not a share that
 * opens its own clause after the figure (`累计完成投资2525.92亿元、占年度计划的39.17%`): a listing mark or 占 between them makes the
 * figure the amount the share rates, not the plan it is of.
 */
const PLAN_NAMED_THEN_SHARE = /^\s*[^，,。；;、占\d%％]{0,8}?(?:计划|任务|预算|目标)(?:数|量)?(?:投资)?\s*的\s*$/;
/** `完成全年`, `占国家下达`, `为`: the words of a share before the plan it is of. */
const SHARE_OF_PLAN_OPENS = /(?:占|完成了?|为)[^，,。；;\d]{0,8}$/;

/**
 * `完成省定任务(14266户)的229%`, `完成年度投资计划6.48亿元的70.22%`, and with the plan's name after its figure (`完成全年23万人目标任务
 * 的95.17%`, `占国家下达12万套年度开工任务的55%`, `完成4600人年计划的61.78%`): the figure is the plan the share right after it is of.
 */
function isThePlanOfTheShare(text: string, plan: Quantity, share: Quantity): boolean {
  const between = text.slice(plan.span.end, share.span.start);
  const before = text.slice(Math.max(0, plan.span.start - PLAN_NAME_REACH), plan.span.start);
  if (PLAN_THEN_SHARE.test(between)) return PLAN_NAMED_BEFORE.test(before);
  return PLAN_NAMED_THEN_SHARE.test(between) && SHARE_OF_PLAN_OPENS.test(before);
}

function withSharesOfFigures(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  let result: ReportedStatement[] | null = null;
  // From the first figure: a list of shares may open the progress (`竣工、续建、新开工项目完成率分别为38%、27%、14%`).
  for (let index = 0; index < figures.length; index += 1) {
    const share = figures[index];
    const before = index > 0 ? figures[index - 1] : undefined;
    if (share !== undefined && share.role === 'share' && SHARES_ONE_BY_ONE.test(clauseBefore(text, share.quantity.span.start, SHARE_OF_A_PLAN_REACH))) {
      const listed = listedSharesFrom(text, figures, index);
      if (listed >= 2) {
        result = withSharesOfListedFigures(figures, index, listed, result);
        index += listed - 1;
        continue;
      }
    }
    if (share === undefined || before === undefined || share.role !== 'share' || before.context.sentenceStart !== share.context.sentenceStart) continue;
    // A share of a plan (`完成年度计划的130%`, `占年度任务70.8%`), or a bare completion rate in the clause right after the
    // figure (`建筑面积25.35万平方米,完成率8.7%`); not a rate named for itself (`投资完成率37.44%`, `达到100%`).
    if (before.quantity.unitClass === 'percent' || before.quantity.unitClass === 'points') continue;
    if (isThePlanOfTheShare(text, before.quantity, share.quantity)) {
      result ??= figures.slice();
      result[index] = { ...share, ofPlan: before.quantity };
      // The plan named inside the share's words is restated, whatever its own words looked like (`完成全年55万人任务的`).
      if (before.role !== 'plan') result[index - 1] = { ...before, role: 'plan', reckonedAsTarget: undefined };
      continue;
    }
    const wordsBefore = text.slice(Math.max(0, share.quantity.span.start - SHARE_OF_A_PLAN_REACH), share.quantity.span.start);
    if (!SHARE_OF_A_PLAN.test(wordsBefore) && !isBareRateRightAfter(text, before.quantity.span.end, share)) continue;
    // `954个市重点项目完成年度计划投资的54.83%`: a share its own words say is of an investment plan is of money, not of the
    // count of projects that opens its sentence.
    if (share.shareOfMoney === true && before.quantity.unitClass !== 'money') continue;
    result ??= figures.slice();
    result[index] = { ...share, shareOf: before.quantity };
    // `开工…公办幼儿园195所，完成年度计划的130%`: works started measured against the year's plan are what the report reckons as
    // the target's progress (DOMAIN §4, works started), unlike a rate that only rates the starts (`开工率80%`).
    if (before.stage === 'start' && share.stageRate !== true && SHARE_OF_A_PLAN.test(wordsBefore)) result[index - 1] = { ...before, reckonedAsTarget: true, reckonedShare: share.quantity.value };
  }
  return result ?? figures;
}

/** Only a comma or a listing mark between an amount and the `占…的` of its rate. */
const RATE_OF_THE_AMOUNT_OPENS = /^\s*[，,、]?\s*$/;

/**
 * `全县土地流转面积138.133万亩,占“三调”面积的63.08%`: a percent said as what the amount right before it makes of a whole is the rate
 * of that amount (`土地流转率`): it measures what the amount's words name, so it carries them as its other words.
 */
function withRatesOfAmounts(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  let result: ReportedStatement[] | null = null;
  for (let index = 1; index < figures.length; index += 1) {
    const rate = figures[index];
    const amount = figures[index - 1];
    if (rate === undefined || amount === undefined || rate.quantity.unitClass !== 'percent' || rate.role !== 'actual' || rate.context.otherIndicator !== '') continue;
    if (!rate.context.phrase.startsWith('占') || amount.quantity.unitClass === 'percent' || amount.quantity.unitClass === 'points' || amount.context.indicator === '') continue;
    if (!RATE_OF_THE_AMOUNT_OPENS.test(text.slice(amount.quantity.span.end, rate.context.phraseStart))) continue;
    result ??= figures.slice();
    result[index] = { ...rate, context: { ...rate.context, otherIndicator: amount.context.indicator } };
  }
  return result ?? figures;
}

/** `1-5月`, `1—6月`: a span of months from the year's start, read for the month it ends in. */
const SPAN_OF_MONTHS = /1\s*[-—–~至到]\s*(\d{1,2})\s*月/g;
/** How far back from a figure its span of months is looked for. */
const SPAN_REACH = 60;

/** The month the last span of months before `to` in its sentence ends in (`1-5月,…增长4.2%` → 5), else 0. */
function spanMonthBefore(text: string, from: number, to: number): number {
  let month = 0;
  SPAN_OF_MONTHS.lastIndex = Math.max(from, to - SPAN_REACH);
  for (let match = SPAN_OF_MONTHS.exec(text); match !== null && match.index < to; match = SPAN_OF_MONTHS.exec(text)) month = Number(match[1]);
  return month;
}

/**
 * `1-5月,一般公共预算收入…增长4.2%,预计1-6月收入…增长6.2%`: one measure stated for two spans of the year, the later
 * superseding the earlier — the earlier figure is a baseline, and the later one also answers to the earlier's words.
 */
function withLaterSpansPreferred(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  if (!text.includes('月')) return figures;
  let result: ReportedStatement[] | null = null;
  const months = figures.map((figure) => spanMonthBefore(text, figure.context.sentenceStart, figure.quantity.span.start));
  for (let index = 0; index < figures.length; index += 1) {
    const earlier = figures[index];
    const earlierMonth = months[index] ?? 0;
    if (earlier === undefined || earlierMonth === 0 || earlier.role !== 'actual') continue;
    for (let next = index + 1; next < Math.min(figures.length, index + 1 + FIGURES_NEARBY); next += 1) {
      const later = figures[next];
      if (later === undefined || later.context.sentenceStart !== earlier.context.sentenceStart) break;
      if ((months[next] ?? 0) <= earlierMonth || later.role !== 'actual' || later.quantity.unit !== earlier.quantity.unit || (later.direction === null) !== (earlier.direction === null)) continue;
      result ??= figures.slice();
      result[index] = { ...earlier, role: 'baseline', plannedFigure: false };
      const current = result[next] ?? later;
      result[next] = { ...current, context: { ...current.context, otherIndicator: earlier.context.indicator } };
      break;
    }
  }
  return result ?? figures;
}

/** `累计完成`, `累计完成面积(亩)`, `今年以来累计`: the words of a running total, ending right before the figure. */
const RUNNING_TOTAL_BEFORE = /累计[^|｜\d]{0,12}$/;
/** How far back the words of a period or a running total are read before a figure. */
const PERIOD_WORDS_REACH = 20;

function isRunningTotal(text: string, figure: ReportedStatement): boolean {
  return (figure.role === 'actual' || figure.role === 'new' || figure.role === 'share') && figure.direction === null
    && RUNNING_TOTAL_BEFORE.test(clauseBefore(text, figure.quantity.span.start, PERIOD_WORDS_REACH));
}

/**
 * `本月完成280亩，累计完成8846亩`, `当月完成面积(亩) 280 | 累计完成面积(亩) 8846`, `今日造林27亩,累计完成1778亩`, `9月份完成投资5亿元,
 * 1-9月累计完成投资38亿元`: what the month (or quarter, week, day) alone added beside
 * the running total of the same measure is a piece of that total, which is what the year's task is reckoned against; the
 * period's figure is no result of its own, so it is set aside (read as a baseline) and the total answers. Reached only
 * when the progress says 累计 and names a span alone (spanAlone).
 */
function withPeriodsAddedBesideTheirTotal(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  if (!text.includes('累计') || figures.length < 2) return figures;
  let result: ReportedStatement[] | null = null;
  for (let index = 0; index < figures.length; index += 1) {
    const period = figures[index];
    if (period === undefined || (period.role !== 'actual' && period.role !== 'new' && period.role !== 'share') || period.direction !== null) continue;
    if (!namesASpanAlone(clauseBefore(text, period.quantity.span.start, PERIOD_WORDS_REACH))) continue;
    const from = Math.max(0, index - FIGURES_NEARBY);
    const to = Math.min(figures.length, index + 1 + FIGURES_NEARBY);
    for (let other = from; other < to; other += 1) {
      const total = figures[other];
      // A share beside a share (`9月份完成年度计划的10%,累计完成…的76%`), an amount beside an amount.
      if (other === index || total === undefined || total.quantity.unit !== period.quantity.unit || (total.role === 'share') !== (period.role === 'share') || !isRunningTotal(text, total)) continue;
      result ??= figures.slice();
      result[index] = { ...period, role: 'baseline', plannedFigure: false };
      break;
    }
  }
  return result ?? figures;
}

/** `分别为`, `分别较2015年下降`: the figures after it are given one by one, one for each thing or period named before. */
const ONE_BY_ONE = /分别[^，,。；;\d]{0,4}(?:\d{4}年)?[^，,。；;\d]{0,4}$/;
/** Only a list mark between two figures of one list (`5.0%、5.0%和5.1%`). */
const LIST_MARK_ONLY = /^\s*[、和及与,，]\s*$/;
/** How far before `分别` the periods of a series are looked for. */
const SERIES_REACH = 60;
/** `1至3月份`, `1-3月`: the months of a span named one by one, from its first to its last. */
const MONTHS_OF_A_SPAN = /(\d{1,2})\s*[至到\-—–~]\s*(\d{1,2})\s*月(?:份)?[^。；;\d]{0,30}$/;
/** `2016年、2017年、2018年上半年`: years (or a year's part) listed with 、 or 和. */
const YEARS_LISTED = /\d{4}年(?:上半年|下半年|前三季度)?(?:\s*[、和及]\s*\d{4}年(?:上半年|下半年|前三季度)?)+/g;
/** `前3年`, `前三年`: the first years of a plan, one figure for each. */
const FIRST_YEARS = /前\s*([2-9二三四五])\s*年/;
const CHINESE_DIGITS = '〇一二三四五六七八九';

/** How many periods the words before a list name one by one (`1至3月份` → 3, `2016年、2017年、2018年上半年` → 3), else 0. */
function periodsNamedBefore(words: string): number {
  const span = MONTHS_OF_A_SPAN.exec(words);
  if (span !== null) {
    const count = Number(span[2]) - Number(span[1]) + 1;
    if (count >= 2 && count <= 12) return count;
  }
  let years = 0;
  for (const match of words.matchAll(YEARS_LISTED)) years = match[0].split(/[、和及]/).length;
  if (years >= 2) return years;
  const first = FIRST_YEARS.exec(words);
  if (first === null) return 0;
  const digit = first[1] ?? '';
  return /\d/.test(digit) ? Number(digit) : CHINESE_DIGITS.indexOf(digit);
}

/**
 * `1至3月份,全国城镇调查失业率分别为5.0%、5.0%和5.1%`, `2016年、2017年、2018年上半年…浓度分别较2015年下降16.7%、21.2%、21.2%`:
 * one rate or level given one by one for as many periods as the words before name, in their order. The last is where it
 * stands; the earlier ones are where it stood, baselines of it. Counts given so (`分别完成改造39.6万套、41.3万套`) add up instead.
 */
function withSeriesOfPeriods(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  if (!text.includes('分别')) return figures;
  let result: ReportedStatement[] | null = null;
  for (let index = 0; index < figures.length; index += 1) {
    const first = figures[index];
    // Rates and levels are states, each period's replacing the last; counts of each period add up, and none stands for all.
    if (first === undefined || (first.role !== 'actual' && first.role !== 'part') || (first.quantity.unitClass !== 'percent' && first.quantity.unitClass !== 'points')) continue;
    const before = clauseBefore(text, first.quantity.span.start, SERIES_REACH);
    if (!ONE_BY_ONE.test(before)) continue;
    let last = index;
    while (last + 1 < figures.length) {
      const previous = figures[last];
      const next = figures[last + 1];
      if (previous === undefined || next === undefined || next.quantity.unit !== first.quantity.unit || next.role !== first.role) break;
      if (!LIST_MARK_ONLY.test(text.slice(previous.quantity.span.end, next.quantity.span.start))) break;
      last += 1;
    }
    const count = last - index + 1;
    const opener = text.lastIndexOf('分别', first.quantity.span.start);
    const words = text.slice(Math.max(first.context.sentenceStart, opener - SERIES_REACH), opener);
    if (count >= 2 && periodsNamedBefore(words) === count) {
      result ??= figures.slice();
      for (let earlier = index; earlier < last; earlier += 1) {
        const figure = result[earlier];
        if (figure !== undefined) result[earlier] = { ...figure, role: 'baseline', plannedFigure: false };
      }
    }
    index = last;
  }
  return result ?? figures;
}

/** `与上年持平`: a change of 0%, in reading order among the figures (most texts say no such thing). */
function withFlatChange(text: string, figures: ReportedStatement[]): ReportedStatement[] {
  if (!text.includes('持平')) return figures;
  const flat = flatChange(text);
  if (flat === null) return figures;
  const said: ReportedStatement = { ...flat, plannedFigure: false, role: 'actual', direction: null, namesNothing: true, kind: 'percent', stage: null };
  return [...figures, said].sort((left, right) => left.quantity.span.start - right.quantity.span.start);
}

/** `…，大幅超过目标任务`, `，已完成全年目标`, `，超额完成年度计划`: the clause after the figure measures it against the target. */
const RECKONED_AGAINST_TARGET = /^[^，,。；;\d]{0,6}[，,]\s*(?:已经?|均已|大幅|提前)?(?:超过|超出|超额完成|完成|达到|实现)了?(?:全年|年度|既定)?(?:目标|计划)(?:任务)?\s*(?:[。；;，,]|$)/;
const RECKONING_REACH = 24;
/** `…装修工程完成80%`, `场外工程完成70%`, `主体施工进度达60%`: a part of the works named, then how much of it is done. */
const WORKS_PART_DONE = /(?:工程|施工|装修|安装|主体|基础|土建)[^，,。；;\d]{0,4}(?:完成|进度|完成进度)(?:了|为|达到?|已达)?$/;
const WORKS_PART_REACH = 30;
/** `投资完成率`, `年度计划投资完成率`, `完成年度投资计划的`: the words of a share, in its clause, that name money spent. */
const MONEY_OF_A_SHARE = /投[资資]|[资資]金/;
const MONEY_REACH = 16;
/** `项目开工率100%`, `开复工率达92%`, `开(复)工率90.6%`: the share of the works started. */
const START_RATE = /(?:开工|开复工|开[(（]复[)）]工|复工|动工)率(?:分别)?(?:为|是|达到?|已达)?$/;
/** `基本建成率100%`, `竣工率85%`: the share of the works finished. `分别` may stand after 率 (`开工率分别达到54%、73%`): see listedStageRate. */
const FINISH_RATE = /(?:完工|竣工|建成|交付)率(?:分别)?(?:为|是|达到?|已达)?$/;
const STAGE_RATE_REACH = 12;

/**
 * `三通一平开工建设45个，已完工22个`: works finished of a preparatory part named as the sentence's subject (site preparation,
 * the main structure) are works under way, as `已完成主体建设` said in the figure's own clause is.
 */
const PREPARATORY_PART = /三通一平|场地平整|主体(?:工程|结构|建设|施工)/;

function stageOfWorks(text: string, quantity: Quantity, subject: string): WorkStage | null {
  const stage = figureStage(text, quantity.span.start, quantity.span.end);
  return stage === 'finish' && PREPARATORY_PART.test(subject) ? 'ongoing' : stage;
}

/** Only a listing mark between two figures (`-3.75%、-36.52%`, `125.9%和111.5%`): the second is the next item of one list. */
const LISTED_RIGHT_AFTER = /^\s*[、和及]\s*$/;

/**
 * A figure `figureRole` read as a part: still a part when some amount before its opener in the sentence is of its kind, or
 * when none is there before the opener (the whole is of no kind the sentence states); else it is no part of that whole.
 */
function partOrOwnStatement(text: string, start: number, kind: string, amountStarts: readonly number[], amountKinds: readonly string[], count: number): FigureRole {
  const opener = partOpenerBefore(text, start);
  let wholes = 0;
  for (let index = 0; index < count; index += 1) {
    if ((amountStarts[index] ?? Infinity) >= opener) continue;
    if (amountKinds[index] === kind) return 'part';
    wholes += 1;
  }
  return wholes > 0 ? 'actual' : 'part';
}

/** The stage of a rate whose words (`开工率`, `竣工率达`) close the clause right before a percent; null for none. */
function stageOfRateBefore(text: string, start: number): WorkStage | null {
  const rateClause = clauseBefore(text, start, STAGE_RATE_REACH).trimEnd();
  if (rateClause === '') return null;
  return START_RATE.test(rateClause) ? 'start' : FINISH_RATE.test(rateClause) ? 'finish' : null;
}

function readFigures(text: string, year: number | null, yearsOfTheTask: ReadonlySet<number> | null): ReportedStatement[] {
  // The last indicator of the current sentence that named something: `一般公共预算收入完成114814万元，…增长31.2%`.
  let subject = '';
  let subjectSentence = -1;
  // A figure listed right after another (`分别增长-3.75%、-36.52%`) shares its direction.
  let previous: { end: number; direction: Direction; role: FigureRole; rateStage: WorkStage | null } | null = null;
  // Where the amounts (no rates) read so far in the current sentence start, and their kinds, for the parts named after them.
  const amountStarts: number[] = [];
  const amountKinds: string[] = [];
  let amountsRead = 0;
  let kindsSentence = -1;
  return quantitiesInContext(text, year, false, (quantity, context): ReportedStatement => {
    const listedAfterPrevious = previous !== null && LISTED_RIGHT_AFTER.test(text.slice(previous.end, quantity.span.start));
    // `完成投资计划(万元) 13984`, `计划任务数 3698`: a table's column says whether its amount is the plan or what was done; a
    // percent column (`完成工作进度(%) 100`) is read as any percent is.
    const header = quantity.unitClass === 'percent' ? null : headerOfFigure(text, quantity);
    let role = (header ? headedColumnRole(headerWords(text, header)) : null) ?? figureRole(text, quantity);
    // `据悉,2009年,全省建成农村公路31035公里` in a report of 2010: last year's result, the ground of this year's aim.
    // Read only where the row's task is known: a year the task names itself is the task's, and its results answer it.
    if ((role === 'actual' || role === 'new') && year !== null && yearsOfTheTask !== null && isResultOfAnEarlierYear(text, context.sentenceStart, quantity.span.start, year, yearsOfTheTask)) role = 'baseline';
    // `投入资金95.43亿元,其中市以上专项补助资金45.09亿元,累计搬迁安置54.17万人`: a part is of its whole's kind. A figure after the
    // opener of a kind none of the amounts before it in the sentence has is a statement of its own.
    if (context.sentenceStart !== kindsSentence) {
      kindsSentence = context.sentenceStart;
      amountsRead = 0;
    }
    const kind = targetKind(quantity);
    if (role === 'part' && quantity.unitClass !== 'percent' && quantity.unitClass !== 'points' && amountsRead > 0) role = partOrOwnStatement(text, quantity.span.start, kind, amountStarts, amountKinds, amountsRead);
    if (quantity.unitClass !== 'percent' && quantity.unitClass !== 'points') {
      amountStarts[amountsRead] = quantity.span.start;
      amountKinds[amountsRead] = kind;
      amountsRead += 1;
    }
    // `分别占国家下达任务的125.9%和111.5%`, `分别完成年度任务的100%、100.1%`: a percent listed right after a completion share is
    // the next share of the list, though the plan's name (下达, 计划) or nothing at all stands in the clause before it.
    if ((role === 'plan' || role === 'actual') && quantity.unitClass === 'percent' && listedAfterPrevious && previous?.role === 'share' && directionOf(text, quantity) === null) role = 'share';
    if (context.sentenceStart !== subjectSentence) {
      subjectSentence = context.sentenceStart;
      subject = '';
    }
    let described = context;
    let direction = directionOf(text, quantity);
    if (direction === null && previous !== null && previous.direction !== null && listedAfterPrevious) direction = previous.direction;
    const ownRateStage = role === 'actual' && quantity.unitClass === 'percent' && direction === null ? stageOfRateBefore(text, quantity.span.start) : null;
    // `开工率分别达到54.18%、73.41%和47.04%`: a percent listed right after a rate of one stage is the next rate of that stage.
    const rateStage = ownRateStage ?? listedStageRate(previous?.rateStage ?? null, listedAfterPrevious, quantity.unitClass === 'percent' && role === 'actual' && direction === null);
    previous = { end: quantity.span.end, direction, role, rateStage };
    const basis = direction === null ? null : basisBefore(text, context.sentenceStart, quantity.span.start);
    // `自然口径增长4.3%`: the basis of a change names no thing; the change is its sentence's subject's.
    const nameless = namesNothing(context.indicator) || (basis !== null && namesNothing(withoutBasis(context.indicator)));
    // A restated plan or a baseline names its own thing, not the subject of the figures after it.
    if (!nameless && role !== 'plan' && role !== 'forecast' && role !== 'baseline') subject = context.indicator;
    else if (subject !== '') described = { ...context, otherIndicator: context.indicator, indicator: subject };
    const whole = role === 'plan' && namesWholeBeforeDone(clauseAfter(text, quantity.span.end, 40));
    const shareOfPart = role === 'share' && isInPartSentence(text, quantity.span.start);
    const worksPart = role === 'actual' && quantity.unitClass === 'percent' && direction === null && WORKS_PART_DONE.test(clauseBefore(text, quantity.span.start, WORKS_PART_REACH));
    const ofMoney = role === 'share' && rateStage === null && MONEY_OF_A_SHARE.test(clauseBefore(text, quantity.span.start, MONEY_REACH));
    const reckoned = RECKONED_AGAINST_TARGET.test(text.slice(quantity.span.end, quantity.span.end + RECKONING_REACH));
    const stage = rateStage ?? (quantity.unitClass === 'count' || quantity.unitClass === 'measure' ? stageOfWorks(text, quantity, described.indicator) : null);
    // Every figure has the same fields, in one order (absent ones undefined): the code that reads thousands of them sees
    // one shape, not one per combination of the optional fields.
    return {
      reckonedAsTarget: reckoned ? true : undefined,
      differenceFromEarlier: quantity.unitClass !== 'percent' && quantity.unitClass !== 'points' && isDifferenceFromEarlier(text, quantity) ? true : undefined,
      shareOfWorksPart: worksPart ? true : undefined,
      stageRate: rateStage !== null ? true : undefined,
      mainStructureOnly: stage === 'ongoing' && hasOnlyMainStructureFinished(text, quantity.span.start, quantity.span.end) ? true : undefined,
      shareOfMoney: ofMoney ? true : undefined,
      shareOfWorks: role === 'share' && !ofMoney && SHARE_OF_THE_WORKS.test(text.slice(Math.max(0, quantity.span.start - SHARE_OF_A_PLAN_REACH), quantity.span.start)) ? true : undefined,
      basis: basis ?? undefined,
      wholeDoneInWords: undefined,
      wholeBeforeDone: whole ? true : undefined,
      shareOfPart: shareOfPart ? true : undefined,
      shareOf: undefined,
      ofPlan: undefined,
      placeInList: undefined,
      itemsDone: undefined,
      itemsWord: undefined,
      quantity,
      context: described,
      plannedFigure: role === 'plan' || role === 'forecast',
      role: rateStage !== null ? 'share' : role,
      direction,
      namesNothing: nameless,
      kind,
      stage,
    };
  });
}
