/**
 * A short parenthesis inside a run of words belongs to the words: an alternative (`改(新)建`, `乡镇(街道)`), a part of a
 * name (`公园(一期)工程`), a reading (`開(kāi)工`), another name before a figure (`老年食堂（助餐点）15个`). It holds no figure and no mark, and words go on on both sides of it,
 * so it does not end the clause a figure's words are read from. A parenthesis that sizes or explains (`贫困地区(32个县)`,
 * `(牵头单位：市卫健委)`) does.
 */
import { CodeTable } from '../_lib/codeTable';

const OPENING = new CodeTable(['(', '（']);
const CLOSING = new CodeTable([')', '）']);
/** What a parenthesis of words never holds: figures, marks, spaces. */
const NOT_WORDS = new CodeTable([...'0123456789０１２３４５６７８９,，。;；:：、!！?？"“”\'‘’《》<>|/ \t\n\r()（）']);
const LONGEST_INSIDE = 6;

function isCjk(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

function holdsWords(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > LONGEST_INSIDE) return false;
  for (let index = from; index < to; index += 1) if (NOT_WORDS.has(text.charCodeAt(index))) return false;
  return true;
}

const DIGITS = new CodeTable([...'0123456789０１２３４５６７８９']);

/**
 * Where the parenthesis of words that closes at `close` opens, or -1 when the parenthesis there is no word's. Words or a
 * figure go on after it (`新增老年食堂（助餐点）15个`).
 */
export function wordParenthesisOpening(text: string, close: number): number {
  const next = text.charCodeAt(close + 1);
  if (!CLOSING.has(text.charCodeAt(close)) || !(isCjk(next) || DIGITS.has(next))) return -1;
  for (let open = close - 1; open >= 0 && close - open <= LONGEST_INSIDE + 1; open -= 1) {
    if (!OPENING.has(text.charCodeAt(open))) continue;
    return isCjk(text.charCodeAt(open - 1)) && holdsWords(text, open + 1, close) ? open : -1;
  }
  return -1;
}

/** Where the parenthesis of words that opens at `open` closes, or -1 when the parenthesis there is no word's. */
export function wordParenthesisClosing(text: string, open: number): number {
  if (!OPENING.has(text.charCodeAt(open)) || !isCjk(text.charCodeAt(open - 1))) return -1;
  for (let close = open + 1; close < text.length && close - open <= LONGEST_INSIDE + 1; close += 1) {
    if (!CLOSING.has(text.charCodeAt(close))) continue;
    return isCjk(text.charCodeAt(close + 1)) && holdsWords(text, open + 1, close) ? close : -1;
  }
  return -1;
}

/**
 * The text without its parentheses of words (`完成投(筹)资` → `完成投资`, `乡镇(街道)托育机构` → `乡镇托育机构`): a name read as its
 * words, the alternative left out.
 *
 * @example
 * withoutWordParentheses('完成投(筹)资') // '完成投资'
 */
export function withoutWordParentheses(text: string): string {
  let kept = '';
  let from = 0;
  for (let close = 0; close < text.length; close += 1) {
    if (!CLOSING.has(text.charCodeAt(close))) continue;
    const open = wordParenthesisOpening(text, close);
    if (open < from) continue;
    kept += text.slice(from, open);
    from = close + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}
