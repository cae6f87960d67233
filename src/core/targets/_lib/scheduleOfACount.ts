/**
 * A year's count of works followed by the dates its share is due by (`基本建成任务2000套,要求6月底基本建成率50%以上、8月底80%
 * 以上、10月底100%`, `开工3000户,3月底开工率不低于30%,6月底达到70%,9月底全部开工`): the rates are the schedule the count is
 * paced by, each a share of that count at a month's end, not targets of their own. The schedule is told by its shape: two or
 * more month-ends each with its rate, after a count of works in the same sentence. Reached only for a percent with a
 * month-end right before it, which few percents have.
 */
import type { Quantity } from '../../numbers/types';

/** A month's end, then the rate's words, right before the percent: `6月底基本建成率`, `8月底`, `9月末开工率达到`. */
const MONTH_END_BEFORE = /[0-9０-９]{1,2}\s*月(?:底|末)前?[^\d０-９%％、，,；;。]{0,10}$/;
const MONTH_END_REACH = 16;
/** Each step of the schedule: a month-end and, within a few words, its percent. */
const SCHEDULE_STEP = /[0-9０-９]{1,2}\s*月(?:底|末)前?[^\d０-９%％，,；;。]{0,10}?[0-9０-９]+(?:\.[0-9]+)?\s*[%％]/g;
/** A count of works in the sentence before the schedule: `2000套`, `3000户`, `45个`, `12.6公里`. */
const COUNT_OF_WORKS = /[0-9０-９](?:[0-9０-９.])*\s*(?:万|千)?\s*(?:套|户|个|所|座|处|间|栋|项|亩|公里|千米|平方米|家|条)/;

/**
 * Whether a percent is one step of the schedule of a count stated before it in its sentence.
 *
 * @example
 * isStepOfACountsSchedule('建成任务2000套,要求6月底建成率50%以上、8月底80%以上、10月底100%。', quantityOf('50%'), 0, 41) // true
 * isStepOfACountsSchedule('6月底前开工率达到50%', quantityOf('50%'), 0, 12) // false: no count, one date
 */
export function isStepOfACountsSchedule(text: string, quantity: Quantity, sentenceStart: number, sentenceEnd: number): boolean {
  if (quantity.unitClass !== 'percent' || quantity.kind !== 'single') return false;
  if (!MONTH_END_BEFORE.test(text.slice(Math.max(sentenceStart, quantity.span.start - MONTH_END_REACH), quantity.span.start))) return false;
  // The text itself from the sentence's start, not a copy of the sentence: a cell pasted full of dated rates asks this
  // for each of them, and the first two steps are found near the sentence's start.
  SCHEDULE_STEP.lastIndex = sentenceStart;
  const first = SCHEDULE_STEP.exec(text);
  if (first === null || first.index >= sentenceEnd) return false;
  const second = SCHEDULE_STEP.exec(text);
  if (second === null || second.index >= sentenceEnd) return false;
  return COUNT_OF_WORKS.test(text.slice(sentenceStart, first.index));
}
