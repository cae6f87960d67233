/**
 * `两位数增长`: a growth sized by the number of its digits is a floor of 10% (`三位数` of 100%), the aim of a plan table's row as a
 * rate in digits would be; `两位数` before anything but a growth word is no rate. Texts written for this test.
 */
import { extractTargets } from '../../../src/core/targets';
import { parseQuantities } from '../../../src/core/numbers';

describe('a growth sized by its digits', () => {
  it.each([
    { description: 'a milestone of two-digit growth is a floor of 10%', input: '两位数增长', expected: [[10, '%', '>=']] },
    { description: 'with 保持 and 的 before the growth word', input: '税收收入保持两位数的增长', expected: [[10, '%', '>=']] },
    { description: 'a three-digit growth is a floor of 100%', input: '跨境电商交易额实现三位数增长', expected: [[100, '%', '>=']] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2024 }).map((target) => [target.value, target.quantity.unit, target.op])).toEqual(expected);
  });

  it.each([
    { description: 'two digits of a code are no rate', input: '启用两位数编号' },
    { description: 'a bare 两位 is no rate', input: '引进两位院士' },
  ])('$description (counter-example)', ({ input }) => {
    expect(parseQuantities(input).quantities.filter((quantity) => quantity.unitClass === 'percent')).toEqual([]);
  });
});
