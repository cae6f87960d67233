/**
 * A plan stated twice in a text, the second time with its bare change (`…调整为年度计划投资22亿元,增加10%`): the change is the
 * plan's, against its first figure, and no target; a change after a plan stated once may be a growth to reach and stays one.
 */
import { isChangeOfARestatedPlan } from '../../../src/core/targets/_lib/changeOfARestatedPlan';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function lastPercentOrSum(text: string) {
  const quantity = parseQuantities(text).quantities.filter((item) => item.unitClass === 'percent' || item.unitClass === 'money').at(-1);
  if (quantity === undefined) throw new Error(`no percent or sum in ${text}`);
  return quantity;
}

const cases: RowCase[] = [
  {
    description: 'the change of a plan restated after its adjustment is no target',
    row: {
      task: '年初安排文旅重点项目40个,年度计划投资30亿元。年中调整后,年度计划投资32亿元,增加6.67%。',
      progress: '完成投资25亿元,占年度计划的78.1%。',
    },
    expected: [
      { value: 3000000000 },
      { value: 3200000000, reported: { value: 2500000000 } },
    ],
    notes: 'which of the two plans the report measures is for other rules; the 6.67% is none',
  },
];

describe('the change of a plan the text restates', () => {
  it.each([
    ['年度计划投资20亿元,后调整为年度计划投资22亿元,增加10%', true],
    ['总投资150亿元,调整后总投资160亿元,增长6.7%', true],
    ['年度投资计划100亿元,增长10%', false],
    ['年度计划投资20亿元,完成投资18亿元,增长12%', false],
  ] as const)('reads the last figure of %s as such a change: %s', (text, expected) => {
    expect(isChangeOfARestatedPlan(text, lastPercentOrSum(text))).toBe(expected);
  });

  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '三季度' }));
});
