/**
 * `两位数增长`, `保持两位数的增长`: a growth said by the number of its digits. A growth of two digits is one of 10% or more, a floor
 * written in words, as plan tables of 主要指标 write an aim beside rates in digits (`增长8%左右`). Only before a growth word: `两位数`
 * of anything else (`两位数编号`) says nothing of a rate.
 */
import type { QuantityReading } from '../types';

/** `两位数` and the growth it sizes, with an optional 的 between; `三位数` is a growth of 100% or more. */
const DIGITS_OF_A_GROWTH = /^([两三])位数(?:的)?(?:增长|增幅|增速)/;
const FLOOR_OF_DIGITS: Readonly<Record<string, number>> = { 两: 10, 三: 100 };

/**
 * The floor of the growth whose digits are counted at `start` and where its words end, else null.
 *
 * @example
 * digitsOfAGrowthAt('金融业增加值两位数增长', 6) // { reading: { value: 10, comparator: '>=', unit: '%', … }, end: 9 }
 */
export function digitsOfAGrowthAt(text: string, start: number): { readonly reading: QuantityReading; readonly end: number } | null {
  const match = DIGITS_OF_A_GROWTH.exec(text.slice(start, start + 8));
  const digits = match?.[1];
  if (!match || digits === undefined) return null;
  const value = FLOOR_OF_DIGITS[digits];
  if (value === undefined) return null;
  const reading: QuantityReading = {
    value,
    upper: null,
    unit: '%',
    unitClass: 'percent',
    comparator: '>=',
    comparatorText: '',
    approximate: null,
    kind: 'single',
    series: [],
  };
  // The phrase ends with the number's words (`两位数`); the growth word after it is read as any rate's.
  return { reading, end: start + 3 };
}
