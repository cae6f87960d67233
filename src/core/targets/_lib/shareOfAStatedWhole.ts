/**
 * A target's weight in a wider plan, stated as a share of that plan's own figure (`年度投资计划2088.3亿元，占全省固定资产投资计划
 * 6441亿元的32.4%`, `计划实施易地扶贫搬迁156297人，占“十三五”规划实施易地扶贫搬迁338506人的46%`): the wider plan's figure is the
 * base the target is compared with, and the share follows from the two. Neither is something to reach; the target is the
 * figure the share is of. A level to reach says so (`占比达到50%`, `占GDP比重提升至2.5%`), and a share with no figure of a whole
 * (`占年度计划的60%`) is read by the plain share readings.
 */
import type { Quantity } from '../../numbers/types';

/** How far back from a share its `占` and the whole's words are looked for. */
const SHARE_REACH = 40;
/** How far back from a whole's figure its `占` is looked for. */
const WHOLE_REACH = 30;
/**
 * `占` and the words of a whole, with no verb of reaching between, up to the `的` right before the share. `占地`, `占用`, `占比` are
 * other words.
 */
const OF_A_WHOLE_BEFORE_SHARE = /占(?![地用比])((?:(?!达到|提升|提高|超过|增长|保持|稳定在|控制)[^，,。；;至]){1,36})的\s*$/;
const FIGURE = /[0-9０-９]/;
/** `占` and the whole's words, with no figure and no verb of reaching between, right before the whole's figure. */
const SHARE_OPENED_BEFORE_WHOLE = /占(?![地用比])(?:(?!达到|提升|提高|超过|增长|保持|稳定在|控制)[^，,。；;至0-9０-９]){1,26}$/;
/** The share of the whole, right after its figure: `的32.4%`. */
const SHARE_AFTER_WHOLE = /^\s*的\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\s*[%％]/;

/**
 * Whether a percent is the share a figure makes of a whole the text states with its own figure (`占…6441亿元的32.4%`).
 *
 * @example
 * isShareOfAStatedWhole('年度投资计划2088.3亿元，占全省固定资产投资计划6441亿元的32.4%', quantityOf('32.4%')) // true
 * isShareOfAStatedWhole('年度投资占全省的比重达到30%', quantityOf('30%')) // false
 */
export function isShareOfAStatedWhole(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass !== 'percent' || quantity.comparator !== null) return false;
  const whole = OF_A_WHOLE_BEFORE_SHARE.exec(text.slice(Math.max(0, quantity.span.start - SHARE_REACH), quantity.span.start));
  return whole !== null && FIGURE.test(whole[1] ?? '');
}

/**
 * Whether a figure is the whole a share is taken of (`占…规划实施易地扶贫搬迁338506人的46%`): the wider plan's size.
 *
 * @example
 * isWholeOfAStatedShare('计划搬迁156297人，占规划搬迁338506人的46%', quantityOf('338506人')) // true
 * isWholeOfAStatedShare('计划搬迁156297人，占规划搬迁338506人的46%', quantityOf('156297人')) // false
 */
export function isWholeOfAStatedShare(text: string, quantity: Quantity): boolean {
  if (quantity.unitClass === 'percent' || quantity.comparator !== null) return false;
  return SHARE_AFTER_WHOLE.test(text.slice(quantity.span.end, quantity.span.end + 12))
    && SHARE_OPENED_BEFORE_WHOLE.test(text.slice(Math.max(0, quantity.span.start - WHOLE_REACH), quantity.span.start));
}
