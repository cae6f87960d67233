/** What a progress text says, measured the way the progress rules need it. */
import { removeWhitespace, toHalfWidth } from '../../text/characters';

const PLACEHOLDERS = new Set(['无', '略', '同上', '同前', '见上', '暂无', '无进展', '空', '待填', '待补充', '/', '-', '--', '—', '——', '\\', '0', 'x', 'n/a', 'na', '…', '……', '...']);
/** A stand-in for progress: 无, 略, 同上, `/` and their kin. */
const LONGEST_PLACEHOLDER = 12;

export function isPlaceholder(text: string): boolean {
  if (text.length > LONGEST_PLACEHOLDER) return false;
  const compact = removeWhitespace(toHalfWidth(text)).toLowerCase();
  return PLACEHOLDERS.has(compact) || PLACEHOLDERS.has(compact.replace(/[。]+$/, ''));
}

/**
 * Whether a code unit is read rather than skipped: not white space, punctuation or a symbol.
 * Char-code ranges instead of a Unicode regex, because the progress rules run on every row.
 */
function isReadableCode(code: number): boolean {
  if (code <= 0x2f) return false;
  if (code >= 0x3a && code <= 0x40) return false;
  if (code >= 0x5b && code <= 0x60) return false;
  if (code >= 0x7b && code <= 0xbf) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xfe4f) return false;
  if (code >= 0xff00 && code <= 0xff0f) return false;
  if (code >= 0xff1a && code <= 0xff20) return false;
  if (code >= 0xff3b && code <= 0xff40) return false;
  if (code >= 0xff5b && code <= 0xff65) return false;
  return true;
}

/** A readable code unit compared half-width and case-free (`１` = `1`, `A` = `a`). */
function foldCode(code: number): number {
  const half = code >= 0xff10 && code <= 0xff5a ? code - 0xfee0 : code;
  return half >= 0x41 && half <= 0x5a ? half + 0x20 : half;
}

/** Whether fewer than `minimum` readable characters are in the text (stops counting at `minimum`). */
export function hasFewerReadable(text: string, minimum: number): boolean {
  let count = 0;
  for (let index = 0; index < text.length && count < minimum; index += 1) {
    if (isReadableCode(text.charCodeAt(index))) count += 1;
  }
  return count < minimum;
}

/** Whether two texts read the same once white space, punctuation, width and case are ignored. */
export function readsTheSame(left: string, right: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < left.length && !isReadableCode(left.charCodeAt(i))) i += 1;
    while (j < right.length && !isReadableCode(right.charCodeAt(j))) j += 1;
    if (i >= left.length || j >= right.length) return i >= left.length && j >= right.length;
    if (foldCode(left.charCodeAt(i)) !== foldCode(right.charCodeAt(j))) return false;
    i += 1;
    j += 1;
  }
}
