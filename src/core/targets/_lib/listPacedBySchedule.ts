/**
 * A count of projects or matters whose progress says only how they stand against their own schedules (`均达序时进度`,
 * `未达序时进度2项为:…`, `也基本达序时进度`) names the list: each item is judged against its own 序时进度 (the part of its
 * own plan due by the date), so the count leaves no gap to measure, as a list said all started or sorted by state does,
 * and the items carry the targets. A figure of items done or started (`已竣工19项`, `开工12个…达到序时进度`) still
 * measures the count, and a count of works to make (`新建项目5个`) is a target whatever the progress says.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** The items' standing against their schedules, said of them as a whole or counted by it. */
const STANDING_AGAINST_SCHEDULE = /(?:达到?|未达到?|超过?|落后于?|快于|慢于|低于|按)序时/;
/** Items counted done or started, the stage before or after the count. */
const ITEMS_DONE_OR_STARTED = /(?:完成|竣工|完工|建成|开工|开复工|复工|启动|投用|投产)[^，,。；;\d]{0,4}[0-9０-９]+\s*(?:个|個|项|項|件)|[0-9０-９]+\s*(?:个|個|项|項|件)[^，,。；;\d]{0,6}?(?:完成|竣工|完工|建成|开工|开复工|启动)/;
const ITEM_UNITS: ReadonlySet<string> = new Set(['个', '個', '项', '項', '件']);
/** The list's noun right before its count (`指挥部:项目7项`)… */
const ITEMS_NOUN_BEFORE = /(?:项目|項目|实事|事项)\s*(?:共|共计|合计)?\s*$/;
/** …or right after it (`2个项目`, `16项民生实事`). */
const ITEMS_NOUN_AFTER = /^\s*(?:[个個]?[项項]|[项件]?(?:民生)?实事|[个项]?事项)/;
/** Words that make the count one of works to make, not a list. */
const WORKS = /新建|建设|开工|竣工|建成|完工|投产|改造|创建|培育/;
const WORDS_REACH = 24;

/**
 * Whether a progress measures its lists only by their items' standing against their own schedules: it says how they
 * stand and counts none done or started. Read once per row.
 *
 * @example
 * pacesItemsBySchedule('未达序时进度2项为:…扩容项目。') // true
 * pacesItemsBySchedule('已开工18项,均达序时进度。') // false
 */
export function pacesItemsBySchedule(progressText: string): boolean {
  return progressText.includes('序时') && STANDING_AGAINST_SCHEDULE.test(progressText) && !ITEMS_DONE_OR_STARTED.test(progressText);
}

/**
 * Whether a quantity of a task counts the items of a list (`项目23项`, `2个项目`), not works to make.
 *
 * @example
 * isCountOfListItems('城乡建设工作指挥部:项目23项,', quantityOf('23项')) // true
 * isCountOfListItems('新建项目5个', quantityOf('5个')) // false: works to make
 */
export function isCountOfListItems(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind !== 'single' || !ITEM_UNITS.has(quantity.unit)) return false;
  const before = clauseBefore(text, quantity.span.start, WORDS_REACH);
  if (WORKS.test(before)) return false;
  return ITEMS_NOUN_BEFORE.test(before) || ITEMS_NOUN_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 6));
}
