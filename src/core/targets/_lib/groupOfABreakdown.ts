/**
 * A report that sorts its list of projects into groups opens the sentence with the way it sorts them (`分行业看,`,
 * `按阶段划分,`, `分领域看,`, `按行业来看,`, `从投资主体看,`) and then sizes each group (`39个工业项目`, `其中46个投产项目`):
 * those counts say how the list is made up, as `其中` parts of a list do, and the progress answers each group with its money
 * or its share of the plan. Works counted under such a heading (`分领域看,新建学校10所`) stay targets: only counts of
 * projects are groups.
 */
import type { Quantity } from '../../numbers/types';

/** The heading that opens the sentence, after an item number if any (`(二)分行业看：`). */
const BREAKDOWN_HEADING = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:分|按|从)[\u4e00-\u9fff]{1,6}?(?:来看|看|划分|区分)\s*[,，:：]/;
/** The projects the count is of, right after it (`39个工业项目`, `46个投产项目`). */
const PROJECTS_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:项目|項目)/;
const SENTENCE_MARKS: ReadonlySet<number> = new Set([...'。；;！!？?\n'].map((mark) => mark.charCodeAt(0)));
/** How far back the sentence's opening is looked for: a heading and a few groups before the count. */
const HEADING_REACH = 80;

/**
 * Whether a count of projects sizes one group of a list the sentence's heading sorts.
 *
 * @example
 * isGroupOfABreakdown('分行业看,39个工业项目', quantityOf('39个')) // true
 * isGroupOfABreakdown('今年实施39个工业项目', quantityOf('39个')) // false
 */
export function isGroupOfABreakdown(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'count' || quantity.kind === 'range') return false;
  if (!PROJECTS_AFTER.test(text.slice(quantity.span.end, quantity.span.end + 12))) return false;
  const from = Math.max(0, quantity.span.start - HEADING_REACH);
  let index = quantity.span.start;
  while (index > from && !SENTENCE_MARKS.has(text.charCodeAt(index - 1))) index -= 1;
  // A sentence longer than the reach has its opening out of sight: no heading is read from its middle.
  if (index === from && from > 0) return false;
  return BREAKDOWN_HEADING.test(text.slice(index, quantity.span.start));
}

/**
 * A list of projects sorted by class (`120个项目中有交通类45个…;民生类30个…`): the sentence opens on the list and `中有` (or
 * `中,`), then each class is named with `类` right before its count. The classes say how the list is made up, as the groups
 * under a heading do, and the progress answers the list with its money and starts, unless it counts the class by its name (`交通类项目已开工30个`),
 * which then measures it; a count right after a class's name is such
 * a group only where that opening stands earlier in the paragraph, so `新建文化类场馆5个` or `A类人才10名` alone stay targets.
 */
const CLASS_RIGHT_BEFORE = /[\u4e00-\u9fff]{2,10}类\s*$/;
/** The list of projects opening the sorting: `120个项目中有`, `181个重点项目中,`. */
const LIST_SORTED_BY_CLASS = /[0-9０-９]\s*[个個项項]?[\u4e00-\u9fff]{0,8}?(?:项目|項目)中(?:有|[,，:：])/;
const CLASS_UNITS: ReadonlySet<string> = new Set(['个', '項', '项', '個']);
const PARAGRAPH_MARKS: ReadonlySet<number> = new Set([...'。！!？?\n'].map((mark) => mark.charCodeAt(0)));
const CLASS_WORDS_REACH = 12;
const SORTING_REACH = 200;
/** The last words of a class's name a progress counting the class repeats (`交通类项目已开工30个`). */
const CLASS_NAME_LENGTH = 3;

/**
 * The class a count sizes in a list of projects sorted by class earlier in its sentence, by the last words of its name
 * (`交通类`, `设施类` of `重大基础设施类`), or null when the count is no such class's size.
 *
 * @example
 * classOfASortedList('120个项目中有交通类45个,计划投资60亿元;民生类30个', quantityOf('30个')) // '民生类'
 * classOfASortedList('新建文化类场馆5个', quantityOf('5个')) // null
 */
export function classOfASortedList(text: string, quantity: Quantity): string | null {
  if (quantity.unitClass !== 'count' || quantity.kind === 'range' || !CLASS_UNITS.has(quantity.unit)) return null;
  // Most counts have no 类 right before them: one look at the code before the words are read.
  if (text.charAt(quantity.span.start - 1) !== '类') return null;
  if (!CLASS_RIGHT_BEFORE.test(text.slice(Math.max(0, quantity.span.start - CLASS_WORDS_REACH), quantity.span.start))) return null;
  const from = Math.max(0, quantity.span.start - SORTING_REACH);
  let index = quantity.span.start;
  while (index > from && !PARAGRAPH_MARKS.has(text.charCodeAt(index - 1))) index -= 1;
  return LIST_SORTED_BY_CLASS.test(text.slice(index, quantity.span.start)) ? text.slice(quantity.span.start - CLASS_NAME_LENGTH, quantity.span.start) : null;
}
