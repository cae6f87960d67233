/**
 * A list of projects sorted by class (`N个项目中有交通类M个…;民生类K个`) is made up of its classes: each class's count says how
 * the list is made up and is no target unless the progress counts the class by its name; the class's money is. Examples written for this test, with counter-examples where a
 * class word stands before a count of works to make.
 */
import { classOfASortedList } from '../../../src/core/targets/_lib/groupOfABreakdown';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the classes of a list of projects', () => {
  const quantityOf = (text: string, figure: string) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.includes(figure));
    if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
    return quantity;
  };

  it.each([
    { description: 'the first class after the list’s 中有', text: '今年120个项目中有交通类45个,计划投资60亿元;民生类30个,计划投资20亿元。', figure: '45个', expected: '交通类' },
    { description: 'a later class, after a semicolon', text: '今年120个项目中有交通类45个,计划投资60亿元;民生类30个,计划投资20亿元。', figure: '30个', expected: '民生类' },
    { description: 'the list opened with 中 and a comma', text: '88个重点项目中,能源类20项、农业类16项。', figure: '16项', expected: '农业类' },
    { description: 'counter-example: a class word inside the thing built', text: '年内新建文化类场馆5个。', figure: '5个', expected: null },
    { description: 'counter-example: classes without the list opening before them', text: '培育工业类8个、服务类6个示范企业。', figure: '8个', expected: null },
    { description: 'counter-example: the opening in an earlier sentence', text: '50个项目中有交通类20个。另新建体育类场馆3个。', figure: '3个', expected: null },
  ])('$description', ({ text, figure, expected }) => {
    expect(classOfASortedList(text, quantityOf(text, figure))).toBe(expected);
  });
});

describe('the classes of a list of projects, in a row', () => {
  it.each<RowCase>([
    {
      description: 'the classes’ money is the aim, their counts are not',
      row: {
        task: '60个项目中有基础设施类25个,计划投资120亿元;产业类35个,计划投资90亿元。',
        progress: '一季度基础设施类项目完成投资30亿元,产业类项目完成投资20亿元。',
      },
      period: '一季度',
      expected: [{ value: 12000000000 }, { value: 9000000000 }],
    },
    {
      description: 'counter-example: a class the progress counts by its name is measured by its count',
      row: {
        task: '60个项目中有基础设施类25个,计划投资120亿元。',
        progress: '基础设施类项目已开工15个,一季度完成投资30亿元。',
      },
      period: '一季度',
      expected: [{ value: 25 }, { value: 12000000000 }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
