/**
 * A rate of change of things against an earlier year, followed by the count of those things added
 * (`病床总数较上年增加10%,新增病床200张`), is how the count was worked out: the count is the aim. Sentences written for this
 * test in the style of a city's health and care tables, with counter-examples where the count adds other things or the rate
 * stands alone.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a rate carried out by the count after it', () => {
  it.each<ValuesCase>([
    {
      description: 'beds against last year, then the beds added',
      row: { task: '全市二级以上医院病床总数较上年增加10%,新增病床200张', progress: '完成80张,完成率40%' },
      expected: [200],
    },
    {
      description: 'places against a named year, then the places added',
      row: { task: '普惠托位数较2022年增长8%,新增托位500个', progress: '已新增托位320个。' },
      expected: [500],
    },
    {
      description: 'a count of other things after the rate leaves the rate a target',
      row: { task: '病床总数较上年增加10%,新增医生20名', progress: '病床总数增长6%,新增医生12名。' },
      expected: [10, 20],
    },
    {
      description: 'a rate of change alone stays a target',
      row: { task: '普惠托位数较2022年增长8%', progress: '增长5.2%。' },
      expected: [8],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
