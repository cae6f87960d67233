import { normalizeWhitespace } from '../text/normalizeWhitespace';
import { normalFormRule } from './_lib/normalFormRule';

/**
 * Stray spaces and line breaks from copy-paste. The fix writes the cell's full normal form
 * (white space and punctuation), so it agrees with the punctuation fix of the same cell.
 */
export const textWhitespace = normalFormRule('text.whitespace', 'fix.normalizeWhitespace', normalizeWhitespace);
