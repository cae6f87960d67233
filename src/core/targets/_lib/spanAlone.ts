/**
 * The words of what one day, week, month or quarter alone added, ending right before a figure: `本月完成`, `当月完成面积(亩)`,
 * `本季度新增`, `今日造林`, `9月份完成投资`. Beside a running total of the same measure (`累计完成8846亩`, `1-9月累计完成投资38亿元`)
 * such a figure is a piece of that total, not how far the year's task has come.
 */

/** A span named by its own word: the month, quarter, period, week or day of the report. */
const SPAN_WORD_BEFORE = /(?:当月|本月|单月|当季|本季度?|本期|当期|本周|当周|上周|本旬|今日|今天|当日|当天|昨日|本日)[^|｜\d]{0,12}$/;
/**
 * One month named alone (`9月份`, `十月`), with at most the words of the figure after it: not the last month of a span or the
 * date counted to (`1-9月`, `1月至9月`, `前9月`, `到9月`), not a day or a part of it (`9月30日`, `9月底`, `9月中旬`), not the start of
 * a span to date (`9月以来`, `9月份至今`) and not the label of a column of progress as of that month (`进展情况(7月)`).
 */
const MONTH_ALONE_BEFORE = /(?<![-—–~～至到]\s*|前|[0-9０-９（(])(?:1[0-2]|[1-9]|十[一二]|[一二三四五六七八九十])月份?(?![0-9０-９一二三四五六七八九十]|[底末初中下上旬]|份?(?:以来|至今|[-—–~～至到]))[^|｜\d]{0,12}$/;
/** Words that count to date: with them, a month named is the date a total is counted up to (`截至9月份完成`, `9月累计`). */
const TO_DATE = /累计|截至|截止|以来|至今|目前|共计|合计|总计|全年|年初/;

/** Whether the words before a figure (its clause, read back a little) name a span alone, as above. */
export function namesASpanAlone(wordsBefore: string): boolean {
  if (SPAN_WORD_BEFORE.test(wordsBefore)) return true;
  return MONTH_ALONE_BEFORE.test(wordsBefore) && !TO_DATE.test(wordsBefore);
}
