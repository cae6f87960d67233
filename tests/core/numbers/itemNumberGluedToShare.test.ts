/**
 * A table's item number run into the round share that opens its item (`2.60%的…`: item 2, 60%), with the rates as written
 * that must stay rates. Phrasings written for this test.
 */
import { parseQuantities } from '../../../src/core/numbers';

interface GluedCase {
  readonly description: string;
  readonly input: string;
  readonly expected: readonly (readonly [string, number])[];
  readonly notes?: string;
}

describe('an item number glued to the share that opens a cell', () => {
  it.each<GluedCase>([
    { description: 'item 2 and a share of 60% of the things after it', input: '2.60%的行政村建成村级综合服务站', expected: [['60%', 60]] },
    { description: 'with 以上 before 的', input: '5.40%以上的中小学配备心理健康教师', expected: [['40%以上', 40]] },
    { description: 'after the mark of a key item', input: '*1.80%的乡镇建成养老服务中心', expected: [['80%', 80]] },
    { description: 'a two-digit item number', input: '12.70%的社区开展垃圾分类', expected: [['70%', 70]] },
    { description: 'a rate without a trailing zero stays a rate', input: '2.6%的增长目标', expected: [['2.6%', 2.6]], notes: 'a round share needs the zero' },
    { description: 'a rate at the end of the cell stays a rate', input: '3.50%', expected: [['3.50%', 3.5]] },
    { description: 'a rate inside a sentence stays a rate', input: '贷款利率下调至3.80%的水平', expected: [['3.80%', 3.8]] },
    { description: 'a rate followed by a comma stays a rate', input: '4.20%,较上年提高', expected: [['4.20%', 4.2]] },
  ])('$description', ({ input, expected }) => {
    expect(parseQuantities(input).quantities.map((quantity) => [quantity.text, quantity.value])).toEqual(expected);
  });

  it('lists the item number among the numbers not taken, as an ordinal', () => {
    expect(parseQuantities('3.90%的养老机构达标').ignored).toContainEqual({ reason: 'ordinal', span: { start: 0, end: 1 }, text: '3' });
  });
});
