/**
 * The deals a sentence tallies as signed, their count and their sum (`共签约项目140个,签约金额496.47亿元`, `现场签约23个项目,合同
 * 总金额86亿元`): what was agreed at a fair or a signing, told as done, not an amount to reach. A sentence that aims at its
 * signings (`力争签约项目100个,签约金额500亿元`, `计划签约…`) keeps them targets.
 */
import type { Quantity } from '../../numbers/types';

/**
 * The name of the sum signed, right before it: `签约金额`, `签约总额`, `合同总金额为`, `协议资金`, or the sum the deals involve
 * (`共签约招商项目14个,涉及金额30.82亿元`), which names them by the signing told before it.
 */
const SUM_SIGNED_BEFORE = /(?:(?:签约|合同|协议)总?(?:金额|资金|总额|额|投资额?)|涉及(?:金额|资金|投资额?))(?:为|达|共|约|计)?\s*$/;
/** The signing told as done in the sentence: `共签约`, `已签约`, `累计签约`, `现场签约`, `集中签约`, `签约了`. */
const SIGNING_TALLIED = /(?:共|已|累计|现场|集中|成功)签约|签约了/;
/** The count right after the tallied signing: `共签约项目140个`, `现场签约23个`, `共签约合作项目18个`, whatever words sort the projects. */
const COUNT_SIGNED_BEFORE = /(?:共|已|累计|现场|集中|成功)签约(?:了)?(?:[\u4e00-\u9fff]{0,4}?(?:项目|項目))?(?:共)?\s*$/;
/** Words that make the sentence an aim for its signings. */
const AIM_WORDS = /力争|计划|目标|确保|争取|拟|将|预计|任务|要/;
const NAME_REACH = 8;
const SENTENCE_REACH = 80;

/**
 * Whether a sum or a count is of the deals its sentence tallies as signed.
 *
 * @example
 * isAmountSignedAsTallied('会上共签约项目140个,签约金额496.47亿元。', quantityOf('496.47亿元'), 0) // true
 * isAmountSignedAsTallied('力争签约项目100个,签约金额500亿元', quantityOf('500亿元'), 0) // false
 */
export function isAmountSignedAsTallied(text: string, quantity: Quantity, sentenceStart: number): boolean {
  // `协议资金达57.3亿元`: a tally may say what it reached; a floor (`不少于`) is an aim.
  if ((quantity.unitClass !== 'money' && quantity.unitClass !== 'count') || (quantity.comparator !== null && quantity.comparatorText !== '达')) return false;
  const named = quantity.unitClass === 'money' ? SUM_SIGNED_BEFORE : COUNT_SIGNED_BEFORE;
  if (!named.test(text.slice(Math.max(0, quantity.span.start - NAME_REACH - 4), quantity.span.start))) return false;
  const sentence = text.slice(Math.max(sentenceStart, quantity.span.start - SENTENCE_REACH), quantity.span.start);
  return SIGNING_TALLIED.test(sentence) && !AIM_WORDS.test(sentence);
}
