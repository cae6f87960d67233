/**
 * The clause a figure stands in, before and after it: what its words are read from (roles, lists, all-done
 * words). A list mark `、` does not end a clause (`34个、…160个的基础上`). Read within a reach, so a cell of
 * thousands of figures without a mark stays linear.
 */
import { CodeTable } from '../../_lib/codeTable';

const CLAUSE_MARK_CODES = new CodeTable(['，', ',', '。', '；', ';', '：', ':', '\n', '！', '!', '？', '?']);

/** The clause before `start`, at most `reach` characters back. */
export function clauseBefore(text: string, start: number, reach: number): string {
  const from = Math.max(0, start - reach);
  let index = start;
  while (index > from && !CLAUSE_MARK_CODES.has(text.charCodeAt(index - 1))) index -= 1;
  return text.slice(index, start);
}

/** The clause after `end`, at most `reach` characters on. */
export function clauseAfter(text: string, end: number, reach: number): string {
  const limit = Math.min(text.length, end + reach);
  let index = end;
  while (index < limit && !CLAUSE_MARK_CODES.has(text.charCodeAt(index))) index += 1;
  return text.slice(end, index);
}

/**
 * `目标2森林经营16.3万亩 目标3:病虫害防治3.45万亩`: a numbered label (`目标3`, `任务二`, `指标4`) standing apart after a figure, alone
 * up to its clause's end, opens the next item of a numbered list; it names nothing of the figure before it, which is no aim
 * for being followed by the word 目标.
 */
const NUMBERED_LABEL = /^\s+(?:目标|任务|指标)\s*[0-9０-９一二三四五六七八九十]{1,2}\s*$/;
const LABEL_FIRST_CODES = new CodeTable(['目', '任', '指']);

/** Whether the words after a figure, to its clause's end, are only the label of the next numbered item. */
export function isNextItemsLabel(after: string): boolean {
  const at = firstWordAt(after);
  return at > 0 && at < after.length && LABEL_FIRST_CODES.has(after.charCodeAt(at)) && NUMBERED_LABEL.test(after);
}

/** Where the first character after leading spaces stands (no copy of the text: every figure asks this). */
function firstWordAt(text: string): number {
  let at = 0;
  while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
  return at;
}

/** `目标2森林经营`, `任务3:改造…`: the numbered label that opens an item's clause, with its mark; it names nothing counted. */
const OPENING_LABEL = /^\s*(?:目标|任务|指标)\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：、.．]?\s*/;

/** How many characters at the start of a clause are a numbered item's label (0 for none). */
export function openingLabelLength(clause: string): number {
  const at = firstWordAt(clause);
  if (at >= clause.length || !LABEL_FIRST_CODES.has(clause.charCodeAt(at))) return 0;
  return OPENING_LABEL.exec(clause)?.[0].length ?? 0;
}
