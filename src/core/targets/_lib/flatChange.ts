/**
 * A progress that says a figure did not change (`与上年持平`, `同比持平`, `基本持平`) reports a change of 0%: a
 * growth target (`增长15%`) is judged against 0, not left without a figure. The figure is made over the words
 * that say it, so it is shown and highlighted like any other.
 */
import { percentInWords, type FigureInWords } from './percentInWords';

const FLAT = /(?:(?:与|和|较|同)[^，,。；;\d]{0,3}\d{0,4}[^，,。；;\d]{0,6}|同比|基本)?持平/;

/** The change of 0% a progress states in words, or null. */
export function flatChange(progress: string): FigureInWords | null {
  const match = FLAT.exec(progress);
  if (!match) return null;
  return percentInWords(progress, 0, match[0], match.index);
}
