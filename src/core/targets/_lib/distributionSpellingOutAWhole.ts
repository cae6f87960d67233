/**
 * A whole counted, then after `其中` the sites or kinds that hold it, each group of them counted and given a figure apiece
 * (`9所幼儿园…,其中A、B、C、D等4个安置点各1所,E、F等2个安置点各1所,G、H、I等3个安置点各1所`): the groups' counts times their
 * figures add up to the whole, so the list only spells out where the whole stands, member by member. Neither the groups' counts
 * nor their figures apiece are aims of their own (tests/corpus/targets/README.md: a split that spells out a target sets none).
 * Reached only for a figure right after `各` or a count right before a group's `各`, in a sentence that says `其中`.
 */
import type { Quantity } from '../../numbers/types';

/** A group counted, then its noun and `各` with the figure apiece in a counting word: `等4个安置点各1所`, `3个村各建1处`. */
const GROUP_EACH_GIVEN = /([0-9０-９]+)\s*个[\u4e00-\u9fff]{1,6}?各(?:建|建设|新建|设|设置|配建|安排|有)?\s*([0-9０-９]+)\s*([所个处座家间套])/g;
/** `各` right before the figure apiece, or right after the group's noun (then the figure is the group's count). */
const EACH_BEFORE = /各(?:建|建设|新建|设|设置|配建|安排|有)?\s*$/;
const EACH_AFTER = /^\s*个[\u4e00-\u9fff]{1,6}?各/;
/** How far back the whole is looked for before `其中`, in the same sentence. */
const WHOLE_REACH = 60;
const TAIL_REACH = 400;

/**
 * Whether a figure is a group's count or figure apiece in a list after `其中` that adds up to the whole counted before it.
 *
 * @example
 * isDistributionSpellingOutAWhole('新建5所学校,其中甲、乙等2个镇各1所,丙、丁、戊等3个村各1所', quantityOf('2个'), 0, 40) // true
 */
export function isDistributionSpellingOutAWhole(text: string, quantity: Quantity, sentenceStart: number, sentenceEnd: number): boolean {
  if (quantity.unitClass !== 'count') return false;
  const before = text.slice(Math.max(sentenceStart, quantity.span.start - 6), quantity.span.start);
  if (!EACH_BEFORE.test(before) && !EACH_AFTER.test(text.slice(quantity.span.end - 1, quantity.span.end + 10))) return false;
  const splitAt = text.lastIndexOf('其中', quantity.span.start);
  if (splitAt < sentenceStart) return false;
  const tail = text.slice(splitAt, Math.min(sentenceEnd, splitAt + TAIL_REACH));
  let total = 0;
  let unit = '';
  GROUP_EACH_GIVEN.lastIndex = 0;
  for (let match = GROUP_EACH_GIVEN.exec(tail); match !== null; match = GROUP_EACH_GIVEN.exec(tail)) {
    if (unit !== '' && unit !== match[3]) return false;
    unit = match[3] ?? '';
    total += Number(match[1]) * Number(match[2]);
  }
  if (total === 0) return false;
  const head = text.slice(Math.max(sentenceStart, splitAt - WHOLE_REACH), splitAt);
  return head.includes(`${total}${unit}`) || head.includes(`${total} ${unit}`);
}
