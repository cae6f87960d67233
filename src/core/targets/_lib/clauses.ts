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
