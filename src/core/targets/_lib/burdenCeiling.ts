/**
 * A level of something a government keeps low — unemployment, prices' rise, a deficit, debt, energy used per unit of
 * output — stated as a target without a comparator (`城镇调查失业率5.5%左右`, `居民消费价格涨幅3%左右`, `赤字率3.2%`) is a
 * ceiling: a reviewer counts it met when the actual stays at or under it. A change to reach (`能耗下降3%`) keeps its
 * direction and is no level; a rate to raise (`就业率`, `覆盖率`) is no burden.
 */
import type { Quantity } from '../../numbers/types';
import { clauseBefore } from './clauses';

/** The burdens, named in the words before the figure. */
const BURDEN = /失业率|物价涨幅|价格涨幅|CPI涨幅|CPI|赤字率|负债率|债务率|不良贷款率|能耗/;
/** How far back a burden's name is read: its clause, or the sentence before a quoted target (`…失业率为5.1%，比“5.5%左右”的目标低`). */
const NAME_REACH = 40;

/**
 * Whether a level without a comparator, in `words` ending right before it, is the ceiling of a burden.
 *
 * @example
 * isCeilingOfABurden('城镇调查失业率', quantityOf('5.5%左右')) // true
 * isCeilingOfABurden('城镇新增就业率', quantityOf('95%')) // false
 */
export function isCeilingOfABurden(words: string, quantity: Quantity): boolean {
  if (quantity.comparator !== null || quantity.kind !== 'single' || (quantity.unitClass !== 'percent' && quantity.unitClass !== 'points')) return false;
  return BURDEN.test(words);
}

/** The burden's name with the words that lead it (`全国城镇登记失业率`), or '' when the words name none. */
export function burdenNamedIn(words: string): string {
  const match = BURDEN_WITH_LEAD.exec(words);
  return match ? match[0] : '';
}

const BURDEN_WITH_LEAD = new RegExp(`[\\u4e00-\\u9fff]{0,8}(?:${BURDEN.source})`);

/** The words a figure at `start` is read with: its clause before it. */
export function burdenWordsBefore(text: string, start: number): string {
  return clauseBefore(text, start, NAME_REACH);
}

const SENTENCE_END_CODES: ReadonlySet<number> = new Set(Array.from('。；;！!？?\n', (mark) => mark.charCodeAt(0)));

/**
 * The words of the progress sentence that quotes a target written alone (`5.5%左右` quoted as `“5.5%左右”的既定目标`), up to
 * the quote; '' when the progress does not quote it.
 *
 * @example
 * wordsQuotingTarget('失业率平均为5.1%，比“5.5%左右”的既定目标低', '5.5%左右') // '失业率平均为5.1%，比'
 */
export function wordsQuotingTarget(progressText: string, targetText: string): string {
  const at = progressText.indexOf(`“${targetText}”`);
  if (at < 0) return '';
  const before = progressText.slice(Math.max(0, at - NAME_REACH), at);
  let sentenceStart = before.length;
  while (sentenceStart > 0 && !SENTENCE_END_CODES.has(before.charCodeAt(sentenceStart - 1))) sentenceStart -= 1;
  return before.slice(sentenceStart);
}
