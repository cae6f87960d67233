/**
 * An amount in 万 or 亿 written right after a word of money with its 元 dropped (`完成投资4800万`) is money; a bare amount
 * elsewhere stays bare. Examples written for this test.
 */
import { parseQuantities } from '../../../src/core/numbers';

const read = (text: string) => parseQuantities(text).quantities.map(({ text: written, value, unit, unitClass }) => ({ written, value, unit, unitClass }));

describe('money written without its 元', () => {
  it.each([
    { input: '截至6月底,已完成投资4800万,占年计划的52%', written: '4800万', value: 48000000 },
    { input: '到位资金3.2亿', written: '3.2亿', value: 320000000 },
    { input: '实现营业收入累计1.5亿', written: '1.5亿', value: 150000000 },
    { input: '发放补贴共计260万', written: '260万', value: 2600000 },
    { input: '完成固定资产投资额达到12亿', written: '达到12亿', value: 1200000000 },
  ])('$input', ({ input, written, value }) => {
    expect(read(input)).toContainEqual({ written, value, unit: '元', unitClass: 'money' });
  });

  it.each([
    { description: 'people after the amount', input: '惠及群众6万多', },
    { description: 'a money word far before the amount', input: '资金到位后,惠及农村人口3万' },
    { description: 'a thing between the money word and the amount', input: '投资项目4800万' },
  ])('counter-example: $description', ({ input }) => {
    const bare = read(input).filter((quantity) => quantity.unitClass === 'money');
    expect(bare).toEqual([]);
  });

  it('keeps a written 元 and a table header’s unit as they are', () => {
    expect(read('完成投资4800万元')).toEqual([{ written: '4800万元', value: 48000000, unit: '元', unitClass: 'money' }]);
  });
});
