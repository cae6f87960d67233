/**
 * A count that opens its clause and is followed by `均`/`都` and a verb of being or standing (`9所幼儿园均为公办`, `12个项目都位于
 * 开发区`) says what things counted elsewhere are, or where they stand; it sets no aim. Phrasings written for this test, with the
 * counts of making that must stay targets.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count described as it is', () => {
  it.each<ValuesCase>([
    {
      description: 'schools said to be public, after the aim to build them',
      row: { task: '年内新建中小学6所。据了解，6所学校均为公办学校，建成后可增加学位5400个。', progress: '' },
      expected: [6],
    },
    {
      description: 'canteens said to stand in the old town, with 都位于',
      row: { task: '全年建设社区食堂12个。据介绍，12个食堂都位于老城区。', progress: '' },
      expected: [12],
    },
    {
      description: 'stations said to be built beside the sites, opening on 目前',
      row: { task: '计划建设村级服务站8个。目前8个服务站均配套建在安置小区内。', progress: '' },
      expected: [8],
    },
    {
      description: 'a count of making before 均为 stays a target',
      row: { task: '新建幼儿园5所，均为公办幼儿园。', progress: '' },
      expected: [5],
    },
    {
      description: 'a count made with a verb in its clause before 均 stays a target',
      row: { task: '改造4个老旧小区均采用微改造方式。', progress: '' },
      expected: [4],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
