/**
 * A count in parentheses right after the name of a group a table's row is about (`社会事业(12 个) | 年度计划(亿元) 30`) is
 * the size of the group, which the row measures by its own columns: no count to reach. A name that says what is made
 * (`新建学校(12所)`) gives the count of the work, which stays a target.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the count of a table group', () => {
  it.each<ValuesCase>([
    {
      description: 'a field of projects with its count, then the year’s plan column',
      row: { task: '产业发展类 | 城建交通(18 个) | 年度计划(亿元) 42', progress: '1-9月完成(亿元) 30 | 完成进度(%) 71' },
      expected: [4200000000],
    },
    {
      description: 'full-width parentheses and 项, then a plan column in 万元',
      row: { task: '民生保障项目（7项）｜计划投资(万元) 5600', progress: '完成投资(万元) 4100' },
      expected: [56000000],
    },
    {
      description: 'a kind of project counted in 家, then a column of area',
      row: { task: '标准厂房(5 家) | 年度目标(万平方米) 12', progress: '累计建成(万平方米) 9' },
      expected: [120000],
    },
    {
      description: 'counter-example: a name that says what is built keeps its count',
      row: { task: '新建幼儿园(6所) | 计划投资(万元) 3000', progress: '已建成4所,完成投资(万元) 2100' },
      expected: [6, 30000000],
    },
    {
      description: 'counter-example: a count in parentheses in prose, with no cells after it',
      row: { task: '推进农村公路提升工程(120条)。', progress: '已完成90条。' },
      expected: [120],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });

  it('the plan column is then answered by the done column, the group’s count aside', () => {
    const [judged] = analyzeTargets(reportOf([{ task: '产业发展类 | 城建交通(18 个) | 年度计划(亿元) 42', progress: '1-9月完成(亿元) 30 | 完成进度(%) 71' }])).targets;
    expect(judged?.reported?.value).toBe(3000000000);
  });
});
