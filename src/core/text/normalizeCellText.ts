import { normalizePunctuation } from './normalizePunctuation';
import { normalizeWhitespace } from './normalizeWhitespace';

/**
 * Punctuation, then white space (a space after a comma that turns full-width must go too): the one
 * normal form every text repair writes, so that the whitespace fix and the punctuation fix of one
 * cell agree whichever is applied last.
 */
export function normalizeCellText(text: string): string {
  return normalizeWhitespace(normalizePunctuation(text));
}
