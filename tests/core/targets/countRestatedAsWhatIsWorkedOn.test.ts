/**
 * A count after 对 whose things' parts are worked on (`对12所学校的食堂进行改造`), written earlier in the task as it stands,
 * restates the things already counted: no second aim. Sentences written for this test in the style of school and clinic
 * works tables, with a counter-example where the count is not written before.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count restated as what the work is done on', () => {
  it.each<ValuesCase>([
    {
      description: 'schools counted, then named again as those whose canteens are rebuilt',
      row: { task: '实施12所中小学食堂提升工程 | 对12所学校的食堂及排烟设施进行改造,新增灶具60台', progress: '已完成招标。' },
      expected: [12, 60],
    },
    {
      description: 'a count after 对 not written before stays a target',
      row: { task: '实施中小学食堂提升工程,对12所学校的食堂进行改造', progress: '已完成5所。' },
      expected: [12],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
