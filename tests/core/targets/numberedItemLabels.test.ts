/**
 * A 完成情况 cell that numbers its items like the task (`目标1:…, 目标2…`) labels each item: the label is no word of what is
 * counted, and `目标` in it is no plan word — the figure between two labels is the item's result. Sentences are written in the
 * style of the numbered 绩效 rows.
 */
import { readReportedFigures } from '../../../src/core/targets';
import { isNextItemsLabel, openingLabelLength } from '../../../src/core/targets/_lib/clauses';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the label of a numbered item', () => {
  it.each([
    { description: 'the next item\'s label after a space', after: ' 目标3', expected: true },
    { description: 'a label in Chinese numerals', after: ' 任务二', expected: true },
    { description: 'the plan word with words after it is no label (counter-example)', after: '目标任务', expected: false },
    { description: 'a label run on with no space is not set apart (counter-example)', after: '目标3', expected: false },
  ])('$description', ({ after, expected }) => {
    expect(isNextItemsLabel(after)).toBe(expected);
  });

  it.each([
    { description: 'a label with its colon', clause: '目标1:造林', expected: 4 },
    { description: 'a label run on into the words', clause: ' 指标2植树', expected: 4 },
    { description: 'a plan word is no label (counter-example)', clause: '目标任务完成', expected: 0 },
  ])('$description', ({ clause, expected }) => {
    expect(openingLabelLength(clause)).toBe(expected);
  });

  it('reads the figure between two labels as the item\'s result, named by its own words', () => {
    const figures = readReportedFigures('目标1:植树2.1万株, 目标2抚育林地8.2万亩 目标3:修复湿地500亩', 2021);
    expect(figures.map((figure) => [figure.quantity.text, figure.role, figure.context.indicator])).toEqual([
      ['2.1万株', 'actual', '植树'],
      ['8.2万亩', 'actual', '抚育林地'],
      ['500亩', 'actual', '修复湿地'],
    ]);
  });
});

const cases: RowCase[] = [
  {
    description: 'each numbered item of the task is answered by the item of the same number',
    row: { task: '目标1:植树2万株, 目标2抚育林地8万亩 目标3:修复湿地500亩', progress: '目标1:植树2.1万株, 目标2抚育林地8.2万亩 目标3:修复湿地520亩' },
    period: '全年',
    expected: [
      { value: 20000, verdict: 'met', reported: { value: 21000 } },
      { value: 80000, verdict: 'met', reported: { value: 82000 } },
      { value: 500, verdict: 'met', reported: { value: 520 } },
    ],
  },
];

describe('numbered items answered item by item', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
