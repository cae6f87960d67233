/**
 * A whole with no date of its own, followed by this year's part of it in the same counting word (`改造工程3000户,今年实施1200户`),
 * is the size of a programme that runs over years: the year's part is the aim. Sentences written for this test in the style
 * of housing and village programmes, with counter-examples where the whole is dated or the next figure counts something else.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('an undated whole before this year’s part of it', () => {
  it.each<ValuesCase>([
    {
      description: 'a programme’s households, then this year’s',
      row: { task: '整合各类项目,实施农房改造工程3000户,今年实施1200户。', progress: '已完成800户。' },
      expected: [1200],
    },
    {
      description: 'a length of the programme, then the part to finish within the year',
      row: { task: '规划改造农村公路120公里,其中年内完成40公里。', progress: '已完成25公里。' },
      expected: [40],
    },
    {
      description: 'a whole dated itself stays a target beside the year’s part',
      row: { task: '2021年底前改造农房3000户,今年完成1200户。', progress: '已完成800户。' },
      expected: [3000, 1200],
    },
    {
      description: 'a next clause of this year in another counting word leaves the count a target',
      row: { task: '实施农房改造工程3000户,今年新建示范村5个。', progress: '已完成800户,建成示范村2个。' },
      expected: [3000, 5],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
