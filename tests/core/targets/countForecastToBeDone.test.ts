/**
 * Works counted with no verb of making before them, then in the same clause `预计` and when they will be finished
 * (`其余8座水厂预计9月底前建成`): a forecast of the works, not an aim. A count of making before the forecast stays a target.
 * Phrasings written for this test.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a count forecast to be done', () => {
  it.each<ValuesCase>([
    {
      description: 'the rest of the plants, forecast to be built by a month',
      row: { task: '年内新建水厂10座。其余的8座水厂(除已建成的2座外)预计在9月底前建成。', progress: '' },
      expected: [10],
    },
    {
      description: 'the remaining road, in kilometres, forecast to be finished',
      row: { task: '全年改造农村公路40公里。剩余15公里道路预计10月底完工。', progress: '' },
      expected: [40],
    },
    {
      description: 'the other schools, forecast to be handed over',
      row: { task: '计划新建学校5所。其余3所学校预计年底交付使用。', progress: '' },
      expected: [5],
    },
    {
      description: 'a count of making with a forecast after it stays a target',
      row: { task: '年内新建8座水厂预计9月底前建成。', progress: '' },
      expected: [8],
    },
    {
      description: 'a count of making whose forecast follows a comma stays a target',
      row: { task: '新建8座水厂，预计9月底前建成。', progress: '' },
      expected: [8],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
