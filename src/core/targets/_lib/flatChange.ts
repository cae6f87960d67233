/**
 * A progress that says a figure did not change (`与上年持平`, `同比持平`, `基本持平`) reports a change of 0%: a
 * growth target (`增长15%`) is judged against 0, not left without a figure. The figure is made over the words
 * that say it, so it is shown and highlighted like any other.
 */
import type { Quantity } from '../../numbers/types';
import type { QuantityContext } from './describeQuantity';

const FLAT = /(?:(?:与|和|较|同)[^，,。；;\d]{0,3}\d{0,4}[^，,。；;\d]{0,6}|同比|基本)?持平/;

/** The change of 0% a progress states in words, or null. */
export function flatChange(progress: string): { quantity: Quantity; context: QuantityContext } | null {
  const match = FLAT.exec(progress);
  if (!match) return null;
  const start = match.index;
  const end = start + match[0].length;
  const quantity: Quantity = {
    value: 0,
    upper: null,
    unit: '%',
    unitClass: 'percent',
    comparator: null,
    comparatorText: '',
    approximate: null,
    kind: 'single',
    series: [],
    span: { start, end },
    text: match[0],
  };
  const context: QuantityContext = {
    indicator: '',
    otherIndicator: '',
    phrase: match[0],
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
