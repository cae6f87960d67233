/**
 * The kinds or levels of a count of works to make (`计划开工项目80项,其中县级项目70项`) are lists of their own: targets only where
 * the progress counts a kind by its words; the whole stays the target the progress answers. Examples written for this test.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the kinds of a count of works to make', () => {
  it.each<RowCase>([
    {
      description: 'a level of the works, not counted by the progress, is no target of its own',
      row: { task: '今年计划开工项目80项,其中县级项目70项', progress: '已开工50项,开工率62.5%。' },
      period: '三季度',
      expected: [{ value: 80, reported: { value: 50 } }],
    },
    {
      description: 'counter-example: parts in another word are targets of their own',
      row: { task: '今年计划开工项目80项,其中学校12所', progress: '已开工50项,其中学校8所。' },
      period: '三季度',
      expected: [{ value: 80 }, { value: 12 }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
