/**
 * A percentage a progress states in words rather than digits (`持平` is 0%, `已全部完成` is 100%): a figure
 * made over the words, with the context of a reported figure, so it is matched, shown and highlighted like
 * any figure read from digits.
 */
import type { Quantity } from '../../numbers/types';
import type { QuantityContext } from './describeQuantity';

export interface FigureInWords {
  readonly quantity: Quantity;
  readonly context: QuantityContext;
}

/** A percentage of `value` read over the words `words` at `start`: no digits of its own, so no comparator, range or series. */
export function percentQuantityOver(value: number, words: string, start: number): Quantity {
  return {
    value,
    upper: null,
    unit: '%',
    unitClass: 'percent',
    comparator: null,
    comparatorText: '',
    approximate: null,
    kind: 'single',
    series: [],
    span: { start, end: start + words.length },
    text: words,
  };
}

/** The figure `value`% over the words `words` found at `start` in `progress`. */
export function percentInWords(progress: string, value: number, words: string, start: number): FigureInWords {
  const end = start + words.length;
  const quantity = percentQuantityOver(value, words, start);
  const context: QuantityContext = {
    indicator: '',
    otherIndicator: '',
    phrase: words,
    phraseStart: start,
    phraseEnd: end,
    hasReportMarker: true,
    targetVerb: null,
    subjectOfReach: false,
    sentenceStart: 0,
    sentenceEnd: progress.length,
  };
  return { quantity, context };
}
