/** The check against the previous report: copied progress, totals that went down, edited plans. */
export * from './types';
export { compareWithPrevious } from './compareWithPrevious';
export { checkAgainstPrevious } from './checkAgainstPrevious';
export { diffTexts, type TextDifference, type TextDifferenceKind } from './_lib/diffTexts';
export { NEARLY_SAME_PROGRESS, progressSameness, repeatedProgress } from './_lib/progressSameness';
