/**
 * A count that the same sentence replaces with another in the same counting word (`原定新建学校8所,后调整为10所`,
 * `12个子项目…细分为15个子项目`) is what the plan was before; the new count is the aim. Sentences written for this test in the
 * style of notices that revise their lists, with counter-examples.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count replaced later in its sentence', () => {
  it.each<ValuesCase>([
    {
      description: 'schools planned, then the plan adjusted',
      row: { task: '原定新建学校8所,后调整为10所。', progress: '已建成6所。' },
      expected: [10],
    },
    {
      description: 'sub-projects broken down again into more',
      row: { task: '督查室对12个子项目再次梳理,细分为15个子项目,', progress: '已完成9个子项目。' },
      expected: [15],
    },
    {
      description: 'a replacement in another counting word leaves the count a target',
      row: { task: '新建学校8所,建筑面积调整为12万平方米。', progress: '已建成6所。' },
      expected: [8, 120000],
    },
    {
      description: 'a count in the next sentence is no replacement',
      row: { task: '新建学校8所。另有幼儿园调整为10所。', progress: '已建成6所。' },
      expected: [8, 10],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
