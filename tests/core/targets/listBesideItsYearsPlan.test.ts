/**
 * A count of projects beside the year's planned investment of the same projects is a year's list: kept while the task is read,
 * a target where the progress counts its starts, and the label of its money where the progress gives only money (DOMAIN §4,
 * the count of a year's list). Each row is a sheet of one row of a 1-9月 report.
 */
import { isListBesideItsYearsPlan } from '../../../src/core/targets/_lib/listBesideItsYearsPlan';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a count of new projects beside its year\'s investment is answered by its starts',
    row: { task: '40个新建项目,总投资210亿元,年度计划投资55亿元。', progress: '已开工项目30个,开工率75%,完成投资42亿元。' },
    expected: [
      { value: 40, verdict: 'on-track', reported: { value: 30 } },
      { value: 5500000000, verdict: 'on-track', reported: { value: 4200000000 } },
    ],
  },
  {
    description: 'the same count measured by money only labels the money (counter-example)',
    row: { task: '40个新建项目,总投资210亿元,年度计划投资55亿元。', progress: '完成投资42亿元,占年度计划的76.4%。' },
    expected: [{ value: 5500000000, verdict: 'on-track', reported: { value: 4200000000 } }],
  },
];

function firstCount(text: string) {
  const quantity = parseQuantities(text).quantities.find((item) => item.unitClass === 'count');
  if (quantity === undefined) throw new Error(`no count in ${text}`);
  return quantity;
}

describe('a count of projects beside its year\'s plan of investment', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow({ ...rowCase, period: '三季度' }));

  it.each([
    ['12个新建项目,总投资80亿元,2022年计划投资20亿元', true],
    ['实施项目1357个,总投资239亿元', false],
    ['新建学校6所,年度计划投资3亿元', false],
  ] as const)('reads %s: %s', (text, expected) => {
    expect(isListBesideItsYearsPlan(text, firstCount(text), text.length)).toBe(expected);
  });
});
