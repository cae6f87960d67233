/**
 * Counts joined by 和 or 、 and summed by 共 in their clause (`2个文旅项目和10个工业项目共12个重点项目`) are the parts of the total
 * written after them: the total is the list, the parts no targets of their own. A 共 that is not their sum leaves them.
 */
import { isPartBeforeItsTotal } from '../../../src/core/targets/_lib/partsBeforeTheirTotal';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

const cases: ValuesCase[] = [
  {
    description: 'the parts summed by the total are left out, the total kept',
    row: { task: '全区2个文旅项目和10个工业项目共12个市重点项目,', progress: '已开工9个。' },
    expected: [12],
  },
];

describe('parts before their total', () => {
  it.each(cases)('$description', ({ row, expected }) => expect(targetValuesOfRow(row)).toEqual(expected));

  it.each([
    ['4个产业项目、6个基础设施项目和2个社会事业项目共12个项目', [true, true, true, false]],
    ['新建学校3所和幼儿园5所共8所', [true, true, false]],
    ['新建学校3所和幼儿园5所共9所', [false, false, false]],
    ['新建学校3所和幼儿园5所', [false, false]],
  ] as const)('reads the counts of %s as parts: %j', (text, expected) => {
    expect(parseQuantities(text).quantities.map((quantity) => isPartBeforeItsTotal(text, quantity))).toEqual(expected);
  });
});
