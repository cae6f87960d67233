/**
 * A table row pasted into a cell names its group in one column and sizes it in parentheses (`农业基础设施(9 项)`,
 * `小计(90 项)`, `民生工程(12个)`), then gives the group's figures in the columns after a bar (`| 年度计划(亿元) 9`). The
 * count in the label says how many things the group holds, as a list's size does: the row's aim is the figure of its
 * plan column, and no report counts the label's things done. A count in parentheses in a sentence (`建设学校(5所)`) is
 * left alone: only a label that fills a column of its own, between bars, is read this way; and a label that says what is
 * made (`新建幼儿园(6所) | 计划投资 1.2`) gives the count of the work, which stays a target.
 */
import type { Quantity } from '../../numbers/types';

/** A name, then the parenthesis the count opens, at the start of its column: `| 农业基础设施(`. */
const LABEL_BEFORE = /(?:^|[|｜])\s*[\u4e00-\u9fff]{2,16}\s*[(（]\s*$/;
/** The parenthesis closes on the count and the column ends: `) |`. */
const COLUMN_END_AFTER = /^\s*[)）]\s*[|｜]/;
const LABEL_REACH = 20;
/** Words of making in the label: the count is of the works to make, not the size of a field of the table. */
const MAKING_IN_LABEL = /新建|建设|改造|实施|完成|开工|建成|新增|创建|打造|培育|解决|提升|改扩建|治理|安装|推进|开展|办好/;

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
  const label = LABEL_BEFORE.exec(text.slice(Math.max(0, quantity.span.start - LABEL_REACH), quantity.span.start));
  return label !== null && !MAKING_IN_LABEL.test(label[0]);
}
