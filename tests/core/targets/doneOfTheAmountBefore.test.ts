/**
 * Done words that open their clause right after a clause closing on an amount of one work (`新建绿道3.2公里,已全部完成`) say
 * that work is done, not the row's whole: the row's other targets keep their own figures or none. Each case is a sheet of one
 * row of a 三季度 report; the sentences are written for this test.
 */
import { isDoneOfTheAmountBefore } from '../../../src/core/targets/_lib/doneOfTheAmountBefore';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('done words said of the amount before them', () => {
  it.each([
    { description: 'a length of one road, then done words alone', input: '新建滨河绿道3.2公里,已全部完成。', words: '已全部完成', expected: true },
    { description: 'a count of one kind of works, then done words', input: '改造背街小巷12条，全部完工。', words: '全部完工', expected: true },
    { description: 'the plan restated before the done words (counter-example)', input: '全年任务15个,已全部完成。', words: '已全部完成', expected: false },
    { description: 'a whole counted with 共 (counter-example)', input: '共涉及8所学校，已全部完成。', words: '已全部完成', expected: false },
    { description: 'a full stop between the amount and the words (counter-example)', input: '新建绿道3.2公里。已全部完成。', words: '已全部完成', expected: false },
    { description: 'words of their own before the done words (counter-example)', input: '新建绿道3.2公里,主线已全部完成。', words: '已全部完成', expected: false },
  ])('$description', ({ input, words, expected }) => {
    const at = input.indexOf(words);
    const clauseStart = Math.max(input.lastIndexOf(',', at), input.lastIndexOf('，', at), input.lastIndexOf('。', at)) + 1;
    expect(isDoneOfTheAmountBefore(input, at, input.slice(clauseStart, at))).toBe(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'one work said done after its amount leaves the row\'s other target without a figure',
    row: {
      task: '新建滨河绿道3公里;建成口袋公园20个。',
      progress: '滨河绿道新建3.2公里,已全部完成;口袋公园正在选址。',
    },
    expected: [
      { value: 3, verdict: 'met', reported: { value: 3.2 } },
      { value: 20, verdict: 'no-figure', reported: null },
    ],
  },
  {
    description: 'the row\'s plan restated and then said all done answers each target (counter-example)',
    row: {
      task: '建成口袋公园20个。',
      progress: '全年任务20个,已全部完成。',
    },
    expected: [{ value: 20, verdict: 'met' }],
  },
];

describe('the work said done is the one whose amount comes before', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
