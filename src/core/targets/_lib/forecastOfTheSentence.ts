/**
 * `预计上半年,新开工项目可开工66项,开工率达80%以上`: a progress sentence that opens on 预计 (after at most a short subject) says what
 * is expected by a time ahead, and a figure after `可`/`将`/`能` in a later clause of it is that expectation, not a result — the
 * result is in the sentences before. The modal right before the figure is asked first: most figures have none.
 */
import { CodeTable } from '../../_lib/codeTable';

/** `可开工`, `将完成`, `能达到`: a modal of what will be, in the figure's clause before it. */
const MODAL_BEFORE = /(?:可|将|能)[^，,。；;\d已]{0,6}$/;
/** A sentence that opens on 预计, after at most a short subject (`全市预计`). */
const FORECAST_OPENING = /^\s*[^，,。；;\d]{0,6}?预计/;
/** Said done: a result is reported, whatever is expected after it. */
const SAID_DONE = /已|累计|截至/;
const SENTENCE_MARK_CODES = new CodeTable(['。', '；', ';', '\n', '！', '!', '？', '?']);
const SENTENCE_REACH = 80;

/**
 * Whether the figure at `start`, whose clause before it is `clause`, is what its 预计 sentence expects.
 *
 * @example
 * isForecastOfItsSentence('已开工20个。预计年底,新建项目可开工60个。', 19, '新建项目可开工') // true
 */
export function isForecastOfItsSentence(text: string, start: number, clause: string): boolean {
  if (!MODAL_BEFORE.test(clause)) return false;
  let from = start;
  const limit = Math.max(0, start - SENTENCE_REACH);
  while (from > limit && !SENTENCE_MARK_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  const sentence = text.slice(from, start);
  return FORECAST_OPENING.test(sentence) && !SAID_DONE.test(sentence);
}
