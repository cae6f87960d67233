/**
 * Ties a target to the reported figure that answers it (DOMAIN §4). Only an actual answers: restated plans
 * and baselines are never chosen, a part (`其中`) only when nothing else is there. Among the others the
 * figure whose indicator is most alike wins (words and character pairs), weighed by how compatible the
 * units are; a completion share (`完成年度任务的81%`) answers a target of any unit. When the indicator words
 * say nothing (`已完成8个`), the figure is tied by its place: the row's only target of that kind takes the
 * first actual of that kind. The match carries its evidence and a confidence 0…1.
 */
import { isFullCoverage, measuresCoverage } from './_lib/fullCoverage';
import type { Quantity } from '../numbers/types';
import { countingWord, thingWordsAgree } from '../numbers/units';
import { indicatorSimilarity, type WordSplitting } from './_lib/indicatorSimilarity';
import { targetKind } from './_lib/targetKind';
import { stageMismatch, stageNamedIn, targetStage, type TargetStage, type WorkStage } from './_lib/workStage';
import { isShareOfAnotherPlan } from './_lib/shareOfAnotherPlan';
import { pairInTheTargetsUnit } from './_lib/pairInTheTargetsUnit';
import { basisIn } from './_lib/changeBasis';
import { columnPairing } from './_lib/headedColumnFigure';
import { decimalsWritten, rateToItsLastDigit } from './_lib/statedRates';

export { targetKind };
import type { ReportedStatement } from './readReportedFigures';
import type { TargetStatement } from './extractTargets';

/** Why a figure was tied to a target. */
export type MatchEvidence = 'indicator' | 'position' | 'share';

export interface FigureMatch {
  readonly figure: ReportedStatement;
  readonly confidence: number;
  readonly evidence: MatchEvidence;
  /**
   * Why the figure cannot answer the target, though it is of its kind: it counts works only started or under way
   * (`otherWorks`), it is a part of another total named before it (`otherWhole`), or the same change is stated on
   * another basis too (`otherBasis`, with that `rival` figure).
   */
  readonly doubt?: 'otherWorks' | 'otherWhole' | 'otherBasis';
  /** The figure of the same change on another basis, when the doubt is `otherBasis`. */
  readonly rival?: ReportedStatement;
}

export interface MatchOutcome {
  /** Figures that could answer the target were found (else the verdict is no-figure). */
  readonly compatibleFigures: number;
  /**
   * Some result of the progress counts the target's own things — its words alike, or the target's own specific
   * counting word (`套`, `台`, `户`) — though none may answer it: a reviewer cannot tell (unclear), not "no figure".
   */
  readonly figureOfKind: boolean;
  /** The most likely figure, whatever its confidence. */
  readonly best: FigureMatch | null;
}

/** Where the target stands among the row's targets of its kind (unit class), for ties by place. */
export interface TargetPlace {
  /** 0-based position among the row's targets of the same kind. */
  readonly index: number;
  readonly count: number;
  /**
   * The target is a part of another of its row's (`…1034户，其中C级653户，D级381户`): the progress's part of the same
   * words (`其中…`) answers it, and no whole of the progress does in its stead.
   */
  readonly isPart?: boolean;
}

const MARKER_BONUS = 0.1;
const PART_PENALTY = 0.25;
const NEW_PENALTY = 0.05;
/** What a tie by place is worth: enough to judge, less than a tie by words. */
const PLACE_CONFIDENCE = 0.6;
/** Works started against a target to finish them (or finished against one to start them): other works. */
const STAGE_PENALTY = 0.3;
/** Works of the stage the target names (`竣工…` / `已竣工…`). */
const STAGE_BONUS = 0.1;
/** What sets apart two shares of equal standing, one of the target's stage and one of works started. */
const STAGE_TIE = 0.01;
/** What a figure of other works is worth when it is all there is: found, but not enough to judge (unclear). */
const OTHER_WORKS_ONLY = 0.4;
/** Below this the best figure is about something else (`卫生院` against `学位`): it is never tied by its unit alone. */
const SOMETHING_ALIKE = 0.2;
/** How far the best figure of the target's unit must lead the next of its kind to be the one that answers it. */
const CLEAR_LEAD = 0.1;

function isCountable(quantity: Quantity): boolean {
  return quantity.unitClass === 'count' || quantity.unitClass === 'people';
}

/**
 * 1 for the same counting word, 0.9 for interchangeable ones (名 ↔ 人, 个 ↔ 家, 公里 ↔ 千米), 0.8 for a bare
 * 万 figure against people or things, 0.7 for other words of one class (人次 ↔ 人), 0 when incompatible
 * (measures of different kinds among them: 公里 and 亩).
 */
export function unitCompatibility(target: Quantity, figure: Quantity): number {
  if (target.unit === figure.unit && target.unitClass === figure.unitClass) return 1;
  if (target.unitClass === 'bare' || figure.unitClass === 'bare') {
    const other = target.unitClass === 'bare' ? figure : target;
    const bare = target.unitClass === 'bare' ? target : figure;
    return other.unitClass === 'bare' || isCountable(other) || (other.unitClass === 'money' && isMoneyWithoutItsWord(bare)) ? 0.8 : 0;
  }
  // `为1万名患者实施手术` / `完成手术8878例`: cases of people treated count the people.
  if (isPeopleAgainstCases(target, figure) || isPeopleAgainstCases(figure, target)) return 0.7;
  if (target.unitClass !== figure.unitClass) return 0;
  const targetWord = countingWord(target.unit);
  const figureWord = countingWord(figure.unit);
  if (targetWord && figureWord && targetWord.group === figureWord.group) {
    if (targetWord.group !== 'things') return 0.9;
    // `军工资质8本` is not answered by `10家企业`: words of two kinds of things count different things.
    const agreement = thingWordsAgree(targetWord.word, figureWord.word);
    return agreement === 'other' ? 0 : agreement === 'any' ? 0.7 : 0.9;
  }
  if (target.unitClass === 'measure') return 0;
  return 0.7;
}

/**
 * `财政收入完成16.6亿`, `完成 7000万`: an amount in 亿 or 万 with no word after it, said beside money, is money with its 元 dropped
 * (a report writes people and things with their counting word). A bare `4.5万` against people or things stays a count.
 */
const AMOUNT_IN_TENS_OF_THOUSANDS = /[万亿]$/;

function isMoneyWithoutItsWord(bare: Quantity): boolean {
  return AMOUNT_IN_TENS_OF_THOUSANDS.test(bare.text);
}

const SAME_VALUE_BONUS = 0.3;
/** One counting word, or kin words of people (名 ↔ 人): `10所` and `10个` count different things. */
function countsTheSameThings(target: Quantity, figure: Quantity): boolean {
  if (target.unit === figure.unit) return true;
  return target.unitClass === 'people' && figure.unitClass === 'people' && unitCompatibility(target, figure) >= 0.9;
}
/** Words that say a thing was done, in a figure's phrase. */
const SAID_DONE = /了|已|完成|建成|竣工|完工|投用|投入使用/;

function isPeopleAgainstCases(left: Quantity, right: Quantity): boolean {
  return left.unitClass === 'people' && left.unit !== '人次' && countingWord(right.unit)?.group === 'cases';
}

/** A counting word of one kind of thing (`套`, `台`, `条`), unlike `个`, `家`, `项` that count anything. */
function isSpecificThingWord(unit: string): boolean {
  return countingWord(unit)?.group === 'things' && unit !== '个' && thingWordsAgree(unit, '个') === 'any';
}

/**
 * A counting word that tells what it counts: one kind of thing, or households (`户`). Households counted done in a 危房改造,
 * 定居 or 安居 report (`改房完成513户`, `实施712户危房改造…`) are of a target of households, even where none answers it.
 */
function countsOneKind(unit: string): boolean {
  return unit === '户' || isSpecificThingWord(unit);
}

/** A target that is itself a part (`其中贫困人口14861人`) is answered by the part of the figure (`其中：…16449人`). */
const PART_TARGET = /^(?:其中|包括|含)/;

/** How close a share's own figure over the share must come to a part's target to be that part's share (rounding of the share). */
const IMPLIED_PLAN_TOLERANCE = 0.01;

/**
 * The report reckons the figure against this target (`已开工…9149套，大幅超过目标任务`), not against another target of the row whose
 * plan the figure over its share gives (`新开工7899套,占年度目标任务的72.3%` is of 10918套, not of 11564套 to build).
 */
function isReckonedAgainst(target: TargetStatement, figure: ReportedStatement, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  if (figure.reckonedAsTarget !== true) return false;
  return figure.reckonedShare === undefined || unitCompatibility(target.quantity, figure.quantity) < 1 || !isShareOfAnotherTarget(target, figure.quantity, figure.reckonedShare, rowTargets);
}

/** The stage of the works the amount of a share counts (the share's own where the amount is not among the figures). */
function stageOfAmount(share: ReportedStatement, amount: Quantity, candidates: readonly ReportedStatement[]): WorkStage | null {
  return candidates.find((candidate) => candidate.quantity === amount)?.stage ?? share.stage;
}

/**
 * A share reckoned against another target of the row is read in rows of a handful of targets; a cell pasted full of thousands
 * would make this pairing of every target with every other, for every figure, cubic in the cell.
 */
const MOST_TARGETS_PAIRED_BY_SHARE = 64;

/** The amount over its share is the plan of another of the row's targets counted alike: asked only of a share with its amount. */
function isShareOfAnotherTarget(target: TargetStatement, amount: Quantity, sharePercent: number, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  if (rowTargets === null || rowTargets.size < 2 || rowTargets.size > MOST_TARGETS_PAIRED_BY_SHARE) return false;
  const others: number[] = [];
  for (const [value, quantities] of rowTargets) if (quantities.some((other) => other !== target.quantity && countsTheSameThings(other, amount))) others.push(value);
  return isShareOfAnotherPlan(target.value, amount.value, sharePercent, others);
}

/** The plan a share is of is not the target's: of another kind, or of the target's unit with another figure. */
function isAnotherPlan(target: TargetStatement, plan: Quantity): boolean {
  const units = unitCompatibility(target.quantity, plan);
  return units === 0 || (units === 1 && Math.abs(plan.value - target.value) > IMPLIED_PLAN_TOLERANCE * Math.abs(target.value));
}

/**
 * A share that can answer a target written as a part of a whole (`其中200亿元用于农村公路建设`): all of the work done (a share of
 * 100% or more that rates no one stage), or a share whose own figure over it is the part's target (`累计完成投资56.6亿元，占年度目标任务的
 * 28.3%`: 56.6亿 / 28.3% = 200亿). A rate of the whole below that (`竣工率达67.1%` of 10081户) says nothing of one part.
 */
function isShareOfThePart(target: TargetStatement, share: ReportedStatement): boolean {
  if (share.quantity.value >= 100) return share.stageRate !== true;
  if (share.shareOf === undefined || share.quantity.value <= 0) return false;
  const plan = (share.shareOf.value * 100) / share.quantity.value;
  return Math.abs(plan - target.value) <= IMPLIED_PLAN_TOLERANCE * target.value;
}

/** A count of things or people, which a list of items can answer. */
function countsItems(target: TargetStatement): boolean {
  return (target.quantity.unitClass === 'count' || target.quantity.unitClass === 'people') && target.op !== '<=';
}

/** Said the way results are said: with 已/累计/完成…, as a change (`增长`), or as an addition of the period. */
function reportsLike(figure: ReportedStatement): boolean {
  return figure.context.hasReportMarker || figure.direction !== null || figure.role === 'new';
}

/**
 * A sum not to exceed (`成本指标 | 15万元`, `项目总成本≤90万元`, `控制在500万元以内`): the progress states the cost as it stands, in
 * whatever words fix it (`按合同10.5万元`, `合同价85万元`, `结算金额460万元`), with no word of a result; the one sum of that kind in
 * the progress is the cost the ceiling bounds.
 */
function isCeilingOfMoney(target: TargetStatement): boolean {
  return target.op === '<=' && target.quantity.unitClass === 'money';
}

function isActualRole(figure: ReportedStatement): boolean {
  return figure.role === 'actual' || figure.role === 'new' || figure.role === 'forecast';
}

function actualsOfKind(figures: readonly ReportedStatement[], kind: string): number {
  let count = 0;
  for (const figure of figures) if (isActualRole(figure) && figure.kind === kind) count += 1;
  return count;
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/**
 * Words that make two otherwise alike indicators different statistics: `城镇调查失业率` is not `城镇登记失业率`,
 * `农村` is not `城镇`, `公办` is not `民办`.
 */
const CONTRASTS: readonly (readonly [string, string])[] = [['调查', '登记'], ['城镇', '农村'], ['城市', '农村'], ['公办', '民办']];
const CONTRAST_FACTOR = 0.5;

function contrasted(target: string, figure: string): boolean {
  return CONTRASTS.some(([one, other]) => (target.includes(one) && !target.includes(other) && figure.includes(other) && !figure.includes(one))
    || (target.includes(other) && !target.includes(one) && figure.includes(one) && !figure.includes(other)));
}

function alike(target: string, figure: string, splitting: WordSplitting): number {
  const similarity = indicatorSimilarity(target, figure, splitting);
  return similarity > 0 && contrasted(target, figure) ? similarity * CONTRAST_FACTOR : similarity;
}

/**
 * What a figure that names the head of the target's indicator is worth (`在46个小区…` against `达标小区210个`):
 * the thing counted, without the qualifiers a report leaves out once the target is known.
 */
const HEAD_NOUN = 0.5;
const MIN_HEAD_LENGTH = 2;

function namesHeadNoun(targetIndicator: string, figureIndicator: string): boolean {
  return figureIndicator.length >= MIN_HEAD_LENGTH && figureIndicator.length < targetIndicator.length && targetIndicator.endsWith(figureIndicator);
}

/** Heads that name no one thing: any list of works or money is one (`项目`, `工程`, `资金`), so the words say nothing. */
const GENERIC_HEADS = new Set(['项目', '工程', '计划', '任务', '目标', '指标', '工作', '建设', '资金', '投资', '项', '个']);

/**
 * The target's words are only the head of the figure's (`标准不低于3480元/年` under `提高城乡低保标准` / `农村低保标准为3600元/年`):
 * a milestone that leaves its task's qualifiers out names the same thing as the figure that keeps them, as a figure that leaves
 * them out does (`namesHeadNoun`). A generic head (`项目`) names no one thing.
 */
function isHeadOfFiguresWords(targetIndicator: string, figureIndicator: string): boolean {
  return !GENERIC_HEADS.has(targetIndicator) && namesHeadNoun(figureIndicator, targetIndicator);
}

/** An indicator that is a place's name alone (`安化县`, `城东街道`): a part of the whole the row names, split by place. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,6}(?:县|区|市|镇|乡|街道|州|旗)$/;

function similarityOf(target: TargetStatement, figure: ReportedStatement, splitting: WordSplitting): number {
  const indicator = target.context.indicator;
  let best = alike(indicator, figure.context.indicator, splitting);
  if (best < HEAD_NOUN && (namesHeadNoun(indicator, figure.context.indicator) || isHeadOfFiguresWords(indicator, figure.context.indicator))) best = HEAD_NOUN;
  if (figure.context.otherIndicator !== '') best = Math.max(best, alike(indicator, figure.context.otherIndicator, splitting));
  // `其中安化县4.2万人` against `安化县新增农村通自来水人口4.2538万人`: a part named only by its place is measured by the figure
  // the progress opens with that place's name.
  if (best < PLACE_CONFIDENCE && PLACE_NAME.test(indicator) && figure.context.phrase.startsWith(indicator)) best = PLACE_CONFIDENCE;
  // `WIFI布点全覆盖` against `100%覆盖`, `占总户数67%`: the coverage is measured by the share of the whole the progress gives.
  if (best < PLACE_CONFIDENCE && isFullCoverage(target.quantity) && measuresCoverage(figure.quantity, figure.context.phrase)) best = PLACE_CONFIDENCE;
  return best;
}

/**
 * A change (`同比下降26.8%`, `增长12%`) does not measure a level to reach (`项目落地率50%以上`, `覆盖率90%`): a
 * rate stated without a direction is where it stands, not how far it moved.
 */
function changeAgainstLevel(target: TargetStatement, figure: ReportedStatement): boolean {
  return target.quantity.unitClass === 'percent' && target.direction === null && !target.isShare && figure.direction !== null;
}

/**
 * A change to reach (`增长7%`, `下降3%`): a completion share (`完成年度预算82.2%`) measures how much of an amount is done,
 * not how far the measure moved, and never answers it.
 */
function isChangeTarget(target: TargetStatement): boolean {
  return target.direction !== null && !target.isShare && (target.quantity.unitClass === 'percent' || target.quantity.unitClass === 'points');
}

/**
 * One change stated on two bases (`自然口径增长4.3%，扣除留抵退税因素后（同口径）增长17.7%`) against a change target: a
 * target naming its basis is answered by the change on it (`sameBasis`); a target naming none cannot be judged by
 * either, and the other is its `rival`. Null when the chosen change states no basis or no other change of its
 * sentence states another.
 */
function changeOnTwoBases(target: TargetStatement, figures: readonly ReportedStatement[], chosen: ReportedStatement): { sameBasis: ReportedStatement | null; rival: ReportedStatement | null } | null {
  if (!isChangeTarget(target) || chosen.basis === undefined) return null;
  const targetBasis = basisIn(target.context.phrase);
  for (const other of figures) {
    if (other === chosen || other.basis === undefined || other.basis === chosen.basis || !isActualRole(other) || other.context.sentenceStart !== chosen.context.sentenceStart) continue;
    if (other.quantity.unit !== chosen.quantity.unit) continue;
    if (targetBasis === null) return { sameBasis: null, rival: other };
    if (chosen.basis !== targetBasis && other.basis === targetBasis) return { sameBasis: other, rival: null };
  }
  return null;
}

/** `投资完成率`, `计划完成率`, `完成进度`: a rate that is itself a completion share, of a plan the target names. */
const COMPLETION_RATE = /完成率|完成进度/;

/** Whether a completion share can answer this target: any target but a level stated in percent itself. */
function shareAnswers(target: TargetStatement): boolean {
  return target.isShare || (target.quantity.unitClass !== 'percent' && target.quantity.unitClass !== 'points');
}

/**
 * `已完成新增公厕276座，包括新建公厕82座、开放社会厕所194座`: a part named more like the target than its whole
 * does not answer it when the sentence gives the whole before it, in the same unit and at least as large: the
 * reviewer reads the whole (DOMAIN §4, never only a part when the whole is given).
 */
function wholeBeforePart(target: TargetStatement, figures: readonly ReportedStatement[], part: FigureMatch): FigureMatch {
  const partFigure = part.figure;
  let whole: ReportedStatement | null = null;
  for (const figure of figures) {
    if (figure.quantity.span.start >= partFigure.quantity.span.start) break;
    if (figure.context.sentenceStart !== partFigure.context.sentenceStart || (figure.role !== 'actual' && figure.role !== 'new')) continue;
    if (figure.quantity.unit === partFigure.quantity.unit && figure.quantity.value >= partFigure.quantity.value && unitCompatibility(target.quantity, figure.quantity) > 0) whole = figure;
  }
  return whole === null ? part : { figure: whole, confidence: part.confidence, evidence: part.evidence };
}

/**
 * How alike a count's words must be to the target's to answer it though its number is another target's (`辅具适配230人` against
 * `辅具适配200人` beside `资助…服药230人`, a count reached exactly): the target's own words, counted again. A rate equal to another
 * target's (`现行16%的税率`) is that rate restated.
 */
const OWN_WORDS = 0.8;

/**
 * `指标2:科普馆参观人数 | 500` against `600余人`: a bare number takes the unit its indicator's name counts in (`人数`, `户数`, `个数`),
 * so a figure counted in that very word is in the target's own unit.
 */
export function countedAsIndicatorSays(target: TargetStatement, figure: Quantity): boolean {
  return figure.unit !== '' && isCountable(figure) && target.context.indicator.includes(`${figure.unit}数`);
}

/** The figure is the own figure of another of the row's targets, in its very unit (and not this target's figure). */
function isAnotherTargetsFigure(target: TargetStatement, figure: ReportedStatement, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  const value = figure.quantity.value;
  if (rowTargets === null || value === target.value) return false;
  const others = rowTargets.get(value);
  return others !== undefined && others.some((other) => other !== target.quantity && countsTheSameThings(other, figure.quantity));
}

/**
 * The figure is counted in the very word of another of the row's targets, and this target counts in another word
 * (`已改造3046户` with the targets `187个老旧小区` and `29342户`): it answers that target, not this one.
 */
function countsInAnotherTargetsWord(target: TargetStatement, figure: Quantity, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  if (rowTargets === null || figure.unit === target.quantity.unit || figure.unit === '') return false;
  return (targetsByWord(rowTargets).get(wordKey(figure)) ?? 0) > 0;
}

/** The sum of a row's targets in each counting word, by the row's targets: added once per row, not per figure. */
const sumsOfRows = new WeakMap<ReadonlyMap<number, readonly Quantity[]>, Map<string, number>>();

function sumOfTargetsIn(rowTargets: ReadonlyMap<number, readonly Quantity[]>, unit: string): number {
  let sums = sumsOfRows.get(rowTargets);
  if (sums === undefined) {
    sums = new Map();
    for (const quantities of rowTargets.values()) for (const quantity of quantities) sums.set(quantity.unit, (sums.get(quantity.unit) ?? 0) + quantity.value);
    sumsOfRows.set(rowTargets, sums);
  }
  return sums.get(unit) ?? 0;
}

/**
 * Items said done together answer a target of as many; a count of works said done in a counting word (`7所…项目已全部竣工`)
 * also answers each of the row's targets in that word when together they make the count (`6所…旱厕改造`, `1所…食堂改扩建`).
 */
function coversTarget(items: number, word: string | undefined, target: TargetStatement, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): 'same' | 'sum' | null {
  if (Math.abs(items - target.value) <= 1e-9) return 'same';
  if (word === undefined || rowTargets === null || target.quantity.unit !== word || target.value > items) return null;
  return Math.abs(sumOfTargetsIn(rowTargets, word) - items) <= 1e-9 ? 'sum' : null;
}

/** How many of a row's targets count in each word, by the row's targets: counted once per row, not per figure. */
const wordsOfRows = new WeakMap<ReadonlyMap<number, readonly Quantity[]>, Map<string, number>>();

function wordKey(quantity: Quantity): string {
  return `${quantity.unitClass}:${quantity.unit}`;
}

function targetsByWord(rowTargets: ReadonlyMap<number, readonly Quantity[]>): Map<string, number> {
  let words = wordsOfRows.get(rowTargets);
  if (words !== undefined) return words;
  words = new Map();
  for (const quantities of rowTargets.values()) for (const quantity of quantities) words.set(wordKey(quantity), (words.get(wordKey(quantity)) ?? 0) + 1);
  wordsOfRows.set(rowTargets, words);
  return words;
}

/**
 * `每个网格`, `每村`, `每所学校`, `月人均`, `户均`: the figure after it is for each unit, not for all of them (`每年`, `每月` are
 * times).
 */
const EACH_UNIT = /(?:每(?![年月季周天日])|[户人]均)[^，,。；;\d]{0,10}$/;
/** A figure stated for each unit: `每个社区2名`, `平均每村3个`, `户均1.2万元`, `365.95元/人.月`. */
const FIGURE_PER_UNIT = /每(?![年月季周天日])|平均|[户人村校]均|\/[人户]/;

/**
 * `每个网格配备1名以上网格员`: a target for each unit is not answered by a total over all units (`配备网格员11450名`), which
 * says nothing of each; only a figure per unit, a share, words that say it is done, or a table's bare figure in the row's terms.
 */
function isPerUnitTarget(target: TargetStatement): boolean {
  const phrase = target.context.phrase;
  const at = phrase.indexOf(target.quantity.text);
  return at > 0 && EACH_UNIT.test(phrase.slice(0, at));
}

/** The words a target for each unit is written with, looked for before the pattern that places them. */
const PER_UNIT_WORD = /每|均/;

/** Counting words that count anything (`个`, `项`, `件`): they do not tell one target's things from another's. */
const GENERAL_COUNTING_WORDS = new Set(['个', '個', '项', '項', '件']);

/**
 * In a row of several targets, the target is the only one counted in its own word (`涉及29342户` beside `187个老旧小区`):
 * the one actual of the progress counted in that word and said done (`已改造老旧小区3046户`) answers it, whatever words
 * each names.
 */
function ownWordOfRow(target: TargetStatement, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  const unit = target.quantity.unit;
  if (unit === '' || GENERAL_COUNTING_WORDS.has(unit)) return false;
  // A row of one target (no map of the row's targets is made for it): its word is its own.
  if (rowTargets === null) return true;
  // The target itself is among the row's targets: its word is its own when no other counts in it (any class).
  let inWord = 0;
  for (const [key, count] of targetsByWord(rowTargets)) if (key.endsWith(`:${unit}`)) inWord += count;
  return inWord === 1;
}

/**
 * The target is the row's only one counted in its word, whatever the word (`整改任务315项` beside `10个市州`): the other targets
 * count other things, so the figures of that word are this target's to weigh.
 */
function onlyTargetInItsWord(target: TargetStatement, rowTargets: ReadonlyMap<number, readonly Quantity[]> | null): boolean {
  const unit = target.quantity.unit;
  if (rowTargets === null || unit === '') return false;
  let inWord = 0;
  for (const [key, count] of targetsByWord(rowTargets)) if (key.endsWith(`:${unit}`)) inWord += count;
  return inWord === 1;
}

/** The sentence in which the target's own figure counts works under way or being prepared, or -1. */
function scopeSentenceOf(target: TargetStatement, figures: readonly ReportedStatement[]): number {
  for (const figure of figures) {
    if (figure.stage === 'ongoing' && figure.role !== 'part' && Math.abs(figure.quantity.value - target.value) <= 1e-9 * Math.max(1, Math.abs(target.value))) return figure.context.sentenceStart;
  }
  return -1;
}

/** The figure stands after a whole of its unit named in its sentence, and that whole is not the target's figure. */
function partOfAnotherWhole(target: TargetStatement, figures: readonly ReportedStatement[], figure: ReportedStatement): boolean {
  for (const other of figures) {
    if (other.quantity.span.start >= figure.quantity.span.start) return false;
    if (other.wholeBeforeDone && other.context.sentenceStart === figure.context.sentenceStart && other.quantity.unit === figure.quantity.unit
      && Math.abs(other.quantity.value - target.value) > 1e-9 * Math.max(1, target.value)) return true;
  }
  return false;
}

/**
 * Parts (`其中`) whose whole is no result: the plan restated before them (`确定500户改造对象,…其中252户已完成改造`), or a
 * list of counts that adds up to the target's figure (`其中北山街道1个，西溪街道1个，…，其中3个点位已完成建设` against 15个),
 * which is the plan's distribution. Such a part is what is done; the listed counts are the plan. Null when the
 * progress has none (most have no part at all).
 */
interface PartsOfPlan {
  readonly results: ReadonlySet<ReportedStatement>;
  readonly plan: ReadonlySet<ReportedStatement>;
}

const LIST_REACH = 40;

function partsOfPlan(target: TargetStatement, figures: readonly ReportedStatement[]): PartsOfPlan | null {
  let results: Set<ReportedStatement> | null = null;
  let plan: Set<ReportedStatement> | null = null;
  for (let index = 0; index < figures.length; index += 1) {
    const part = figures[index];
    if (part === undefined || part.role !== 'part') continue;
    let sum = 0;
    let planBefore = false;
    const listed: ReportedStatement[] = [];
    // A list of a few dozen items at most: a pasted cell of thousands of parts is not read back to its start.
    for (let earlier = index - 1; earlier >= Math.max(0, index - LIST_REACH); earlier -= 1) {
      const other = figures[earlier];
      if (other === undefined || other.context.sentenceStart !== part.context.sentenceStart) break;
      if (other.quantity.unit !== part.quantity.unit) continue;
      if (other.role === 'plan') planBefore = true;
      else if (other.role === 'part') {
        sum += other.quantity.value;
        listed.push(other);
      } else {
        // An actual whole before the part: the part is only a part of it.
        planBefore = false;
        listed.length = 0;
        break;
      }
    }
    const listIsTarget = listed.length > 1 && Math.abs(sum - target.value) <= 1e-9 * Math.max(1, target.value);
    if (!planBefore && !listIsTarget) continue;
    results ??= new Set();
    results.add(part);
    if (listIsTarget) {
      plan ??= new Set();
      for (const item of listed) plan.add(item);
    }
  }
  return results === null ? null : { results, plan: plan ?? new Set() };
}

/** How many figures after the target's restated count are read for the count of its works at a stage: a list of a few. */
const SCOPE_REACH = 8;

function hasTargetsValue(target: TargetStatement, figure: ReportedStatement): boolean {
  return Math.abs(figure.quantity.value - target.value) <= 1e-9 * Math.max(1, Math.abs(target.value));
}

/**
 * The target's own count restated as the works a progress goes on to report on (`贵州已建设的100所公办幼儿园中,完工63所`,
 * `3698个老旧小区改造项目已全部开工,其中2358个小区已完工`, `2020年新改扩建20所公办幼儿园,已推动开工建设7所`): a smaller count in
 * its very word, of works at a stage, follows in its sentence, so the figure names the works whose progress that count gives —
 * the plan, not the target done. A count itself said finished, or at the stage the target asks for (`已建成100所,其中农村幼儿园
 * 60所`, `新开工30个项目,其中10个已完工` against 新开工30个), stays the result. Null when the progress has none.
 */
function targetRestatedAsScope(target: TargetStatement, stage: TargetStage, figures: readonly ReportedStatement[]): ReportedStatement | null {
  for (let index = 0; index < figures.length; index += 1) {
    const figure = figures[index];
    if (figure === undefined || (figure.role !== 'actual' && figure.role !== 'new') || !hasTargetsValue(target, figure)) continue;
    if (figure.stage !== null || !countsTheSameThings(target.quantity, figure.quantity)) continue;
    const named = stageNamedIn(figure.context.phrase);
    if (named === 'finish' || (named !== null && named === stage)) continue;
    for (let later = index + 1; later < Math.min(figures.length, index + 1 + SCOPE_REACH); later += 1) {
      const next = figures[later];
      if (next === undefined || next.context.sentenceStart !== figure.context.sentenceStart) break;
      if (next.quantity.unit === figure.quantity.unit && next.stage !== null && next.quantity.value < figure.quantity.value && next.role !== 'plan' && next.role !== 'baseline') return figure;
    }
  }
  return null;
}

/**
 * `全省共完成农村改厕任务491441户,完成率为48.39%` against `100万户以上农村户用厕所改(新)建`: a share tied to an amount target,
 * stated of the amount right before it, restates that amount as a share of some plan. The amount, of the target's kind and
 * stage, is the result (DOMAIN §4: a completion share answers only where it is stated instead of the count), and the verdict
 * is reckoned from it against this target's own figure, not against the plan the share was of. Reached only for a tie to a
 * share that names its amount.
 */
function amountOfTheShare(target: TargetStatement, stage: TargetStage, candidates: readonly ReportedStatement[], best: FigureMatch): FigureMatch {
  const share = best.figure;
  if (share.role !== 'share' || share.shareOf === undefined || target.isShare || target.quantity.unitClass === 'percent' || target.quantity.unitClass === 'points') return best;
  const at = candidates.findIndex((candidate) => candidate.quantity === share.shareOf);
  const amount = candidates[at];
  if (amount === undefined || !isActualRole(amount) || unitCompatibility(target.quantity, amount.quantity) < 1 || stageMismatch(stage, amount.stage)) return best;
  // `落实…3954户，占目标任务的80%` of `4942户`: a share that is the amount ÷ this target, to its last digit, says the same as the
  // amount, and stays the figure tied.
  if (isAmountOverTarget(share.quantity, amount.quantity.value, target.value)) return best;
  // `完成…造林项目1.6万亩、封山育林1万亩、营林抚育1.35万亩,完成全年任务的50.6%`: after a list of amounts of the kind, the share is
  // of them together, and the last is only one of them.
  for (let index = at - 1; index >= 0; index -= 1) {
    const before = candidates[index];
    if (before === undefined || before.context.sentenceStart !== amount.context.sentenceStart) break;
    if (before.kind === amount.kind && before.role !== 'plan') return best;
  }
  return { figure: amount, confidence: best.confidence, evidence: 'indicator' };
}

/** Whether a share is amount ÷ target, to the rounding of its last written digit. */
function isAmountOverTarget(share: Quantity, amount: number, targetValue: number): boolean {
  return targetValue > 0 && rateToItsLastDigit(share.value, decimalsWritten(share.text), amount, targetValue);
}

/**
 * @example
 * matchReportedFigure(target('增加精神科医师 5 名'), figures('增加精神科医师 7 人'), 'segmenter', { index: 0, count: 1 }).best?.confidence // 1
 */
export function matchReportedFigure(
  target: TargetStatement,
  figures: readonly ReportedStatement[],
  splitting: WordSplitting,
  place: TargetPlace = { index: 0, count: 1 },
  /** The report is as of the year's end: the year's forecast (`全年预计增长4.5%`) is the best actual there is. */
  yearEnded = false,
  /** The quantities of the row's targets by value: a figure equal to another target's, in its unit, answers that one. */
  rowTargets: ReadonlyMap<number, readonly Quantity[]> | null = null,
): MatchOutcome {
  let best: FigureMatch | null = null;
  let compatibleFigures = 0;
  let figureOfKind = false;
  // The sentence where the target's own figure is restated as works under way, looked for when first asked (-1: none).
  let restatedScopeSentence: number | undefined;
  const specificWord = countsOneKind(target.quantity.unit);
  const kind = targetKind(target.quantity);
  const answeredByShare = shareAnswers(target);
  const changeTarget = isChangeTarget(target);
  const rateOfCompletion = target.quantity.unitClass === 'percent' && !target.isShare && COMPLETION_RATE.test(target.context.phrase);
  const perUnitTarget = PER_UNIT_WORD.test(target.context.phrase) && isPerUnitTarget(target);
  const bareTarget = target.quantity.unitClass === 'bare';
  // The actuals of the target's kind in reading order, for a tie by place.
  let sameKindActuals = 0;
  // Counted once per target, and only when a tie by place is asked: most figures are tied by words.
  let kindActuals = -1;
  // The actuals counted in the target's counting word or one interchangeable with it, counted when first asked.
  let countedAlike = -1;
  // Whether the target is the row's only one in its own counting word, and the actuals in that very word, when first asked.
  let ownWord: boolean | null = null;
  let countedInWord = -1;
  const stage = target.measuredByStarts === true ? 'start' : targetStage(target.context.phrase);
  const targetIsPart = place.isPart === true || target.partOfWhole === true || PART_TARGET.test(target.context.phrase);
  // Figures of other works are passed over in a tie by place only when a figure of the target's stage is there.
  let stageAnswered: boolean | null = null;
  // The actuals of the target's kind that count works of its stage, counted when first asked.
  let ofStage = -1;
  let startedToo: boolean | null = null;
  // The two best figures of the target's own unit, for a tie by unit where words are few (`目前发卡37.9万张`).
  let bestOfUnit: FigureMatch | null = null;
  let secondOfUnit = 0;
  // How alike the words of that best figure are, before bonuses (the same value as the target's is no word).
  let alikeOfUnit = 0;
  const ofPlan = !targetIsPart && figures.some((figure) => figure.role === 'part') ? partsOfPlan(target, figures) : null;
  // The one part done of the target's own plan is the target's result, whatever words it names (`3个点位`).
  let resultOfPlan: ReportedStatement | null = null;
  const read = ofPlan === null ? figures : figures.flatMap((figure): ReportedStatement[] => {
    if (ofPlan.plan.has(figure)) return [];
    if (!ofPlan.results.has(figure)) return [figure];
    const result: ReportedStatement = { ...figure, role: 'actual' };
    if (ofPlan.results.size === 1) resultOfPlan = result;
    return [result];
  });
  const scope = targetRestatedAsScope(target, stage, read);
  const candidates = scope === null ? read : read.map((figure) => (figure === scope ? { ...figure, role: 'plan' as const } : figure));
  // The actual column paired with the target's plan column by the table itself (`中央资金` ↔ `中央完成`), when there is one.
  let pairedColumn: ReportedStatement | null = null;
  for (const figure of candidates) {
    if (figure.role === 'plan' || figure.role === 'baseline' || (figure.role === 'forecast' && !yearEnded)) continue;
    const column = columnPairing(target.context, figure.context);
    // A figure of another column of the same table measures another thing; one of the target's column answers it.
    if (column === 'other') continue;
    if (column === 'same' && figure.role !== 'share') {
      compatibleFigures += 1;
      pairedColumn ??= figure;
      continue;
    }
    // Locals, not a candidate object per figure: a pasted cell compares thousands of targets with 64 figures.
    let confidence: number;
    let evidence: MatchEvidence;
    if (figure.itemsDone !== undefined) {
      // All of a list done answers the target of as many items (not its parts, which the list names one by one).
      if (!countsItems(target)) continue;
      // Targets adding up to the count are tied by it, whatever words each names (`6所学校旱厕改造` of `7所…“五改”工程`).
      const covered = coversTarget(figure.itemsDone, figure.itemsWord, target, rowTargets);
      if (covered === null || (covered === 'same' && similarityOf(target, figure, splitting) < SOMETHING_ALIKE)) continue;
      compatibleFigures += 1;
      confidence = 1;
      evidence = 'share';
    } else if (figure.role === 'share') {
      // A share of a figure of another kind (`资金下达4.2亿元，完成年度计划的100.69%` against 150所) measures that figure;
      // against a rate or share target it counts by its words, as any share does.
      if (figure.shareOf !== undefined && answeredByShare && !target.isShare && unitCompatibility(target.quantity, figure.shareOf) === 0) continue;
      // `新开工7899套,占年度目标任务的72.3%` against 11564套 to build: the share of works at another stage, whose amount over it
      // is another target's plan, is that target's.
      if (figure.shareOf !== undefined && answeredByShare && stage !== null && !target.isShare && unitCompatibility(target.quantity, figure.shareOf) === 1
        && stageMismatch(stage, stageOfAmount(figure, figure.shareOf, candidates)) && isShareOfAnotherTarget(target, figure.shareOf, figure.quantity.value, rowTargets)) continue;
      // A share of an investment plan (`年度计划投资完成率84.92%`) is of money, as a share after a money figure is.
      if (figure.shareOfMoney && answeredByShare && !target.isShare && target.quantity.unitClass !== 'money' && target.quantity.unitClass !== 'bare') continue;
      // `已完成总工程量的43.9%` against `计划投资340万元`: how far the works have gone is of the kind, but a reviewer cannot tell
      // from it how much of the money is spent.
      if (figure.shareOfWorks && !target.isShare && target.quantity.unitClass === 'money') {
        compatibleFigures += 1;
        figureOfKind = true;
        if (best === null || best.confidence < OTHER_WORKS_ONLY) best = { figure, confidence: OTHER_WORKS_ONLY, evidence: 'share' };
        continue;
      }
      // The share of a figure counted in another target's own word (`改造16466户，完成年度任务的54.89%` against 221个 and
      // 3万户) is that target's share.
      if (figure.shareOf !== undefined && !target.isShare && unitCompatibility(target.quantity, figure.shareOf) < 1 && countsInAnotherTargetsWord(target, figure.shareOf, rowTargets)) continue;
      // `上述两项指标…分别占国家下达任务的125.9%和111.5%` against `新开工18万套，建成17万套`: shares said one by one of figures
      // the progress does not state are the shares of the row's targets of the kind, in their order, when they are as many;
      // a list of another length is of things a reviewer cannot tell: figures of the kind, tied to no target.
      if (figure.placeInList !== undefined && answeredByShare && !target.isShare) {
        if (figure.placeInList.count !== place.count) {
          compatibleFigures += 1;
          figureOfKind = true;
          if (best === null || best.confidence < OTHER_WORKS_ONLY) best = { figure, confidence: OTHER_WORKS_ONLY, evidence: 'share' };
          continue;
        }
        if (figure.placeInList.index !== place.index) continue;
        compatibleFigures += 1;
        confidence = PLACE_CONFIDENCE;
        evidence = 'share';
        if (best === null || confidence > best.confidence) best = { figure, confidence, evidence };
        continue;
      }
      // `完成省定任务(14266户)的229%` against `完成2万户`: the share of another plan of the target's unit measures that plan.
      // A share of a plan of another kind (`完成年度投资计划6.48亿元的70.22%` against 150所) measures that plan, as a share of a figure does.
      if (figure.ofPlan !== undefined && !target.isShare && answeredByShare && isAnotherPlan(target, figure.ofPlan)) continue;
      // A part's share is no share of the whole (DOMAIN §4, never only a part).
      if (figure.shareOfPart && !targetIsPart) continue;
      // …and the whole's share says nothing of one part's progress, unless it is the whole done or its own figure is of the part.
      if (target.partOfWhole === true && !figure.shareOfPart && !isShareOfThePart(target, figure)) continue;
      // The whole said done in words (`这些任务均已完成`) reaches a rate or a change to reach as well: the reviewer reads the
      // target met, though no share of an amount answers a level.
      if (figure.wholeDoneInWords === true && !answeredByShare) {
        compatibleFigures += 1;
        confidence = roundConfidence(PLACE_CONFIDENCE - 0.05);
        evidence = 'share';
        if (best === null || confidence > best.confidence) best = { figure, confidence, evidence };
        continue;
      }
      if (changeTarget) continue;
      // A rate of the works at one stage is the share of a target of works at that stage only (`开工率100%` rates the starts
      // of a target to build, and no money); against a rate target it is a rate like any other.
      if (figure.stageRate && answeredByShare && (stageMismatch(stage, figure.stage) || (target.quantity.unitClass !== 'count' && target.quantity.unitClass !== 'measure'))) continue;
      // Works all started (`均已开工`) say nothing of people served or money spent: they measure only a target of works.
      if (figure.stage === 'start' && figure.stageRate !== true && target.quantity.unitClass !== 'count' && target.quantity.unitClass !== 'measure') continue;
      compatibleFigures += 1;
      // A completion rate to reach (`年度投资计划完成率120%以上`) and a completion share (`完成年度计划的54.4%`) measure alike:
      // whether or not the share is tied, the progress has figures of the target's kind.
      if (rateOfCompletion) figureOfKind = true;
      const similarity = similarityOf(target, figure, splitting);
      // A share of the year's task is no level: against a percent target it counts only by its words.
      // A share that names nothing (`80%` as the whole progress) is the row's: it answers each of its targets.
      const raw = answeredByShare && (place.count === 1 || figure.namesNothing) ? Math.max(PLACE_CONFIDENCE, similarity) : similarity;
      // `131处工程已全部开工建设,工程建成率98%` against `实施…工程共131处`: of two shares that answer alike, the share of the works
      // at the target's stage (its works built) is the one that measures it; the starts' share only when no other is there.
      const otherStage = figure.stage !== null && stageMismatch(stage, figure.stage) ? STAGE_TIE : 0;
      confidence = roundConfidence(raw - 0.05 - otherStage);
      // `…已全部开工,其中2358个小区已完工` against a target to build: the works all started weigh no more than other works do, so
      // a count of the works finished beside them, tied by its place, measures the target.
      if (figure.stage === 'start' && figure.stageRate !== true && stageMismatch(stage, 'start')) confidence = Math.min(confidence, OTHER_WORKS_ONLY);
      evidence = answeredByShare ? 'share' : 'indicator';
    } else if (figure.shareOfWorksPart && (target.quantity.unitClass === 'count' || target.quantity.unitClass === 'measure')) {
      // How far a part of the works is done: a figure of the kind, never the target's own progress.
      compatibleFigures += 1;
      figureOfKind = true;
      confidence = OTHER_WORKS_ONLY;
      evidence = 'indicator';
    } else {
      const units = bareTarget && countedAsIndicatorSays(target, figure.quantity) ? 1 : unitCompatibility(target.quantity, figure.quantity);
      if (units === 0 || changeAgainstLevel(target, figure)) continue;
      // Asked of the words only in the rare case the figure is another target's own number.
      if (isAnotherTargetsFigure(target, figure, rowTargets) && !(isCountable(figure.quantity) && similarityOf(target, figure, splitting) >= OWN_WORDS)) continue;
      // `新开工项目131个,比上年同期增加48个` against `新开工项目100个`: how far the count moved is no count reached.
      if (figure.differenceFromEarlier === true && target.direction === null) continue;
      if (units < 1 && countsInAnotherTargetsWord(target, figure.quantity, rowTargets)) continue;
      // A table's bare figure (`1` under 已完成数 beside `每个县市区至少1家…`) is in the row's own terms, per unit as the target is.
      if (perUnitTarget && !figure.namesNothing && !FIGURE_PER_UNIT.test(figure.context.phrase)) continue;
      compatibleFigures += 1;
      const similarity = similarityOf(target, figure, splitting);
      const rolePenalty = figure.role === 'part' ? (targetIsPart ? 0 : PART_PENALTY) : figure.role === 'new' ? NEW_PENALTY : 0;
      const bonus = figure.context.hasReportMarker && similarity > 0 ? MARKER_BONUS : 0;
      // The same figure as the target's (`实施易地扶贫搬迁18695人` / `已完成搬迁入住18695人`) is the target done.
      const sameValue = figure.role !== 'part' && Math.abs(figure.quantity.value - target.value) <= 1e-9 * Math.max(1, Math.abs(target.value));
      // The target's own figure as the scope of works being prepared (`30所…招投标文件已发布`): the plan restated, no result;
      // and so are the other figures of works under way in its sentence (`30所…和41所…添置招投标文件已发布`).
      if (figure.stage === 'ongoing' && stage !== 'start' && (sameValue || (restatedScopeSentence ??= scopeSentenceOf(target, candidates)) === figure.context.sentenceStart)) {
        compatibleFigures -= 1;
        continue;
      }
      // Works started that the report itself reckons against the target (`…9149套，大幅超过目标任务`) are its progress.
      const otherWorks = stageMismatch(stage, figure.stage) && !isReckonedAgainst(target, figure, rowTargets);
      const stageWeight = otherWorks ? -STAGE_PENALTY : stage !== null && figure.stage === stage && similarity > 0 ? STAGE_BONUS : 0;
      // A count of the whole in the part's own word is not the part's: a part the progress does not break down has no figure.
      if (!figureOfKind && ((specificWord && figure.quantity.unit === target.quantity.unit && (target.partOfWhole !== true || figure.role === 'part')) || (figure.role === 'part' && !targetIsPart && similarity >= SOMETHING_ALIKE))) figureOfKind = true;
      // The same number in another counting word (`教室485个` against `新风系统485套`) is a coincidence, not the target done.
      let raw = similarity * units + bonus - rolePenalty + (sameValue && countsTheSameThings(target.quantity, figure.quantity) ? SAME_VALUE_BONUS : 0) + stageWeight;
      evidence = 'indicator';
      if (otherWorks && stageAnswered === null) stageAnswered = candidates.some((other) => isActualRole(other) && other.kind === kind && !stageMismatch(stage, other.stage));
      // A figure whose words name another statistic (`登记失业率` for `调查失业率`) is never tied by its place.
      const otherStatistic = contrasted(target.context.indicator, figure.context.indicator);
      const isActualOfKind = !otherStatistic && (figure.role !== 'part' || targetIsPart) && figure.kind === kind && !(otherWorks && stageAnswered === true);
      // By place: the figure names nothing, or it is the only target of its kind against the only report-like
      // figure of that kind (`固定资产投资总额增长8%` / `预计一季度投资增速20%左右`).
      // A part of the task's whole is tied by place only to a part of the progress: the figures before any part are the whole's.
      if (raw < PLACE_CONFIDENCE && isActualOfKind && sameKindActuals === place.index && (target.partOfWhole !== true || figure.role === 'part')) {
        if (kindActuals < 0 && !figure.namesNothing && place.count === 1) kindActuals = actualsOfKind(candidates, kind);
        if (figure.namesNothing || (place.count === 1 && (reportsLike(figure) || isCeilingOfMoney(target)) && kindActuals === 1)) {
          raw = Math.max(raw, PLACE_CONFIDENCE * units);
          evidence = 'position';
        }
      }
      // The target's own figure, in its own counting word, as the one actual of its kind, said as done (`完成12所…改造` /
      // `为12所敬老院加装了扶手`): the target done, whatever words the report describes it with. Not a scope
      // (`督导17家机构建设进展`): the phrase must say something was done.
      if (raw < PLACE_CONFIDENCE && isActualOfKind && sameValue && units >= 0.9 && (figure.stage === 'finish' || SAID_DONE.test(figure.context.phrase))) {
        if (countedAlike < 0) countedAlike = candidates.filter((other) => isActualRole(other) && unitCompatibility(target.quantity, other.quantity) >= 0.9).length;
        if (countedAlike === 1) {
          raw = PLACE_CONFIDENCE;
          evidence = 'position';
        }
      }
      // By stage: a target to finish (`竣工200部`) and the one figure of its kind that counts works finished (`已完工368部`). A target
      // that names no stage (`完成…村庄61个`, `建设校舍面积33.9万平方米`) is answered by the works finished too, where the progress
      // counts works started or still being built beside them (`61个村庄已全部开工建设,其中44个村庄已完成治理建设`, `已完成66.6万平方米,
      // 在建65.7万平方米`, or says them all started: `…已全部开工,其中2358个小区已完工`): the report tells its stages apart, and
      // the last is the one that builds. Not a part of the task's whole, which the whole's figures never answer.
      if (raw < PLACE_CONFIDENCE && isActualOfKind && figure.stage !== null && (figure.stage === stage || (stage === null && figure.stage === 'finish' && target.partOfWhole !== true && (startedToo ??= candidates.some((other) => (other.stage === 'start' || other.stage === 'ongoing') && ((isActualRole(other) && other.kind === kind) || other.role === 'share')))))) {
        if (ofStage < 0) ofStage = candidates.filter((other) => isActualRole(other) && other.kind === kind && other.stage === figure.stage).length;
        if (ofStage === 1) {
          raw = Math.max(raw, PLACE_CONFIDENCE * units);
          evidence = 'position';
        }
      }
      // By the row's own word: the one actual counted in the word only this target of the row counts in, said done.
      if (raw < PLACE_CONFIDENCE && units === 1 && isActualOfKind && !otherWorks && (figure.stage === 'finish' || SAID_DONE.test(figure.context.phrase))) {
        if (ownWord === null) ownWord = ownWordOfRow(target, rowTargets);
        if (ownWord) {
          if (countedInWord < 0) countedInWord = candidates.filter((other) => isActualRole(other) && other.quantity.unit === target.quantity.unit).length;
          if (countedInWord === 1) {
            raw = PLACE_CONFIDENCE;
            evidence = 'position';
          }
        }
      }
      if (figure === resultOfPlan && raw < PLACE_CONFIDENCE && units > 0) {
        raw = PLACE_CONFIDENCE;
        evidence = 'position';
      }
      if (isActualOfKind) sameKindActuals += 1;
      confidence = roundConfidence(raw);
      if (units === 1 && figure.role !== 'part' && !otherWorks && !otherStatistic) {
        if (bestOfUnit === null || confidence > bestOfUnit.confidence) {
          secondOfUnit = bestOfUnit?.confidence ?? secondOfUnit;
          bestOfUnit = { figure, confidence, evidence };
          alikeOfUnit = similarity;
        } else secondOfUnit = Math.max(secondOfUnit, confidence);
      }
    }
    if (best === null || confidence > best.confidence) best = { figure, confidence, evidence };
  }
  // The row's only target (or its only one counted in its word) and the figure of its very unit that is most alike, clearly ahead of
  // the others of that unit: the figure that answers it, though few words are shared (`社会保障卡工程年度任务
  // 发卡60万张` / `目前发卡37.9万张`). A figure sharing nothing with the target is still about something else.
  if (bestOfUnit !== null && best !== null && best.figure === bestOfUnit.figure && isActualRole(bestOfUnit.figure)
    && alikeOfUnit >= SOMETHING_ALIKE && best.confidence < PLACE_CONFIDENCE && best.confidence - secondOfUnit >= CLEAR_LEAD
    && (place.count === 1 || onlyTargetInItsWord(target, rowTargets))) {
    best = { figure: best.figure, confidence: PLACE_CONFIDENCE, evidence: 'position' };
  }
  // The table reckons its actual column against the plan column, whatever stage of works it counts (`开工数` of a plan to start).
  if (pairedColumn !== null) return { compatibleFigures, figureOfKind: true, best: { figure: pairedColumn, confidence: 1, evidence: 'indicator' } };
  if (best !== null && best.figure.role === 'part' && !targetIsPart) best = wholeBeforePart(target, candidates, best);
  // `分解落实的20个项目已开工18个，完工5个` against `7个…项目`: parts of another whole, of which no reviewer can tell the target's share.
  if (best !== null && !targetIsPart && best.evidence !== 'share' && partOfAnotherWhole(target, candidates, best.figure)) {
    best = { ...best, confidence: Math.min(best.confidence, OTHER_WORKS_ONLY), doubt: 'otherWhole' };
  }
  // `已全部开工` against a target to build: the share of the works started, not of the works done.
  if (best !== null && best.figure.role === 'share' && best.figure.stage === 'start' && stageMismatch(stage, 'start')) {
    best = { ...best, confidence: Math.min(best.confidence, OTHER_WORKS_ONLY), doubt: 'otherWorks' };
    figureOfKind = true;
  }
  // Only works started or prepared are counted against a target of works built (`已开工10个` / `12个新改扩建学校项目`):
  // a figure of the kind, but no reviewer can tell how many are built.
  if (best !== null && best.evidence !== 'share' && stageMismatch(stage, best.figure.stage) && !isReckonedAgainst(target, best.figure, rowTargets)) {
    stageAnswered ??= candidates.some((other) => isActualRole(other) && other.kind === kind && !stageMismatch(stage, other.stage));
    // `66个…已全部开工…暂时还没有已完工的`: none finished, said in words beside the starts, is the count of the target's works built.
    const noneFinished = stageAnswered ? undefined : candidates.find((other) => other.noneFinishedInWords === true);
    if (noneFinished !== undefined && !stageMismatch(stage, noneFinished.stage)) best = { figure: noneFinished, confidence: PLACE_CONFIDENCE, evidence: 'share' };
    else if (!stageAnswered) {
      best = { ...best, confidence: Math.min(best.confidence, OTHER_WORKS_ONLY), doubt: 'otherWorks' };
      // `完成评审45个,三通一平开工建设45个,已完工22个` against `建设57个安置点`: the only counts of the target's unit are its works
      // at other stages, whatever words they name: figures of its kind, which a reviewer cannot tell built or not (unclear).
      if (best.figure.kind === kind && unitCompatibility(target.quantity, best.figure.quantity) >= 0.9) figureOfKind = true;
    }
  }
  if (best !== null && best.doubt === undefined) best = amountOfTheShare(target, stage, candidates, best);
  const twoBases = best === null || best.doubt !== undefined ? null : changeOnTwoBases(target, candidates, best.figure);
  if (best !== null && twoBases !== null) {
    if (twoBases.sameBasis !== null) best = { ...best, figure: twoBases.sameBasis };
    else if (twoBases.rival !== null) best = { ...best, confidence: Math.min(best.confidence, OTHER_WORKS_ONLY), doubt: 'otherBasis', rival: twoBases.rival };
  }
  // `已开工837个项目、41.85万套` against 40万套: of one work counted in two units, the figure in the target's own word.
  if (best !== null && best.doubt === undefined && isActualRole(best.figure) && unitCompatibility(target.quantity, best.figure.quantity) < 1) {
    const paired = pairInTheTargetsUnit(target.quantity, best.figure, candidates);
    if (paired !== null && paired.role === best.figure.role) best = { ...best, figure: paired };
  }
  return { compatibleFigures, figureOfKind, best };
}
