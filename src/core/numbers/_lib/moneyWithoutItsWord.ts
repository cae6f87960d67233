/**
 * `完成投资4800万`, `到位资金3.2亿`, `实现营业收入1.5亿`: an amount in 万 or 亿 written right after a word of money,
 * with its 元 dropped, is money. Clerks drop 元 after such words as readily as they keep it; read bare, the amount
 * would pass for a count and answer a target of projects or people.
 * Only the words of the clause's own subject count: the money word must end at most a few linking words
 * (完成, 达到, 累计, 共, 约) before the number, so `投资项目4800万` (no) and `资金到位后…3万人` (no) stay bare.
 */
import { countingWord, type CountingWord } from '../units';

/** Words of money a bare amount can follow: what is invested, raised, earned, paid or granted. */
const MONEY_WORD_BEFORE_AMOUNT =
  /(?:投资|资金|金额|收入|产值|营业额|销售额|交易额|成交额|总额|税收|税额|补助|补贴|奖补|经费|贷款|融资|预算|支出|费用|款项|拨款|价款)额?(?:已|共|累计|合计|总计|计|达到?|完成了?|实现|为|约|近|超过?|逾|突破|高达)*$/;
/** The linking words and the money word fit in this many characters before the number. */
const LOOK_BEHIND = 12;

const MONEY: CountingWord | null = countingWord('元');

/** The money counting word (元) when the bare amount at `numberStart` follows a word of money; null otherwise. */
export function moneyWordBeforeBareAmount(text: string, numberStart: number): CountingWord | null {
  return MONEY !== null && MONEY_WORD_BEFORE_AMOUNT.test(text.slice(Math.max(0, numberStart - LOOK_BEHIND), numberStart)) ? MONEY : null;
}
