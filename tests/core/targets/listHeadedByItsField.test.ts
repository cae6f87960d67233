/**
 * A 通报 of key projects heads each field's projects by name, then gives the year's 安排 after a comma (`能源基础设施项目, 年初安排
 * 23项`): the count names that field's list, and a progress that says the list all started leaves it no gap to measure, while
 * the year's money stays the target. Phrasings written for this test, with a count of works that stays a target.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a field’s list of projects headed by its name', () => {
  it.each<ValuesCase>([
    {
      description: 'transport infrastructure projects arranged at the start of the year, all started',
      row: { task: '交通基础设施项目，年初安排15项，计划完成投资80亿元。', progress: '目前已全部开复工，完成投资62亿元，占年度计划的77.5%。' },
      expected: [8000000000],
    },
    {
      description: 'industrial projects arranged for the year, all started',
      row: { task: '工业项目，全年共安排42项，年度计划投资120亿元。', progress: '42个项目均已开工，完成投资95亿元。' },
      expected: [12000000000],
    },
    {
      description: 'key projects arranged this year, all under way',
      row: { task: '市级重点项目，今年安排30个，计划完成投资55亿元。', progress: '已全部开工建设，完成投资40亿元。' },
      expected: [5500000000],
    },
    {
      description: 'a count of works to build after the heading stays a target',
      row: { task: '水利基础设施，年内新建小型水库5座。', progress: '已建成3座。' },
      expected: [5],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
