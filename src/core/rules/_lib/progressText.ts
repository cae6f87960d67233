/** What a progress text says, measured the way the progress rules need it. */
import { removeWhitespace, toHalfWidth } from '../../text/characters';

const PLACEHOLDERS = new Set(['无', '略', '同上', '同前', '见上', '暂无', '无进展', '空', '待填', '待补充', '/', '-', '--', '—', '——', '\\', '0', 'x', 'n/a', 'na', '…', '……', '...']);
const PUNCTUATION = /[\s\p{P}\p{S}]/gu;

/** The text without white space, punctuation or symbols, half-width: what is left to read. */
export function readableCore(text: string): string {
  return toHalfWidth(text).replace(PUNCTUATION, '').toLowerCase();
}

/** A stand-in for progress: 无, 略, 同上, `/` and their kin. */
export function isPlaceholder(text: string): boolean {
  const compact = removeWhitespace(toHalfWidth(text)).toLowerCase();
  return PLACEHOLDERS.has(compact) || PLACEHOLDERS.has(compact.replace(/[。]+$/, ''));
}
