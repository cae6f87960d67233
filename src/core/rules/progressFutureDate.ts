import type { Issue } from '../issues/issue';
import { compareDates, formatIsoDate } from '../report/parseCalendarDate';
import { daysInMonth } from '../report/parsePeriod';
import type { CalendarDate } from '../report/types';
import { toHalfWidth } from '../text/characters';
import { joinedText, taskIssue } from './_lib/taskIssue';
import type { Rule } from './types';

/** `2021年10月7日`, `10月7日`, `10月7号`, `2021-10-07`, `2021.10.7`; the year defaults to the report's. */
const DATE_IN_TEXT = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]|(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?!\d)/g;
/** Words that announce a plan rather than report a fact: `拟于11月5日召开` is allowed. */
const MAY_HOLD_A_DATE = /月|\d[-./]\d/;
/**
 * What every date of DATE_IN_TEXT needs, asked of the text as written (full-width digits, separators and
 * the ideographic space included): progress texts mention months (`截至9月底`) far more often than days.
 */
const MAY_HOLD_A_DAY = /月\s*[0-9０-９]{1,2}\s*[日号]|[0-9０-９]{4}[-./－．／][0-9０-９]/;
/** `11月5日前完成` names a deadline, not a fact. */
const DEADLINE_AFTER = /^\s*(?:前|之前|以前)/;
const PLANNED = /(?:拟|拟于|拟在|拟定于|计划|计划于|计划在|预计|预计于|将|将于|将在|定于|争取|力争|争取于|力争于)$/;

/**
 * Dates mentioned in a text, as written and as calendar dates.
 *
 * @example
 * datesInText('截至10月7日，累计接种', 2021) // [{ text: '10月7日', date: { year: 2021, month: 10, day: 7 }, … }]
 */
export function datesInText(text: string, defaultYear: number): { text: string; date: CalendarDate; index: number }[] {
  const found: { text: string; date: CalendarDate; index: number }[] = [];
  const halfWidth = toHalfWidth(text);
  for (const match of halfWidth.matchAll(DATE_IN_TEXT)) {
    const year = Number(match[1] ?? match[4] ?? defaultYear);
    const month = Number(match[2] ?? match[5]);
    const day = Number(match[3] ?? match[6]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) continue;
    found.push({ text: match[0], date: { year, month, day }, index: match.index });
  }
  return found;
}

/** Progress reporting something as done on a date after the report date. */
export const progressFutureDate: Rule = {
  id: 'progress.futureDate',
  severity: 'warning',
  fixable: false,
  check(context) {
    const reportDate = context.settings.reportDate;
    if (reportDate === null) return [];
    const year = context.settings.reportYear ?? reportDate.year;
    const issues: Issue[] = [];
    for (const task of context.tasks) {
      const text = joinedText(task, 'progress');
      if (text === '' || !MAY_HOLD_A_DATE.test(text) || !MAY_HOLD_A_DAY.test(text)) continue;
      const future = datesInText(text, year).find(
        (mention) =>
          compareDates(mention.date, reportDate) > 0 &&
          !PLANNED.test(text.slice(Math.max(0, mention.index - 6), mention.index)) &&
          !DEADLINE_AFTER.test(text.slice(mention.index + mention.text.length)),
      );
      if (future) {
        issues.push(
          taskIssue(context, task, 'progress', {
            rule: this.id,
            severity: this.severity,
            params: { date: future.text, reportDate: formatIsoDate(reportDate) },
          }),
        );
      }
    }
    return issues;
  },
};
