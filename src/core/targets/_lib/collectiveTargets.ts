/**
 * One figure that is the target of several indicators: `4个结构性指标均实现10%以上增长` (a count of indicators
 * the text does not name) and `专利申请总量、发明专利申请量均增长11%以上` (a list the text names). A reviewer
 * checks each indicator, so each becomes a target of its own. A rate after names listed with `、` is each name's even
 * without `均` (`二氧化硫、氮氧化物排放量下降3%`): a rate is no sum, so, unlike a count (`幼儿园、中小学校178所`), it
 * cannot be the list's total.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

export interface Collective {
  /** How many indicators share the figure. */
  readonly count: number;
  /** Their names, in order, when the text lists them; empty for `4个结构性指标`. */
  readonly indicators: readonly string[];
  /** The words the progress may open the list with (`结构性指标`), for finding its figures. */
  readonly anchor: string;
}

const CHINESE_COUNTS: Readonly<Record<string, number>> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const COUNTED_INDICATORS = /([2-9]|10|[两二三四五六七八九十])\s*(?:个|大|项)\s*([\u4e00-\u9fff]{0,8}指标)[^，,。；;]{0,4}$/;
const LIST_SHARING = /([^，,。；;：:]{2,60}?)(?:均|都|全部)(?:实现|达到|保持)?[^，,。；;、]{0,6}$/;
const EACH = /([^，,。；;：:]{2,60}?[、和及与][^，,。；;：:]{2,40}?)各\s*$/;
/** Words before the list that are not part of its first item (`实现年度专利申请总量`). */
const LEADING_WORDS = /^(?:确保|力争|推动|实现|全市|全年|年度|今年)+/;
/**
 * Names listed with `、` right before a change of rate (`二氧化硫、氮氧化物排放量下降3%`), in a clause of words only: a list
 * with a figure or a list mark of another kind is left to the readings of lists and distributions.
 */
const RATE_LISTED = /([^，,。；;：:\d０-９和及与]{2,40}?、[^，,。；;：:\d０-９和及与]{2,40}?)(?:下降|增长|降低|提高|减少|上升)(?:了)?(?:约|近)?\s*$/;
/** A year opening the clause (`2019年二氧化硫…`, whose digits the list's pattern leaves out) dates the list; it names no item. */
const LEADING_DATE = /^\s*(?:(?:\d{4}\s*)?年(?:底|末|度)?|[今明]年)/;
/** Verbs of making listed with `、` (`新建、改扩建`): a list of ways of doing one work, not of things measured. */
const MAKING_LISTED = /^(?:新建|改建|扩建|改扩建|新增|建设|改造|提升|完善|开展|实施|推进|加快|加强)/;
/**
 * The measure a list's last name ends with (`氮氧化物排放量`), which the names before it share (`二氧化硫` → `二氧化硫排放量`).
 */
const SHARED_MEASURE = /(?:排放量|总量|产量|用量|消耗量|能耗|强度|浓度|收入|增加值|投资|产值|数量|人数)$/;

/** The names a listed rate belongs to, each with the measure the last one ends with; null when they are not such names. */
function namesOfAListedRate(clause: string): readonly string[] | null {
  const listed = RATE_LISTED.exec(clause);
  if (!listed) return null;
  const items = (listed[1] ?? '').replace(LEADING_DATE, '').replace(LEADING_WORDS, '').split('、').map((item) => item.trim());
  if (items.length < 2 || items.length > 6 || items.some((item) => item.length < 2 || MAKING_LISTED.test(item))) return null;
  const measure = SHARED_MEASURE.exec(items[items.length - 1] ?? '')?.[0] ?? '';
  return items.map((item) => (measure !== '' && !item.endsWith(measure) ? item + measure : item));
}

/**
 * Items of a 各 list whose head noun the list repeats (`南关、太守河段整治工程和石狗河段整治工程`): a name without it
 * (`南关`) is part of the item after it, which names the head for both, not an item of its own. Lists without a
 * repeated head (`学校和幼儿园`) keep every item.
 */
function namesWithTheirHead(items: readonly string[]): readonly string[] {
  const last = items[items.length - 1] ?? '';
  const head = last.slice(-2);
  if (head.length < 2 || items.filter((item) => item.endsWith(head)).length < 2) return items;
  const merged: string[] = [];
  let pending = '';
  for (const item of items) {
    if (item.endsWith(head)) {
      merged.push(pending + item);
      pending = '';
    } else {
      pending += `${item}、`;
    }
  }
  return merged;
}

/** The indicators a rate or level target is shared by, or null for a target of one indicator. */
export function collectiveOf(text: string, quantity: Quantity): Collective | null {
  if (quantity.kind !== 'single') return null;
  const clause = clauseBefore(text, quantity.span.start, 60);
  // `太守河段整治工程和南河石狗河段整治工程各1.5公里`: 各 gives each listed item the figure, whatever its unit.
  const each = EACH.exec(clause);
  if (each) {
    const items = namesWithTheirHead((each[1] ?? '').replace(LEADING_WORDS, '').split(/[、和及与]/).map((item) => item.trim()).filter((item) => item.length >= 2));
    if (items.length >= 2 && items.length <= 10) return { count: items.length, indicators: items, anchor: '' };
  }
  if (quantity.unitClass !== 'percent' && quantity.unitClass !== 'points') return null;
  const counted = COUNTED_INDICATORS.exec(clause);
  if (counted) {
    const digits = counted[1] ?? '';
    const count = CHINESE_COUNTS[digits] ?? Number(digits);
    if (count >= 2 && count <= 10) return { count, indicators: [], anchor: (counted[2] ?? '').replace(/^[\u4e00-\u9fff]{0,2}?(?=结构|主要|重点)/, '') };
  }
  const shared = LIST_SHARING.exec(clause);
  if (shared && /[、和及与]/.test(shared[1] ?? '')) {
    const items = (shared[1] ?? '').replace(LEADING_WORDS, '').split(/[、和及与]/).map((item) => item.trim()).filter((item) => item.length >= 2);
    if (items.length >= 2 && items.length <= 10) return { count: items.length, indicators: items, anchor: '' };
  }
  const names = namesOfAListedRate(clause);
  return names === null ? null : { count: names.length, indicators: names, anchor: '' };
}
