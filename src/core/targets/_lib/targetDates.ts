/**
 * Dates of a target (DOMAIN §4): its deadline from the text (全年/年内/年底前/年度 → 12月31日, 上半年 →
 * 6月30日, `9月底前` → 9月30日) or else a default; the as-of date of the progress (`截至9月底`, `截至10月7日`);
 * and the pace, the elapsed share of the time from the year's start to the deadline.
 */
import { daysInMonth } from '../../report/parsePeriod';
import type { CalendarDate } from '../../report/types';
import { clauseBefore } from './clauses';

export interface YearStart {
  readonly month: number;
  readonly day: number;
}

export const DEFAULT_YEAR_START: YearStart = { month: 1, day: 1 };

const CHINESE_MONTHS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};

function monthNumber(text: string): number | null {
  const value = /^\d+$/.test(text) ? Number(text) : (CHINESE_MONTHS[text] ?? null);
  return value !== null && value >= 1 && value <= 12 ? value : null;
}

export function yearEnd(year: number): CalendarDate {
  return { year, month: 12, day: 31 };
}

export function monthEnd(year: number, month: number): CalendarDate {
  return { year, month, day: daysInMonth(year, month) };
}

const YEAR_END_WORDS = /全年|年内|年底|年末/;
const ANNUAL = /年度/;
const FIRST_HALF = /上半年/;
const MONTH_END = /(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:底|末|份前|前)/;
const QUARTER_END = /([一二三四1-4])季度(?:末|底)/;
const NAMED_YEAR_END = /(\d{4})\s*年\s*(?:底|末|年底|内)/;
/**
 * A month named as when a step is done, the verb right after it (`承诺3月份开复工36项`, `4月：完成筛查人数1480人`,
 * `预计2024年5月完工`): the step is due when the month ends (`3月份召开推进会` names no step). Not the last month of a span the figures are of
 * (`1-9月完成投资`), nor a month of a date inside a longer name (`十二月`).
 */
const STEP_MONTH = /(?:(\d{4})\s*年\s*)?(?<![\d十\-—–~至到]\s*)(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?\s*[:：,，]?\s*(?:计划|应|要|需|预计)?\s*(?:完成|开工|开复工|复工|竣工|完工|建成|目标任务)/;
/**
 * A quarter named as when a step is done (`二季度完成公益惠民演出活动20场`, `前三季度应完成城市公园等项目55个`, `一季度集中开工重大产业项目
 * 1343个`, the works gathered into one campaign of starts): due when it ends.
 */
const STEP_QUARTER = /(?<![\d一二三四]|提前\s*)([一二三四1-4])季度\s*(?:计划|应|要|需)?\s*(?:集中|累计|合计|共)?\s*(?:完成|开工|开复工|复工|竣工|完工|建成)/;
/**
 * The year a plan runs to (`到2020年，卫生厕所普及率要达到85%`, `计划到2013年全面解决`, `确保到2019年完成`): due at its end. Not an as-of
 * year (`截至2020年`); `到2018年底` is read with the named year's end.
 */
const UNTIL_YEAR = /(?<!截\s*)(?:到|至)\s*(\d{4})\s*年(?![底末内度级])/;
/** 五 for a five-year plan (`“十四五”期末`). */
const MAY_NAME_A_DEADLINE = /[年月季五]/;
/** A window of years (`2013—2017年`, `2018年至2019年`, `2018-2020年`); not a school year (`2023-2024学年`). */
const YEAR_WINDOW = /(\d{4})\s*年?\s*[—–\-~至到]\s*(\d{4})\s*年(?!级|度?以前)/;

/**
 * A five-year plan named as the span a target is due in (`“十四五”期末`, `十二五期间`, `“十一五”末`, `“十三五”时期`): the
 * plans since the eleventh run 2006–2010, 2011–2015, …; not the plan only cited (`“十三五”以来`, `列入“十五五”规划`).
 * The tenth (十五) is left out: it reads as the number 15.
 */
const FIVE_YEAR_PLAN = /十([一二三四五])五\s*[”"」』]?\s*(?:规划)?\s*(?:期末|期间|末|时期|期内)/;
const FIVE_YEAR_PLAN_ORDINALS: Readonly<Record<string, number>> = { 一: 11, 二: 12, 三: 13, 四: 14, 五: 15 };
/** The first year of the eleventh five-year plan; each later plan starts five years after the one before. */
const ELEVENTH_PLAN_START = 2006;

function fivePlanWindowIn(sentence: string): { readonly first: number; readonly last: number } | null {
  // Most target sentences name no plan: the character test spares the expression.
  if (!sentence.includes('五')) return null;
  const plan = FIVE_YEAR_PLAN.exec(sentence);
  const ordinal = plan ? FIVE_YEAR_PLAN_ORDINALS[plan[1] ?? ''] : undefined;
  if (ordinal === undefined) return null;
  const first = ELEVENTH_PLAN_START + 5 * (ordinal - 11);
  return { first, last: first + 4 };
}

/** The first and last year of the window of years a sentence names, or null (a single year, or none). */
function yearWindowIn(sentence: string): { readonly first: number; readonly last: number } | null {
  const window = YEAR_WINDOW.exec(sentence);
  if (!window) return fivePlanWindowIn(sentence);
  const first = Number(window[1]);
  const last = Number(window[2]);
  return first < last ? { first, last } : null;
}

/**
 * The first day of the window of years a target's sentence names (`2013—2017年`), or null: a target for a
 * window is due at the end of its last year (`deadlineInText`) and its pace runs from the start of its first.
 */
export function windowStartInText(sentence: string): CalendarDate | null {
  const window = yearWindowIn(sentence);
  return window ? { year: window.first, month: 1, day: 1 } : null;
}

/**
 * The months from the year's start to a month, written before what is planned for them (`1-9月计划`, `1至6月计划投资`,
 * `1-3月份工作任务`, `1-4月完成投资计划额`): not the months a progress figure is of (`1-9月，…完成投资17.48亿元`).
 */
const ELAPSED_MONTHS_STEP = /(?:^|[^\d.])[1一]\s*[-—–~至到]\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月份?\s*(?:[\u4e00-\u9fff]{0,4}?)(?:计划|目标|工作任务|任务)/;

/** `上半年，全年…`: a 全年 after the last 上半年 before the figure. */
function yearNamedAfterTheHalf(clauseBeforeQuantity: string): boolean {
  const half = clauseBeforeQuantity.lastIndexOf('上半年');
  return half >= 0 && clauseBeforeQuantity.indexOf('全年', half) > half;
}

/**
 * `全年计划新开工项目97项,1-8月计划开工74项`: the year's figure and the months' step in clauses of their own; the 全年 of the
 * figure's own clause, nearer to it than the step (which comes after the figure, or in a clause before the 全年), dates it.
 */
function yearNamedNearerThanTheStep(clauseBeforeQuantity: string, stepIndex: number): boolean {
  const yearAt = clauseBeforeQuantity.lastIndexOf('全年');
  if (yearAt < 0) return false;
  if (stepIndex >= clauseBeforeQuantity.length) return true;
  return yearAt > stepIndex && CLAUSE_MARK.test(clauseBeforeQuantity.slice(stepIndex, yearAt));
}
const CLAUSE_MARK = /[，,；;。]/;

/** A sentence that opens with a year of its own (not a window `2021—2025年`, not `2021年以来`). */
const PAST_YEAR_OPENING = /^\s*(\d{4})\s*年(?!\s*(?:[—–\-~至到]|\d|以来|起|来|至今|度?以前))/;

/**
 * The figure's own clause, after the last mark before it: `…获悉,截至6月底,2019年度971个…任务` opens its clause on a past year as a
 * sentence would, after a reporter's lead-in and the as-of date, and the figure is that year's.
 */
function ownClause(clauseBeforeQuantity: string): string {
  return clauseBefore(clauseBeforeQuantity, clauseBeforeQuantity.length, clauseBeforeQuantity.length);
}

/**
 * The deadline a target's sentence names, or null. `年度` counts unless it only qualifies the task the
 * figure is a share of (`完成年度检查任务的70%`: a quarter's share of the annual task).
 */
export function deadlineInText(text: string, clauseBeforeQuantity: string, year: number | null): CalendarDate | null {
  // Every deadline below names a year, a month or a quarter; most target sentences name none.
  if (!MAY_NAME_A_DEADLINE.test(text)) return null;
  const asOfWritten = text.includes('截至') || text.includes('截止');
  // `截止8月底应开工项目186个`: what should have been done by the as-of date is due then.
  if (asOfWritten && year !== null && text.includes('应')) {
    const quota = QUOTA_DUE_AT_THE_AS_OF_DATE.exec(text);
    const month = quota ? monthNumber(quota[2] ?? '') : null;
    if (quota && month !== null) return monthEnd(quota[1] ? Number(quota[1]) : year, month);
  }
  // `截至8月底，全省200项重点项目`, `至7月底，中央下达…投资计划`: the date the report speaks as of, copied into the task, is no deadline.
  const withoutAsOf = asOfWritten ? text.replace(AS_OF_IN_TARGET, '') : text;
  const sentence = withoutAsOf.includes('至') ? withoutAsOf.replace(AS_OF_OPENING_THE_TASK, '') : withoutAsOf;
  const stepDate = year === null ? null : dateOfTheStep(clauseBeforeQuantity, year);
  if (stepDate !== null) return stepDate;
  // `2014年和2015年分别安排任务500万亩和1000万亩`: each figure is due at the end of its own year.
  const pairedYear = sentence.includes('分别') ? yearPairedRespectively(sentence, clauseBeforeQuantity) : null;
  if (pairedYear !== null) return yearEnd(pairedYear);
  // `2606个撤并村通公路(2013—2017年)`: due at the end of the window's last year.
  const window = yearWindowIn(sentence);
  if (window) return yearEnd(window.last);
  const namedYear = NAMED_YEAR_END.exec(sentence);
  if (namedYear) return yearEnd(Number(namedYear[1]));
  const untilYear = UNTIL_YEAR.exec(sentence);
  if (untilYear) return yearEnd(Number(untilYear[1]));
  if (year === null) return null;
  // `2021年“十个十”工程计划开展100个子项目` in a 2023 report: a past year's target, due at that year's end.
  const pastYear = PAST_YEAR_OPENING.exec(sentence) ?? PAST_YEAR_OPENING.exec(ownClause(clauseBeforeQuantity));
  if (pastYear && Number(pastYear[1]) < year) return yearEnd(Number(pastYear[1]));
  // `1-9月计划新开工项目67个`, `1-3月份工作任务1018项`: a step counted from the year's start, due when its months end.
  const elapsedStep = ELAPSED_MONTHS_STEP.exec(sentence);
  if (elapsedStep && !yearNamedNearerThanTheStep(clauseBeforeQuantity, elapsedStep.index)) {
    const number = monthNumber(elapsedStep[1] ?? '');
    if (number !== null) return monthEnd(year, number);
  }
  // `上半年，全年纳入…项目72个`: the report's period, then the year the figure is for; the word nearer the figure rules.
  const half = FIRST_HALF.exec(sentence);
  if (half && !yearNamedAfterTheHalf(clauseBeforeQuantity)) return monthEnd(namesTheNextYear(sentence, half.index) ? year + 1 : year, 6);
  const month = MONTH_END.exec(sentence);
  if (month) {
    const number = monthNumber(month[1] ?? '');
    if (number !== null) return monthEnd(namesTheNextYear(sentence, month.index) ? year + 1 : year, number);
  }
  const quarter = QUARTER_END.exec(sentence);
  if (quarter) {
    const number = monthNumber(quarter[1] ?? '');
    if (number !== null) return monthEnd(year, number * 3);
  }
  const stepMonth = STEP_MONTH.exec(sentence);
  if (stepMonth) {
    const number = monthNumber(stepMonth[2] ?? '');
    if (number !== null) return monthEnd(stepMonth[1] ? Number(stepMonth[1]) : year, number);
  }
  const stepQuarter = STEP_QUARTER.exec(sentence);
  if (stepQuarter) {
    const number = monthNumber(stepQuarter[1] ?? '');
    if (number !== null) return monthEnd(year, number * 3);
  }
  // `明年底前`, `次年年底`: the end of the year after the report's (the 年 of 明年 is no 年底 of this year).
  if (sentence.includes('年底') && NEXT_YEAR_END.test(sentence)) return yearEnd(year + 1);
  if (YEAR_END_WORDS.test(sentence)) return yearEnd(year);
  const annualShare = /年度[^，,。；;]{0,12}的/.test(clauseBeforeQuantity);
  if (ANNUAL.test(sentence) && !annualShare) return yearEnd(year);
  return null;
}

/** Where a schedule's clauses part: each step is one clause (`3月底开工率不低于30%，6月底开工率不低于60%`). */
const CLAUSE_BREAKS: ReadonlySet<number> = new Set([...'，,；;。'].map((mark) => mark.charCodeAt(0)));
/**
 * A month's or a quarter's end, the first half or the year's end opening a step, with no other figure between it and the
 * step's own (`6月底开工率不低于`, `年底前全部完成`), and no later date in the clause (`年内制定的…11月末以前`).
 */
const STEP_OPENING_DATE = /^\s*(?:[\u4e00-\u9fff]{0,8}?(?:要求|要|需|应|力争|确保|计划|到|在|于))?\s*(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份)|([一二三四1-4])季度(?:末|底)?|(上半年)|(?:年底|年末))\s*(?:前|以前|之前)?[^\d%月季]*$/;

/**
 * The date that opens a figure's own clause, or null: a schedule states its steps one clause each, each with its date
 * (`3月底开工率不低于30%，6月底开工率不低于60%，9月底基本完成全年改造任务`), and a step is due at its own date, not at the
 * first one the sentence names. A clause the date does not open (`今年…9月底前要`, where the date follows other words) is read
 * with the whole sentence, as before.
 */
function dateOfTheStep(clauseBeforeQuantity: string, year: number): CalendarDate | null {
  let from = clauseBeforeQuantity.length;
  while (from > 0 && !CLAUSE_BREAKS.has(clauseBeforeQuantity.charCodeAt(from - 1))) from -= 1;
  // Only a clause after another clause of the sentence can be a later step; the first is read with the whole sentence.
  if (from === 0) return null;
  const step = STEP_OPENING_DATE.exec(clauseBeforeQuantity.slice(from));
  if (!step) return null;
  if (step[1] !== undefined) {
    const month = monthNumber(step[1]);
    return month === null ? null : monthEnd(year, month);
  }
  if (step[2] !== undefined) {
    const quarter = monthNumber(step[2]);
    return quarter === null ? null : monthEnd(year, quarter * 3);
  }
  return step[3] !== undefined ? monthEnd(year, 6) : yearEnd(year);
}

/**
 * The whole task set to be done by a month's end, in a clause of its own without a figure (`确保8月底前全面完成危房改造任务`,
 * `9月底基本完成全年改造任务`): 全面/全部/基本 or 全年 say it is the whole task, not one of its works.
 */
const WHOLE_TASK_DONE_BY = /(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)\s*(?:前|以前|之前)?[^，,。；;\d%]{0,6}?(?:(?:全面|全部|基本)[^，,。；;\d%]{0,2}?完成|完成全年)[^，,。；;\d%]{0,10}?任务/;

/**
 * The month's end a task's texts set for doing the whole task, or null: a report states the task's figures in one sentence
 * and when all of it is to be done in another (`确保8月底前全面完成危房改造任务。…危房改造任务为1034户，其中C级653户`), and
 * the figures are due then, not at the year's end. Asked only for targets whose own sentence names no date.
 *
 * @example
 * wholeTaskDoneBy('确保8月底前全面完成危房改造任务。全县危房改造任务为1034户。', 2017) // { year: 2017, month: 8, day: 31 }
 * wholeTaskDoneBy('8月底前完成危房改造示范点建设。', 2017) // null
 */
export function wholeTaskDoneBy(texts: string, year: number | null): CalendarDate | null {
  // Most tasks name no such date: the character test spares the expression.
  if (year === null || !texts.includes('任务') || !texts.includes('月')) return null;
  const done = WHOLE_TASK_DONE_BY.exec(texts);
  const month = done ? monthNumber(done[1] ?? '') : null;
  return month === null ? null : monthEnd(year, month);
}

/**
 * An as-of date followed, within its clause, by what should have been done by then (`截止8月底合计应开工项目186个`,
 * `截至6月底应完成…`): a quota due at that date, which the report judges as reached or not on the day, not paced to the year's end.
 */
const QUOTA_DUE_AT_THE_AS_OF_DATE = /截[至止]\s*(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)[^，,。；;\d%]{0,8}?应(?:当|该)?\s*(?:开工|开复工|完成|竣工|完工|建成|实施|到位)/;
/**
 * A bare `至` and a month's end opening a task, a comma after it (`至7月底，中央下达我省投资计划37.0亿元`): the date the
 * report speaks as of, as `截至` is; a month's end written before a verb (`至9月底完成…`) stays a deadline.
 */
const AS_OF_OPENING_THE_TASK = /^\s*至\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末)\s*(?=[，,])/;
/** `明年底`, `明年年底`, `次年年底`: the end of the year after the report's. */
const NEXT_YEAR_END = /(?:明|次)年\s*年?底/;
/** `明年6月底前`, `次年3月底`, `明年上半年`: a month's end or half of the year after the report's. */
const NEXT_YEAR_BEFORE = /(?:明年|次年)\s*$/;

/** Whether the words right before a month (at `index`) name the next year. */
function namesTheNextYear(sentence: string, index: number): boolean {
  return index >= 2 && NEXT_YEAR_BEFORE.test(sentence.slice(Math.max(0, index - 4), index));
}

/** Two or three years named one after the other (`2014年和2015年`, `2021年、2022年、2023年`), as the subjects of a 分别. */
const YEARS_LISTED = /(\d{4})\s*年\s*[和、及与]\s*(\d{4})\s*年(?:\s*[和、及与]\s*(\d{4})\s*年)?/;
/** Where the figures of a 分别 list part: a separator after a figure (`500万亩和1000万亩`). */
const FIGURE_THEN_SEPARATOR = /\d[^\d和、及与，,。；;]*?[和、及与]/g;

/**
 * The year a figure of a 分别 list is paired with: `2014年和2015年全国分别安排任务500万亩和1000万亩` sets 500万亩 for 2014 and
 * 1000万亩 for 2015, the n-th figure after 分别 for the n-th year named before it. Null when the years are not listed before
 * 分别, or the figure's place is past the years'.
 */
function yearPairedRespectively(sentence: string, clauseBeforeQuantity: string): number | null {
  const years = YEARS_LISTED.exec(sentence);
  const respectively = clauseBeforeQuantity.lastIndexOf('分别');
  if (years === null || respectively < 0 || years.index > respectively) return null;
  const place = clauseBeforeQuantity.slice(respectively).match(FIGURE_THEN_SEPARATOR)?.length ?? 0;
  const year = [years[1], years[2], years[3]][place];
  return year === undefined ? null : Number(year);
}

/** `截至8月底`, `截止2022年9月30日`, `截至目前`: an as-of date in a target's text. */
const AS_OF_IN_TARGET = /截[至止]\s*(?:(?:\d{4}\s*年\s*)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*\d{1,2}\s*日|底|末|份)?|目前)/g;
/** `截至10月7日`, `截止10月7日` (截止 is written for 截至 as often as not), `截至2023年10月7日`. */
const AS_OF_DAY = /截[至止]\s*(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const AS_OF_MONTH = /截[至止]\s*(?:(\d{4})\s*年\s*)?(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份)?/;

/**
 * `1-9月，全县…完成投资17.48亿元`, `1至6月完成造林…`: figures stated for the months from the year's start to a month are
 * as of that month's end, even where the report was written or dated later (a 1-9月 figure in a report of 30 October).
 * Not a plan for those months (`1-9月计划…`, `1-3月份工作任务`: a step, `ELAPSED_MONTHS_STEP`), nor last year's months
 * named for comparison (`比去年1-9月`, `上年同期1-6月`).
 */
const MONTHS_THE_FIGURES_ARE_OF = /(?<![\d.十])[1一](?<!(?:去年|上年|同期)\s{0,3}(?:\d{4}\s{0,3}年\s{0,3})?.)\s*[-—–~至到]\s*(\d{1,2}|十[一二]?|[二三四五六七八九])\s*月份?(?!\s*[\u4e00-\u9fff]{0,4}?(?:计划|目标|工作任务|任务))/;

/** The date a progress text states its figures as of (`截至10月7日`, `截至9月底`), or null. */
export function asOfInText(progress: string, year: number | null): CalendarDate | null {
  const day = AS_OF_DAY.exec(progress);
  if (day) {
    const dayYear = day[1] ? Number(day[1]) : year;
    const month = Number(day[2]);
    const date = Number(day[3]);
    if (dayYear !== null && month >= 1 && month <= 12 && date >= 1 && date <= daysInMonth(dayYear, month)) return { year: dayYear, month, day: date };
  }
  const month = AS_OF_MONTH.exec(progress);
  if (month) {
    const monthYear = month[1] ? Number(month[1]) : year;
    const number = monthNumber(month[2] ?? '');
    if (monthYear !== null && number !== null) return monthEnd(monthYear, number);
  }
  return null;
}

/** The end of the months a progress text's figures are of (`1-9月，…` → 9月30日), or null. */
export function endOfMonthsTheFiguresAreOf(progress: string, year: number | null): CalendarDate | null {
  // Most progress texts name no span of months; skip the pattern unless a month is written.
  if (year === null || !progress.includes('月')) return null;
  const months = MONTHS_THE_FIGURES_ARE_OF.exec(progress);
  if (!months) return null;
  const number = monthNumber(months[1] ?? '');
  return number === null ? null : monthEnd(year, number);
}

function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / 86400000;
}

/** The day number of the year's start (`yearStart`) in a calendar year; a function of its own, so a pace makes no closure. */
function yearStartDay(year: number, yearStart: YearStart): number {
  return Date.UTC(year, yearStart.month - 1, Math.min(yearStart.day, daysInMonth(year, yearStart.month))) / 86400000;
}

/**
 * The elapsed share of the time from the year's start (or the start of the target's window of years,
 * `windowStart`) to the deadline, as of a date, 0…1 unrounded. Figures as of a month's end are paced by whole months, as
 * reports reckon 序时进度 (一季度 25%, 上半年 "时间过半" 50%, 10月底 10/12), not by days (181/365 at 6月30日); figures as of a
 * day inside a month by days, the as-of day counted as elapsed (`截至3月25日` is the 84th day of 365). A verdict compares with this share, not with the rounded pace shown, since a figure a hair under
 * the pace (4601 of 20000 = 23.005% against 84/365 = 23.01%) is behind, as a reviewer counting days finds it.
 *
 * @example
 * elapsedShareAt({ year: 2013, month: 3, day: 25 }, { year: 2013, month: 12, day: 31 }) // 0.2301…
 */
export function elapsedShareAt(asOf: CalendarDate, deadline: CalendarDate, yearStart: YearStart = DEFAULT_YEAR_START, windowStart: CalendarDate | null = null): number {
  let startYear = deadline.year;
  // A year that starts after the deadline's date began the year before (a fiscal year from 7月1日).
  if (yearStartDay(startYear, yearStart) > dayNumber(deadline)) startYear -= 1;
  const fromWindow = windowStart !== null && dayNumber(windowStart) < dayNumber(deadline);
  const start = fromWindow ? dayNumber(windowStart) : yearStartDay(startYear, yearStart);
  const total = dayNumber(deadline) - start + 1;
  if (total <= 0) return 1;
  const startsOnAMonth = fromWindow ? windowStart.day === 1 : yearStart.day === 1;
  if (startsOnAMonth && isMonthEnd(asOf) && isMonthEnd(deadline) && dayNumber(asOf) >= start) {
    const startMonth = fromWindow ? windowStart.year * 12 + windowStart.month : startYear * 12 + yearStart.month;
    return Math.min(1, (monthIndex(asOf) - startMonth + 1) / (monthIndex(deadline) - startMonth + 1));
  }
  const elapsed = dayNumber(asOf) - start + 1;
  return Math.min(1, Math.max(0, elapsed / total));
}

function isMonthEnd(date: CalendarDate): boolean {
  return date.day === daysInMonth(date.year, date.month);
}

function monthIndex(date: CalendarDate): number {
  return date.year * 12 + date.month;
}

/** The elapsed share rounded to whole percents for display: 0…1 to two decimals (what a 序时进度 column shows). */
export function roundedPace(elapsedShare: number): number {
  return Math.round(elapsedShare * 100) / 100;
}

/**
 * The elapsed share as shown, to two decimals (`elapsedShareAt` rounded).
 *
 * @example
 * paceAt({ year: 2021, month: 9, day: 30 }, { year: 2021, month: 12, day: 31 }) // 0.75
 */
export function paceAt(asOf: CalendarDate, deadline: CalendarDate, yearStart: YearStart = DEFAULT_YEAR_START, windowStart: CalendarDate | null = null): number {
  return roundedPace(elapsedShareAt(asOf, deadline, yearStart, windowStart));
}
