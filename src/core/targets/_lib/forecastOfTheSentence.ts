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
  const sentence = sentenceBefore(text, start);
  return FORECAST_OPENING.test(sentence) && !SAID_DONE.test(sentence);
}

/**
 * `预计年底,我省将超额完成年度任务,即:…完成率达到90%以上,…80%以上`: the expectation said with its modal, then spelt out after
 * `即` (namely); the figures of the spelling out, shares among them, are the expectation too, though their own clauses have no
 * modal. Only a figure with a `即` in reach is read on: most figures have none.
 *
 * @example
 * isForecastSpeltOutAfterNamely('预计年底,全市将完成任务,即:完成率达到95%。', 22) // true
 */
export function isForecastSpeltOutAfterNamely(text: string, start: number): boolean {
  // Looked for within the sentence's reach only: a search of the whole text per figure is quadratic on a pasted cell without 即.
  if (!text.slice(Math.max(0, start - SENTENCE_REACH), start).includes('即')) return false;
  const sentence = sentenceBefore(text, start);
  return FORECAST_OPENING.test(sentence) && !SAID_DONE.test(sentence) && MODAL_THEN_NAMELY.test(sentence);
}

/** A modal, then `即` and what it spells out, up to the figure. */
const MODAL_THEN_NAMELY = /(?:可|将|能)[^。；;]*?即\s*[:：,，]?[^。；;]*$/;

/** The sentence up to `start`, within its reach. */
function sentenceBefore(text: string, start: number): string {
  let from = start;
  const limit = Math.max(0, start - SENTENCE_REACH);
  while (from > limit && !SENTENCE_MARK_CODES.has(text.charCodeAt(from - 1))) from -= 1;
  return text.slice(from, start);
}
