/**
 * A step of a schedule is due at its own date (`3月底开工率不低于30%`, `上半年计划投资完成率60%`): a rate or level is where it
 * stands on a day, and one reported as of a later month (`截至9月30日…开工率101.61%`) says where it stands now, not whether
 * it stood at the step's height on the step's date. Rates of starts, completion and investment only grow through the year,
 * so a rate past the step later may have been below it then.
 */
import type { CalendarDate } from '../../report/types';

/**
 * Whether a rate or level due at a date the text names, within the figures' year, is answered only by figures of a later
 * month: a reviewer cannot tell whether the step was reached by its date. A step of a past year (`2019年底覆盖率达到90%`)
 * and a date the row's period gives are not asked.
 *
 * @example
 * isLevelStepOfAnEarlierDate(true, { year: 2018, month: 6, day: 30 }, { year: 2018, month: 9, day: 30 }) // true
 * isLevelStepOfAnEarlierDate(true, { year: 2018, month: 9, day: 30 }, { year: 2018, month: 9, day: 30 }) // false
 */
export function isLevelStepOfAnEarlierDate(isLevel: boolean, statedDeadline: CalendarDate | null, figuresAsOf: CalendarDate | null): boolean {
  if (!isLevel || statedDeadline === null || figuresAsOf === null) return false;
  return statedDeadline.year === figuresAsOf.year && statedDeadline.month < figuresAsOf.month;
}
