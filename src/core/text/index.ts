/** Text normalisers shared by the rules and the repairs. */
export { isCjkCharacter, isChineseContext, isWhitespaceCode, toHalfWidth, toHalfWidthAlphanumerics, removeWhitespace } from './characters';
export { parseSmallNumeral } from './chineseNumeral';
export { compactKey } from './compactKey';
export { normalizeWhitespace } from './normalizeWhitespace';
export { normalizePunctuation } from './normalizePunctuation';
export { normalizeCellText } from './normalizeCellText';
export { DEFAULT_VOCABULARY, parseVocabulary, vocabularyWordFor } from './selfAssessment';
