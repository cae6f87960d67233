/**
 * A sum after the 其中 that follows a list of projects (`…项目2903个,总投资为43953亿元,其中今年内投资目标为9062亿元`) is the list's
 * money for the year, the aim the progress's investment answers, not a part of the list's count; a count or a share after it
 * is a part. Sentences of published releases (贵州 2018, 山东 2016), and counter-examples written for this test.
 */
import { isPartOfList } from '../../../src/core/targets/_lib/partsOfAList';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('what stands after the 其中 of a list of projects', () => {
  const quantityOf = (text: string, figure: string) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
    return quantity;
  };

  it.each([
    { description: 'the year’s investment is no part of the count (贵州 2018)', text: '2018年贵州省共安排重大工程和重点项目2903个,总投资为43953亿元,其中今年内投资目标为9062亿元。', part: '9062', list: '2903', expected: false },
    { description: 'counter-example: a count of new projects is a part', text: '重点项目共86个,总投资120亿元。其中新开工项目40个', part: '40', list: '86', expected: true },
    { description: 'counter-example: a share of the list’s investment is a part', text: '今年安排省重点项目600个,其中创新驱动和先进制造业项目投资占比达25%以上', part: '25', list: '600', expected: true },
  ])('$description', ({ text, part, list, expected }) => {
    expect(isPartOfList(text, quantityOf(text, part), quantityOf(text, list))).toBe(expected);
  });
});

describe('a list’s money after its 其中, in a row', () => {
  it.each<RowCase>([
    {
      description: 'the year’s investment aim is answered by the investment done (贵州 2018)',
      row: {
        task: '今年贵州省共安排重大工程和重点项目2903个,总投资为43953亿元,其中今年内投资目标为9062亿元。',
        progress: '全省重大工程和重点项目共完成投资4670.5亿元,占年度计划的51.5%;建成项目104个,占上半年计划的116%。',
      },
      period: '上半年',
      expected: [{ value: 906200000000, verdict: 'on-track' }],
      notes: 'the year 2018 read as 今年, as the sheet is of another year',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
