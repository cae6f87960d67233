/**
 * A range of rounds or batches from the first (`1-5期培训`, `1-4批项目`) run into the noun it numbers names the rounds; it is
 * no count to reach. A count of rounds aimed at is written after its noun and narrowly (`举办培训班1-2期`). Sentences written
 * for this test in the style of training and project-batch tables, with counter-examples.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('rounds numbered from the first', () => {
  it.each<ValuesCase>([
    {
      description: 'training rounds numbered one to five, before the training',
      row: { task: '培训考核及时', milestone: '1-5期培训结束后一周内完成考核', progress: '1-3期已考核。' },
      expected: [],
    },
    {
      description: 'project batches numbered one to four',
      row: { task: '推进1-4批项目建设', progress: '已完工12个。' },
      expected: [],
    },
    {
      description: 'a narrow count of sessions to hold, after its noun, stays a target',
      row: { task: '举办技能培训班1-2期', progress: '已举办1期。' },
      expected: [1],
    },
    {
      description: 'a wide range of sessions at the end of the clause stays a target',
      row: { task: '举办技能培训班1-4期', progress: '已举办2期。' },
      expected: [1],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
