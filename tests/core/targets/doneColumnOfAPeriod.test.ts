/**
 * A done column named after the part of the year it covers (`上半年完成`, `1-9月完成`, `一季度完成`) beside the year's plan
 * column (`年度计划`): the period says when the amount was done, not what it measures, so the table pairs the two columns
 * as it pairs `投资完成` with `年度计划`. Rows written for this test in the style of key-project and investment tables.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { columnKeyOf } from '../../../src/core/targets/_lib/headedColumnFigure';
import { reportOf } from './reportFixtures';

describe('a done column of a part of the year answers the plan column of the year', () => {
  it.each([
    { description: 'half a year', name: '上半年完成', key: '' },
    { description: 'months from January', name: '1-9月完成', key: '' },
    { description: 'a quarter, with the amount invested', name: '一季度完成投资', key: '' },
    { description: 'three quarters, what has been built', name: '前三季度建成', key: '建成' },
    { description: 'a column of another thing keeps its words', name: '上半年新增就业', key: '新增就业' },
  ])('$description: $name', ({ name, key }) => {
    expect(columnKeyOf(name)).toBe(key);
  });

  it.each([
    {
      description: 'a half-year column in 亿元 beside the year plan',
      row: { task: '民生保障项目 | 教育卫生 | 年度计划(亿元) 12', progress: '上半年完成(亿元) 7 | 完成进度(%) 58' },
      period: '上半年',
      value: 700000000,
    },
    {
      description: 'months from January in 万元',
      row: { task: '城建项目 | 道路管网 | 年度计划(万元) 36000', progress: '1-9月完成(万元) 30500 | 完成率(%) 84.7' },
      period: '三季度',
      value: 305000000,
    },
    {
      description: 'a quarter\'s amount invested',
      row: { task: '产业项目 | 先进制造 | 年度计划(亿元) 80', progress: '一季度完成投资(亿元) 21' },
      period: '一季度',
      value: 2100000000,
    },
  ])('$description', ({ row, period, value }) => {
    const { targets } = analyzeTargets(reportOf([row], 2023, period));
    expect(targets).toHaveLength(1);
    expect(targets[0]?.reported?.value).toBe(value);
  });
});
