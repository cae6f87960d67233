/**
 * Projects moved out of or into a revised list (`调出5个、调入9个`) say how the list changed, and are no targets; the list's new
 * size, which the report measures, stays one.
 */
import { isCountMovedInOrOut } from '../../../src/core/targets/_lib/projectsMovedInOrOut';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

const cases: ValuesCase[] = [
  {
    description: 'counts moved out and in are left out, the revised size is kept',
    row: { task: '年中对文旅重点项目进行调整,调出5个、调入9个,调整后项目达到44个。', progress: '已开工38个。' },
    expected: [44],
  },
  {
    description: 'projects struck off the list by name of the step are left out',
    row: { task: '剔除项目3个,全年重点项目共60个。', progress: '已开工41个。' },
    expected: [60],
  },
];

describe('projects moved out of or into a list', () => {
  it.each(cases)('$description', ({ row, expected }) => expect(targetValuesOfRow(row)).toEqual(expected));

  it.each([
    ['共调出12个、调进20个', [true, true]],
    ['移出项目4个', [true]],
    ['新增项目12个', [false]],
    ['调整后项目达到80个', [false]],
  ] as const)('reads the counts of %s as moved: %j', (text, expected) => {
    expect(parseQuantities(text).quantities.map((quantity) => isCountMovedInOrOut(text, quantity))).toEqual(expected);
  });
});
