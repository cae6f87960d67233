/**
 * A sum of investment tied by 的 to the projects named after it (`投资800亿元规划建设的25个重点项目`) is what they cost, no target;
 * a sum to reach stays one.
 */
import { isInvestmentOfProjectsNamedAfter } from '../../../src/core/targets/_lib/investmentOfProjectsNamedAfter';
import { parseQuantities } from '../../../src/core/numbers';
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

function firstSum(text: string) {
  const quantity = parseQuantities(text).quantities.find((item) => item.unitClass === 'money');
  if (quantity === undefined) throw new Error(`no sum in ${text}`);
  return quantity;
}

const cases: ValuesCase[] = [
  {
    description: 'the cost of the listed projects is left out and the list is kept',
    row: { task: '全区总投资420亿元的18个重点项目,', progress: '已开工12个。' },
    expected: [18],
  },
  {
    description: 'a sum to reach before other words stays a target (counter-example)',
    row: { task: '全年完成投资80亿元,', progress: '完成投资61亿元。' },
    expected: [8000000000],
  },
];

describe('the investment of the projects named after it', () => {
  it.each(cases)('$description', ({ row, expected }) => expect(targetValuesOfRow(row)).toEqual(expected));

  it.each([
    ['我县投资800亿元规划建设的25个重点项目', true],
    ['总投资420亿元的18个重点项目', true],
    ['完成投资80亿元,其中工业项目50亿元', false],
    ['投资30亿元建设一批学校', false],
  ] as const)('reads the sum of %s as the projects\' cost: %s', (text, expected) => expect(isInvestmentOfProjectsNamedAfter(text, firstSum(text))).toBe(expected));
});
