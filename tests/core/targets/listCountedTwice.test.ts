/**
 * A list counted twice, in its items and in the pieces they hold, run straight together, names itself in both counts: in 件
 * then 项 (`8件15项民生实事`), and the other way round, in 项 then 件 (`民生计划6项19件`). Sentences written for this test in
 * the style of a county congress's list of matters, with counter-examples of counts that are no such pair.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a list counted in its items and in their pieces', () => {
  it.each<ValuesCase>([
    {
      description: 'items in 件, then their pieces in 项',
      row: { task: '县人代会确定8件15项民生实事', progress: '总体进展顺利。' },
      expected: [],
    },
    {
      description: 'items in 项, then their pieces in 件',
      row: { task: '县人代会审议交办民生计划6项19件。', progress: '总体进展顺利。' },
      expected: [],
    },
    {
      description: 'two kinds of works listed with a mark between stay targets',
      row: { task: '新建文化广场6项、农家书屋19件', progress: '已建成文化广场4项、农家书屋12件。' },
      expected: [6, 19],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
