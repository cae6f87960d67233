/**
 * The levels of a whole listed before 中的 (`8个大类、35个小项中的60个项目`) are all the whole the part is taken from: the part after
 * 中的 is the target, none of the levels.
 */
import { isWholeListedBeforeAPart } from '../../../src/core/targets/_lib/wholesListedBeforeAPart';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

const cases: ValuesCase[] = [
  {
    description: 'only the part taken from the listed levels is a target',
    row: { task: '全市为民办实事涉及的8个大类、35个小项中的60个项目', progress: '已完成42个。' },
    expected: [60],
  },
];

describe('the levels of a whole listed before the part', () => {
  it.each(cases)('$description', ({ row, expected }) => expect(targetValuesOfRow(row)).toEqual(expected));

  it.each([
    ['8个大类、35个小项中的60个项目', [true, false, false]],
    ['8个大类、35个小项', [false, false]],
    ['建设8个公园、35个游园', [false, false]],
  ] as const)('reads the counts of %s as levels of the whole: %j', (text, expected) => {
    expect(parseQuantities(text).quantities.map((quantity) => isWholeListedBeforeAPart(text, quantity))).toEqual(expected);
  });
});
