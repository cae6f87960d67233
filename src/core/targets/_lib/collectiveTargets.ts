/**
 * One figure that is the target of several indicators: `4个结构性指标均实现10%以上增长` (a count of indicators
 * the text does not name) and `专利申请总量、发明专利申请量均增长11%以上` (a list the text names). A reviewer
 * checks each indicator, so each becomes a target of its own.
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
  return null;
}
