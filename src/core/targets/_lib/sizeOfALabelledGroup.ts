/**
 * A table row pasted into a cell names its group in one column and sizes it in parentheses (`农业基础设施(9 项)`,
 * `小计(90 项)`, `民生工程(12个)`), then gives the group's figures in the columns after a bar (`| 年度计划(亿元) 9`). The
 * count in the label says how many things the group holds, as a list's size does: the row's aim is the figure of its
 * plan column, and no report counts the label's things done. A count in parentheses in a sentence (`建设学校(5所)`) is
 * left alone: only a label that fills a column of its own, between bars, is read this way.
 */
import type { Quantity } from '../../numbers/types';

/** A name, then the parenthesis the count opens, at the start of its column: `| 农业基础设施(`. */
const LABEL_BEFORE = /(?:^|[|｜])\s*[\u4e00-\u9fff]{2,16}\s*[(（]\s*$/;
/** The parenthesis closes on the count and the column ends: `) |`. */
const COLUMN_END_AFTER = /^\s*[)）]\s*[|｜]/;
const LABEL_REACH = 20;

/**
 * Whether a count is the size of the group a table row's label names.
 *
 * @example
 * isSizeOfALabelledGroup('重点项目 | 生态环保(19 项) | 年度计划(亿元) 29', quantityOf('19 项')) // true
 * isSizeOfALabelledGroup('新建学校(5所),年底前完工', quantityOf('5所')) // false: no column of its own
 */
export function isSizeOfALabelledGroup(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind !== 'single' || quantity.comparator !== null) return false;
  if (!COLUMN_END_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 4))) return false;
  return LABEL_BEFORE.test(text.slice(Math.max(0, quantity.span.start - LABEL_REACH), quantity.span.start));
}
