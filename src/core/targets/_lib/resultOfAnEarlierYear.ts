/**
 * `据悉,2009年,四川省建成农村公路31035公里` in a report of 2010, `2018年张家界市政工程完成投资落地37亿元` in one of 2019: a figure
 * whose sentence dates it to a year before the report's is that year's result, told as the ground the year's aim is set on; it
 * answers no aim of the report's year (DOMAIN §4, a baseline). A year the row's task names itself (`2009年新建…`) is the task's
 * year, whose results answer it, and is left alone. A year that opens a span (`2018年以来`, `2018年至今`), the end of a
 * year (`2018年底`, a stock still standing), a comparison (`比2018年`) and a sentence that also names the report's year or a
 * running total to date are left alone.
 */

/** A year opening a clause (the time of what the clause says), not a year after other words (`比2018年`, `为2018年的`). */
const YEAR_NAMED = /(?:^|[，,。；;：:])\s*(\d{4})\s*年(度)?(?![底末初以来至到\-—–~～\d]|同期|起|开始)/g;
/** Words that carry the figure to the report's year: a running total, a date up to now, this year. */
const TO_DATE = /以来|截至|截止|至今|累计|今年|本年|当年|目前|现已/;
const SENTENCE_REACH = 60;

/**
 * Whether the figure at `start` is dated by its sentence to a year before `reportYear`.
 *
 * @example
 * isResultOfAnEarlierYear('据悉,2009年,全省建成农村公路31035公里。', 0, 18, 2010, new Set([2010])) // true
 * isResultOfAnEarlierYear('2009年以来,全省累计建成农村公路31035公里。', 0, 20, 2010, new Set()) // false
 */
export function isResultOfAnEarlierYear(text: string, sentenceStart: number, start: number, reportYear: number, yearsOfTheTask: ReadonlySet<number>): boolean {
  const words = text.slice(Math.max(sentenceStart, start - SENTENCE_REACH), start);
  // Most sentences name no year: one look for 年 first.
  if (!words.includes('年')) return false;
  let year = 0;
  YEAR_NAMED.lastIndex = 0;
  for (let match = YEAR_NAMED.exec(words); match !== null; match = YEAR_NAMED.exec(words)) year = Number(match[1]);
  return year > 1900 && year < reportYear && !yearsOfTheTask.has(year) && !TO_DATE.test(words);
}

const YEAR_OF_THE_TASK = /(\d{4})\s*年/g;

/** The years a task or milestone names (`2019年`, `2018—2020年`): a set, empty for most rows. */
export function yearsNamedIn(text: string): ReadonlySet<number> {
  const years = new Set<number>();
  if (!text.includes('年')) return years;
  for (const match of text.matchAll(YEAR_OF_THE_TASK)) years.add(Number(match[1]));
  return years;
}
