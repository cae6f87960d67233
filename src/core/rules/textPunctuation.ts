import { normalizePunctuation } from '../text/normalizePunctuation';
import { normalFormRule } from './_lib/normalFormRule';

/**
 * Half-width punctuation in Chinese text or full-width digits (`策,加大`, `１７`), as left by copies
 * from PDFs and other sheets. The fix writes the cell's full normal form, like the whitespace fix.
 */
export const textPunctuation = normalFormRule('text.punctuation', 'fix.normalizePunctuation', normalizePunctuation);
