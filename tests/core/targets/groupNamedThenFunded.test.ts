/**
 * A list of names closed by 等 and a count (`防洪、供水、水土保持等3项`), followed by the money the group is to spend
 * (`，全年计划完成投资…`), says how many items share the money: the aim is the money, unless the progress counts the items.
 * Sentences written for this test in the style of a province's investment packages, with counter-examples.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count closing a list of names labels the money that follows', () => {
  it.each<ValuesCase>([
    {
      description: 'packages named then counted, with the year’s planned investment done',
      row: { task: '今年交通投资分为国省道改造、农村公路、客运场站等3项,全年计划完成投资20亿元。', progress: '至9月底累计完成投资15.2亿元。' },
      expected: [2000000000],
    },
    {
      description: 'the same group with the year’s planned investment',
      row: { task: '实施城区供水、排水、燃气管网改造等4项,年度计划投资3.6亿元。', progress: '累计完成投资1.1亿元。' },
      expected: [360000000],
    },
    {
      description: 'the items counted as finished leave the count a target',
      row: { task: '实施城区供水、排水、燃气管网改造等4项,年度计划投资3.6亿元。', progress: '已完工2项,累计完成投资1.1亿元。' },
      expected: [4, 360000000],
    },
    {
      description: 'a count closing names with no money after it stays a target',
      row: { task: '完成城区供水、排水、燃气管网改造等4项。', progress: '已完工2项。' },
      expected: [4],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
