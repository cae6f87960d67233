/**
 * Classes counted after the schools or kindergartens of a sentence, with a word that totals or lays them out (`计99个标准班级`,
 * `共设36个教学班`, `办学规模24班`): the size of the works, answered by the schools built, not an aim. Classes to add or open
 * stay targets. Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the classes the counted schools are built with', () => {
  it.each<ValuesCase>([
    {
      description: 'kindergartens to build, their floor area, then the classes they total',
      row: { task: '年内新建幼儿园6所，总建筑面积约2.1万平方米，计54个标准班级。', progress: '' },
      expected: [6],
    },
    {
      description: 'primary schools to rebuild, laid out in teaching classes with 共设',
      row: { task: '改扩建小学3所，共设36个教学班。', progress: '' },
      expected: [3],
    },
    {
      description: 'a school counted after its noun, sized with 规模',
      row: { task: '新建九年一贯制学校2所，规模为48个班。', progress: '' },
      expected: [2],
    },
    {
      description: 'classes to add stay a target',
      row: { task: '新增公办幼儿园班级30个。', progress: '' },
      expected: [30],
    },
    {
      description: 'classes to open with no school counted stay a target',
      row: { task: '全年开设托班12个。', progress: '' },
      expected: [12],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
