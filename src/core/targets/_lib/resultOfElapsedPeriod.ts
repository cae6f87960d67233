/**
 * A task cell of a news report or 通报 may open on what the months already run have brought (`前9月,全国新开工改造城镇
 * 老旧小区5.16万个`, `1~4月份,全区新开工亿元以上工业项目数达249项`, `目前,全国累计开展5G创新应用400余项`, `近三年来,…累计
 * 投入达到11.26亿元`): a span of elapsed time set off at the head of its clause, then a verb of doing, and no word of a
 * plan. Those figures are results already reached, the background of the report, not something its tasks aim at. A
 * list named after the same opening (`1-9月份,316个州重点建设项目`, `1-8月,全县“大好高”项目共计92项`) has no verb of
 * doing, and a plan (`1至6月计划投资274亿元`, `上半年计划开工32项`) says so. Years wholly past (`2015年至2017年,全国新开工…`
 * in a report of 2018) open results in the same way.
 */
import type { Quantity } from '../../numbers/types';

/**
 * Elapsed time set off by a mark: `前9月,`, `今年前两个月,`, `1~4月份,`, `1至2月,`, `前三季度,`, `今年以来,`, `目前,`, `近三年来,`.
 * Two months are written `两个月` as often as `二个月`.
 */
const ELAPSED_SPAN_SET_OFF = /(?:^|[，,。；;：:\s])(?:(?:今年)?前[0-9一二两三四五六七八九十]{1,2}个?月份?|[0-9]{1,2}\s*[~～\-—－至]\s*[0-9]{1,2}\s*月份?|前三季度|今年以来|年初以来|目前|近[0-9一二两三四五六七八九十]{1,2}年来?)\s*[，,]/g;
/**
 * Years wholly past set off by a mark (`2015年至2017年,` in a report of 2018): what they brought is background too, read only when
 * the report's year is known and both years are before it.
 */
const PAST_YEARS_SET_OFF = /(?:^|[，,。；;：:\s])(\d{4})\s*年?\s*(?:至|到|-|~|—|–|－)\s*(\d{4})\s*年\s*[，,]/g;
/** Words of a plan or an aim: the figure after them is to be reached, whatever the opening. */
const PLAN_WORDS = /计划|目标|任务|力争|确保|争取|要|将|预计|拟|承诺|安排|确定|部署|下达|力求|预期/;
/** Verbs that say what was done. */
const DOING = /新开工|开工|新增|增加|完成|实现|开展|建成|累计|达到|达|超过|实施/;
/** How far back the opening is looked for: a sentence of a news report. */
const OPENING_REACH = 100;

/**
 * Whether a task's figure is a result of the months already run, stated as background.
 *
 * @example
 * isResultOfElapsedPeriod('前9月,全国新开工改造城镇老旧小区5.16万个', quantityOf('5.16万个'), 0) // true
 * isResultOfElapsedPeriod('1至6月计划投资274亿元', quantityOf('274亿元'), 0)                // false
 */
export function isResultOfElapsedPeriod(text: string, quantity: Quantity, sentenceStart: number, year: number | null = null): boolean {
  const from = Math.max(sentenceStart, quantity.span.start - OPENING_REACH);
  const before = text.slice(from, quantity.span.start);
  ELAPSED_SPAN_SET_OFF.lastIndex = 0;
  let openingEnd = -1;
  for (let match = ELAPSED_SPAN_SET_OFF.exec(before); match !== null; match = ELAPSED_SPAN_SET_OFF.exec(before)) openingEnd = match.index + match[0].length;
  if (year !== null && before.includes('年')) openingEnd = Math.max(openingEnd, endOfPastYearsOpening(before, year));
  if (openingEnd < 0) return false;
  const run = before.slice(openingEnd);
  return !PLAN_WORDS.test(run) && DOING.test(run);
}

/** Where the last opening of years wholly before `year` ends in `before`, or -1. */
function endOfPastYearsOpening(before: string, year: number): number {
  let end = -1;
  PAST_YEARS_SET_OFF.lastIndex = 0;
  for (let match = PAST_YEARS_SET_OFF.exec(before); match !== null; match = PAST_YEARS_SET_OFF.exec(before)) {
    if (Number(match[1]) < year && Number(match[2]) < year) end = match.index + match[0].length;
  }
  return end;
}
