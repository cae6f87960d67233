/**
 * Small Chinese numerals as used in serials and periods (`六`, `十六`, `二十一`, `一百零二`, `两`),
 * and Arabic digits, full- or half-width. Larger quantities (万, 亿) belong to the numbers module.
 */
const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const MULTIPLIERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The integer a short numeral spells, or null when it is not one.
 *
 * @example
 * parseSmallNumeral('十六') // 16
 * parseSmallNumeral('１６') // 16
 * parseSmallNumeral('第六') // null
 */
export function parseSmallNumeral(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const ascii = trimmed.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(ascii)) return Number(ascii);
  let total = 0;
  let pending: number | null = null;
  for (const character of trimmed) {
    const digit = DIGITS[character];
    const multiplier = MULTIPLIERS[character];
    if (digit !== undefined) {
      pending = digit;
    } else if (multiplier !== undefined) {
      total += (pending ?? 1) * multiplier;
      pending = null;
    } else {
      return null;
    }
  }
  return total + (pending ?? 0);
}
