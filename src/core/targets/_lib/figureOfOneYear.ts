/**
 * A target of several years (`2021年至2025年期间…300个口袋公园`, `“十四五”期间…`) is reached by what is done since its first year.
 * A progress figure said of one year alone (`今年全市已建成口袋公园80个`, `今年以来…257个项目已完工`, `去年开工626万套`) is one
 * year's part of it, and the other years are not given: a reviewer cannot tell how far the target is (unclear). A running total (`累计`) since
 * the window began, a level reached (`增加到3077公里`), or a figure of a window that began this year, answers it; a date of the report's
 * year (`截至今年6月30日`) dates the total, not one year's work.
 */
import type { CalendarDate } from '../../report/types';

/**
 * Words that date a figure to one year, before it in its sentence: the report's own (`今年`, `年内`) or the one before
 * (`去年开工626万套`); not a comparison with it (`比去年`, `较上年`, `去年同期`).
 */
const ONE_YEAR = /(?<![截止至到])(?:今年|本年度?|年内|当年)|(?<![比较与截止至到])(?:去年|上年)(?!同期)/u;
/** A running total counts the years before as well (`今年累计`, `累计完成`). */
const RUNNING_TOTAL = /累计|总计|合计|共计|以来累计/u;
/**
 * A level the measure has reached (`里程增加到3077公里`, `总数达到…`) is a stock, which holds the years before as well: only the
 * words right before the figure say so.
 */
const LEVEL_REACHED = /(?:增加|增长|提高|提升|扩大|上升)(?:到|至)$|达到$|增至$|升至$/u;
/** How far back in its sentence a figure's year is looked for. */
const YEAR_REACH = 40;

/**
 * Whether a figure is said of one year alone, against a target whose window of years began before it.
 *
 * @example
 * isOneYearOfAWindow('截至12月20日,今年全市已建成口袋公园80个', 0, 20, { year: 2021, month: 1, day: 1 }, 2022) // true
 * isOneYearOfAWindow('累计完成了650个行政村整治工作', 0, 5, { year: 2013, month: 1, day: 1 }, 2015) // false
 */
export function isOneYearOfAWindow(progressText: string, sentenceStart: number, figureStart: number, windowStart: CalendarDate | null, asOfYear: number): boolean {
  if (windowStart === null || windowStart.year >= asOfYear) return false;
  const before = progressText.slice(Math.max(sentenceStart, figureStart - YEAR_REACH), figureStart);
  return ONE_YEAR.test(before) && !RUNNING_TOTAL.test(before) && !LEVEL_REACHED.test(before);
}
