/**
 * The basis a change is reckoned on (`自然口径增长4.3%`, `扣除留抵退税因素后(同口径)增长17.7%`): one measure stated on two
 * bases gives two changes, and a target that names no basis cannot be judged by either.
 */

/** Words that say on which basis a change is reckoned: `自然口径`, `同口径`, `可比口径`, `扣除…因素后`, `剔除…`, `按可比价`. */
const BASIS_WORDS = /(?:自然|同|可比|全)?口径|扣除[^，,。；;]{0,12}(?:因素|后)|剔除|按可比价/g;
const BASIS_REACH = 30;

/** The basis named: its 口径 word when there is one, else what is taken out (`扣除`, `剔除`) or `按可比价`. */
function basisName(words: string): string {
  const caliber = /(?:自然|同|可比|全)?口径/.exec(words);
  if (caliber) return caliber[0];
  return words.startsWith('扣除') ? '扣除' : words;
}

/**
 * The basis stated in `text` (a target's phrase, or the words before a change), or null: the last one named,
 * by its 口径 word when it has one (`扣除留抵退税因素后(同口径)` is `同口径`).
 *
 * @example
 * basisIn('自然口径增长') // '自然口径'
 * basisIn('扣除留抵退税因素后(同口径)增长') // '同口径'
 * basisIn('同比增长') // null
 */
export function basisIn(text: string): string | null {
  let last: string | null = null;
  BASIS_WORDS.lastIndex = 0;
  for (let match = BASIS_WORDS.exec(text); match !== null; match = BASIS_WORDS.exec(text)) {
    // `扣除…因素后(同口径)`: the 口径 word said right after what is taken out names the same basis.
    last = basisName(match[0]);
  }
  return last;
}

/** The basis stated before a change at `start`, within its sentence, or null (most changes state none). */
export function basisBefore(text: string, sentenceStart: number, start: number): string | null {
  const before = text.slice(Math.max(sentenceStart, start - BASIS_REACH), start);
  // Most changes state no basis: one look for the words' common characters before the pattern.
  if (!before.includes('口径') && !before.includes('除') && !before.includes('可比价')) return null;
  return basisIn(before);
}

/** The words of a basis, as they stand in an indicator phrase (`扣除留抵退税因素后(同口径)`), with their brackets. */
const BASIS_PHRASE = /(?:自然|同|可比|全)?口径|(?:扣除|剔除)[^，,。；;]{0,12}?(?:因素后?|后)|剔除|按可比价(?:格)?(?:计算)?|[()（）]/g;

/**
 * An indicator without the words of its basis: what is left names the thing measured, if anything.
 *
 * @example
 * withoutBasis('扣除留抵退税因素后(同口径)') // ''
 */
export function withoutBasis(indicator: string): string {
  return indicator.replace(BASIS_PHRASE, '');
}
