/**
 * The numeric targets a task or milestone text states (DOMAIN §4). Every quantity with a unit or measure
 * word is a candidate — with a comparator (`覆盖率不低于81%`), after a verb (`新建改扩建17家社区卫生服务中心`),
 * leading an item (`20个村级养老服务站建设`), a rate alone (`增长7%`) — and the exceptions are named in
 * `nonTargetReason`: qualifiers (`10亿元以上项目`), standards (`每人每月补助600元`), phrases (`一批`).
 */
import type { Quantity } from '../numbers/types';
import type { CalendarDate } from '../report/types';
import { quantitiesInContext, type QuantityInContext } from './_lib/quantitiesInContext';
import type { QuantityContext } from './_lib/describeQuantity';
import { isShareTarget } from './_lib/figureRole';
import { nonTargetReason } from './_lib/nonTargetReason';
import { isLevelBeforeTheChange } from './_lib/baselineOfThePlan';
import { burdenWordsBefore, isCeilingOfABurden } from './_lib/burdenCeiling';
import { allowedThing, isControlAllowance } from './_lib/namedCeiling';
import { comparatorOfSignedFigure } from './_lib/signedChange';
import { namesBeforeDistribution, pairedIndicators } from './_lib/namesBeforeDistribution';
import { directionOf, type Direction } from './_lib/quantityDirection';
import { growthOfAnAmountsAim } from './_lib/growthOfAnAmountsAim';
import { deadlineInText, windowStartInText, yearEnd } from './_lib/targetDates';
import { isPartRepeatingATarget } from './_lib/partRepeatingATarget';
import type { Comparator } from './types';

export interface TargetStatement {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
  readonly op: Comparator;
  /** In base units; the chosen year's figure for a series, the lower bound for a range. */
  readonly value: number;
  readonly upper: number | null;
  /** Written as a part of a whole the text states first (`…10081户，其中，建档立卡贫困户8513户`): see `isPartOfWholeTarget`. */
  readonly partOfWhole?: true;
  /** The deadline the text itself names (or the series year's end), else null. */
  readonly deadline: CalendarDate | null;
  /** The first day of the window of years the text names (`2013—2017年`), from which the target is paced; absent for a year's target. */
  readonly windowStart?: CalendarDate | null;
  /** `增长7%` up, `降低3%` down: how a reported change is read against it. */
  readonly direction: Direction;
  /** A completion share to reach (`完成年度检查任务的70%以上`): answered by a reported share. */
  readonly isShare: boolean;
  /**
   * A year's list of investment projects sized with its money and measured by its starts (`projectsMeasuredByStarts`): it asks
   * for its projects started, whatever its words name.
   */
  readonly measuredByStarts?: true;
  /** A part of the figure before it, in parentheses (`7.8万亩(其中…封山育林1万亩…)`): read only with `partsInParentheses`. */
  readonly inParentheses?: true;
  /** One payer's part of a planned sum (`其中中央资金9.9亿元`): read only with `payersOfSums`. */
  readonly payerOfASum?: true;
  /** A count of projects going on from past years (`续建项目53个`): read only with `worksOfPastYears`. */
  readonly worksOfPastYears?: true;
}

export interface ExtractTargetsOptions {
  /** The report's year: it dates deadlines and picks a series' figure. */
  readonly year: number | null;
  /**
   * Keep the parts in parentheses after a figure (`146所学校（74所中小学和72所幼儿园）`), marked `inParentheses`: they
   * describe the whole unless the progress counts them, which only the caller that reads the progress can tell.
   */
  readonly partsInParentheses?: boolean;
  /**
   * Keep the part of a planned sum one payer puts in (`其中中央资金9.9亿元`), marked `payerOfASum`: it says where the money
   * comes from unless the progress measures that payer's share (`完成中央资金7.3亿元`), which only the progress tells.
   */
  readonly payersOfSums?: boolean;
  /**
   * Keep the counts of projects going on from past years (`续建项目53个`), marked `worksOfPastYears`: started already, they
   * are no works of the year unless the progress counts them resumed (`复工50个`), which only the progress tells.
   */
  readonly worksOfPastYears?: boolean;
}

/**
 * How far from its figure a target's deadline is looked for. The longest sentence in the seeds has 130
 * characters; a cell without full stops is one "sentence" of up to 32,767, and reading all of it again
 * for each of its thousands of targets took seconds for one row.
 */
const SENTENCE_REACH = 160;

/**
 * The figures of one distribution share the indicator written before the first (`示范标准村卫生室分别不少于
 * 20个和50个`); a shared qualifier `省、市级…` gives each its own (`省级…`, `市级…`).
 */
function withDistributedIndicators(text: string, items: readonly QuantityInContext[]): QuantityInContext[] {
  const result: QuantityInContext[] = [];
  let group: QuantityInContext[] = [];
  for (const item of items) {
    if (item.quantity.kind === 'distribution') {
      // Two lists in a row (`…分别不少于20个和50个；…分别不少于3家和5家`) are two groups, each with its indicator.
      const last = group[group.length - 1];
      if (last && !continuesList(text, last.quantity, item.quantity)) group = flushDistribution(text, group, result);
      group.push(item);
      continue;
    }
    if (group.length > 0) group = flushDistribution(text, group, result);
    result.push(item);
  }
  flushDistribution(text, group, result);
  return result;
}

/**
 * Appends the figures of one distribution to `result` with their shared indicator and phrase, and returns
 * the next (empty) group. A module function, not a closure: most texts hold no distribution at all.
 */
function flushDistribution(text: string, group: readonly QuantityInContext[], result: QuantityInContext[]): QuantityInContext[] {
  const [first] = group;
  if (!first) return [];
  const indicator = first.context.indicator;
  const prefix = SHARED_QUALIFIER.exec(text.slice(Math.max(0, first.context.phraseStart - 2), first.context.phraseStart));
  const qualifiers = prefix && group.length === 2 && QUALIFIED.test(indicator) ? [`${prefix[1] ?? ''}${indicator.slice(1)}`, indicator] : [];
  // `化学需氧量、二氧化硫…排放量削减目标分别为1%、1%…`: each name before 分别 has its figure; the last keeps the shared words.
  const names = qualifiers.length === 0 ? namesBeforeDistribution(text, first.quantity.span.start, group.length) : null;
  if (names) qualifiers.push(...pairedIndicators(names, indicator));
  group.forEach((item, index) => {
    // A later figure of the list is shown with the words it shares: `…分别不少于20个和50个`, unless the
    // list runs so long that every figure would repeat all of it (a cell of thousands of figures).
    const phraseEnd = Math.max(item.context.phraseEnd, item.quantity.span.end);
    const sharedStart = index === 0 ? item.context.phraseStart : first.context.phraseStart;
    const phraseStart = phraseEnd - sharedStart > LONGEST_SHARED_PHRASE ? item.context.phraseStart : sharedStart;
    const phrase = text.slice(phraseStart, phraseEnd);
    result.push({ ...item, context: { ...item.context, indicator: qualifiers[index] ?? indicator, phrase, phraseStart, phraseEnd } });
  });
  return [];
}

/** A list phrase shown whole for each of its figures is a sentence at most. */
const LONGEST_SHARED_PHRASE = 120;
const SHARED_QUALIFIER = /([\u4e00-\u9fff])、$/;
/** What stands between two figures of one list (the quantity reader joins them on the same marks, either width). */
const LIST_CONNECTORS: ReadonlySet<string> = new Set(['和', '、', ',', '，', '及', '与', ';', '；']);

function continuesList(text: string, previous: Quantity, next: Quantity): boolean {
  const between = text.slice(previous.span.end, next.span.start).trim();
  return between.length === 1 && LIST_CONNECTORS.has(between);
}
const QUALIFIED = /^[\u4e00-\u9fff]级/;

/** `209项10亿元新开工项目`: the size of the projects (a sum, `nonTargetReason`'s qualifier), then the projects counted. */
const SIZED_PROJECTS_AFTER = /^\s*[0-9０-９][0-9０-９.．]*\s*(?:万|亿)?元([\u4e00-\u9fff]{0,6}?(?:项目|項目))/;

/**
 * A count followed by the size of what it counts reads its indicator after the size: the words before the count
 * (`今年全区重点调度的`) only say which list it is.
 */
function withProjectsAfterTheirSize(text: string, quantity: Quantity, context: QuantityContext): QuantityContext {
  const sized = SIZED_PROJECTS_AFTER.exec(text.slice(quantity.span.end, quantity.span.end + 20));
  const projects = sized?.[1];
  if (!sized || !projects) return context;
  const phraseEnd = quantity.span.end + sized[0].length;
  return { ...context, indicator: projects, otherIndicator: context.indicator, phraseEnd, phrase: text.slice(context.phraseStart, phraseEnd) };
}

/** What joins the figures of one work measured in two units (`5.1万个、840万户`, `67个和153万平方米`): never a comma. */
const SAME_WORK_JOINS: ReadonlySet<string> = new Set(['、', '和', '及', '与']);
/** Whom the same work reaches, between the join and the figure (`、涉及居民865万户`, `、惠及群众…`): no work of its own. */
const WHOM_THE_WORK_REACHES = /^(?:涉及|惠及|覆盖)[\u4e00-\u9fff]{0,6}$/;

/**
 * A figure joined to the figure before it in another counting word, with no words of its own (`新开工改造城镇老旧小区
 * 5.1万个、840万户`) or only whom the work reaches (`…5.3万个、涉及居民865万户`): the same work measured in another unit.
 * Its phrase runs from that work's words, so the stage of the work (开工) is its stage too, and a bare figure takes the
 * work's words as its own; a figure of those works in its unit (`新开工改造…2.74万个、474万户`) answers it. A figure that
 * names its own thing (`、更新电梯50部`) keeps its words.
 */
function withSameWorkInAnotherUnit(text: string, items: QuantityInContext[]): QuantityInContext[] {
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index];
    const previous = items[index - 1];
    if (!item || !previous || previous.context.indicator === '') continue;
    if (item.quantity.unit === previous.quantity.unit || item.quantity.kind === 'distribution') continue;
    const between = text.slice(previous.quantity.span.end, item.quantity.span.start).trim();
    if (!SAME_WORK_JOINS.has(between.charAt(0))) continue;
    const ownWords = between.slice(1).trim();
    // `70%、28万户农牧民`: a bare join before a figure that names its thing after it is a list of two things.
    if (ownWords === '' ? item.context.indicator !== '' : !WHOM_THE_WORK_REACHES.test(ownWords)) continue;
    const phraseStart = previous.context.phraseStart;
    const phraseEnd = Math.max(item.context.phraseEnd, item.quantity.span.end);
    const indicator = ownWords === '' ? previous.context.indicator : item.context.indicator;
    items[index] = { ...item, context: { ...item.context, indicator, phrase: text.slice(phraseStart, phraseEnd), phraseStart, phraseEnd } };
  }
  return items;
}

/** Only the change's words between the level before and the level after (`增加到`, `提高至`). */
const CHANGE_WORDS_ONLY = /^\s*[\u4e00-\u9fff]{0,3}\s*$/;
/** The 从 or 由 that closes the words of the level before (`国土绿化任务从`). */
const FROM_AT_END = /\s*[从由]\s*$/;

/**
 * The level a change moves to (`…从120万亩增加到200万亩`) measures what the words before the level it starts from name: its own
 * words are only the change's (`增加到`).
 */
function withIndicatorOfTheLevelBefore(text: string, before: QuantityInContext, after: QuantityInContext): QuantityContext {
  if (after.quantity.unit !== before.quantity.unit || before.context.indicator === '') return after.context;
  if (!CHANGE_WORDS_ONLY.test(text.slice(before.quantity.span.end, after.quantity.span.start))) return after.context;
  return { ...after.context, indicator: before.context.indicator.replace(FROM_AT_END, '') };
}

/** What makes two statements of one text the same target. */
function statementKey(indicator: string, value: number, upper: number | null, unit: string, op: Comparator): string {
  return `${indicator}|${value}|${upper ?? ''}|${unit}|${op}`;
}

/**
 * How many of the statements before a count are compared with it: a restatement follows within a few sentences, and a
 * pasted cell of thousands of figures must not compare each with all before it.
 */
const RESTATED_REACH = 24;

/**
 * `将“新建改扩建1000所幼儿园”列入十项重点民生实事…全省应新建改扩建1000所城乡幼儿园`: the same figure in the same unit and
 * sense, its thing named once shorter (the list item's name) and once in full (the plan's own sentence), is one target, stated
 * twice, by the same verb. Things that only share a figure (`新增床位1000张`, `新增学位1000个`) name different things and stay two;
 * so do other works on the same things (`新建公厕20座`, `改造农村公厕20座`) and counts in another unit. Counts only: rates and
 * levels of nested things are different aims (`服务业增加值增长7%以上` beside `生产性服务业增加值增长7%以上`).
 */
function restatesAnEarlierCount(statements: readonly TargetStatement[], quantity: Quantity, context: QuantityContext, op: Comparator): boolean {
  const indicator = context.indicator;
  const verb = context.targetVerb?.verb;
  if (quantity.unitClass !== 'count' || verb === undefined || indicator.length < MIN_RESTATED_WORDS) return false;
  for (let index = statements.length - 1; index >= Math.max(0, statements.length - RESTATED_REACH); index -= 1) {
    const statement = statements[index];
    if (!statement || statement.value !== quantity.value || statement.upper !== quantity.upper || statement.quantity.unit !== quantity.unit || statement.op !== op) continue;
    // `新建公厕20座`, `改造农村公厕20座`: another work on the same things is another target.
    if (statement.context.targetVerb?.verb !== verb) continue;
    const words = statement.context.indicator;
    if (words.length >= MIN_RESTATED_WORDS && (words.endsWith(indicator) || indicator.endsWith(words))) return true;
  }
  return false;
}

/** A thing named in one character (`户`, `所`) says too little to tell two targets are one. */
const MIN_RESTATED_WORDS = 2;

/**
 * @example
 * extractTargets('增加精神科医师 5 名。', { year: 2021 })[0]
 * // { value: 5, op: '>=', context: { indicator: '精神科医师', phrase: '增加精神科医师 5 名', … }, … }
 */
export function extractTargets(text: string, options: ExtractTargetsOptions): TargetStatement[] {
  const statements: TargetStatement[] = [];
  // Made at the second statement: most texts state one.
  let seen: Set<string> | null = null;
  let listed: { readonly quantity: Quantity; readonly direction: Direction } | null = null;
  // `任务从120万亩增加到200万亩`: the level a change starts from, whose words name what the level it moves to measures.
  let changedFrom: QuantityInContext | null = null;
  for (const item of withSameWorkInAnotherUnit(text, withDistributedIndicators(text, quantitiesInContext(text, options.year, true)))) {
    const { quantity } = item;
    const reason = nonTargetReason(text, quantity, item.context);
    if (reason === 'qualifier' && isLevelBeforeTheChange(text, quantity.span.start, quantity.span.end)) {
      changedFrom = item;
      continue;
    }
    const ownContext = changedFrom !== null ? withIndicatorOfTheLevelBefore(text, changedFrom, item) : item.context;
    changedFrom = null;
    const sizedContext = quantity.unitClass === 'count' ? withProjectsAfterTheirSize(text, quantity, ownContext) : ownContext;
    if (reason !== null && !(reason === 'partInParentheses' && options.partsInParentheses === true) && !(reason === 'payerOfASum' && options.payersOfSums === true)
      && !(reason === 'worksOfPastYears' && options.worksOfPastYears === true)) continue;
    // `削减目标分别为1%、2.5%`: the figures after the first of a list share its direction.
    // `工业总产值 | 年度目标 8%`: a percent aim of an amount is its growth, though no word of change is written.
    const direction: Direction = directionOf(text, quantity) ?? (listed !== null && quantity.kind === 'distribution' && continuesList(text, listed.quantity, quantity) ? listed.direction : null)
      ?? growthOfAnAmountsAim(text, quantity);
    listed = quantity.kind === 'distribution' ? { quantity, direction } : null;
    // `城镇调查失业率5.5%左右`: a level of a burden, without a comparator, is a ceiling; so is a 控制指标 of any unit.
    const allowance = direction === null && quantity.comparator === null && isControlAllowance(text, quantity.span.start);
    const ceiling = allowance || (direction === null && isCeilingOfABurden(burdenWordsBefore(text, quantity.span.start), quantity));
    const context = allowance ? { ...sizedContext, indicator: allowedThing(sizedContext.indicator) } : sizedContext;
    const op: Comparator = quantity.kind === 'range' ? 'range' : (quantity.comparator ?? (ceiling ? '<=' : comparatorOfSignedFigure(quantity.value, '>=', direction !== null)));
    // Task cells often repeat their headline (`创建30所…示范点。全市创建30所…示范点。`).
    if (statements.length > 0) {
      const key = statementKey(context.indicator, quantity.value, quantity.upper, quantity.unit, op);
      seen ??= new Set(statements.map((statement) => statementKey(statement.context.indicator, statement.value, statement.upper, statement.quantity.unit, statement.op)));
      if (seen.has(key)) continue;
      if (restatesAnEarlierCount(statements, quantity, context, op)) continue;
      // `…10813套;…11564套,其中棚改安置房10813套`: a part that repeats a target already stated is that target again.
      if (isPartRepeatingATarget(statements, text, quantity, op)) continue;
      seen.add(key);
    }
    // The deadline is read around the figure, at most a sentence's reach either side.
    const sentenceStart = Math.max(context.sentenceStart, quantity.span.start - SENTENCE_REACH);
    const sentence = text.slice(sentenceStart, Math.min(context.sentenceEnd, quantity.span.end + SENTENCE_REACH));
    const clauseBefore = text.slice(sentenceStart, quantity.span.start);
    const seriesYear = quantity.kind === 'series' ? (quantity.series.find((entry) => entry.value === quantity.value)?.year ?? null) : null;
    const deadline = seriesYear !== null ? yearEnd(seriesYear) : deadlineInText(sentence, clauseBefore, options.year);
    const windowStart = seriesYear !== null ? null : windowStartInText(sentence);
    const inParentheses = reason === 'partInParentheses' ? true : undefined;
    const statement: TargetStatement = { quantity, context, op, value: quantity.value, upper: quantity.upper, deadline, windowStart, direction, isShare: isShareTarget(text, quantity), inParentheses };
    // Rare: the flag is set only on the few payers' parts, so every other statement keeps one shape.
    statements.push(reason === 'payerOfASum' ? { ...statement, payerOfASum: true } : reason === 'worksOfPastYears' ? { ...statement, worksOfPastYears: true } : statement);
  }
  return statements;
}
