/**
 * One work counted in two units side by side (`已开工412个项目、3.6万套`) answers a target in one of those units by the figure in that
 * unit, not by its pair in another word of the same group. Texts written for this test; each sheet is one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the homes, not the projects that hold them, answer a target of homes',
    row: { task: '今年全市保障性住房新开工目标为3万套。', progress: '截至目前,全市保障性住房已开工412个项目、3.6万套,开工率为120%。' },
    expected: [{ value: 30000, verdict: 'met', reported: { value: 36000 } }],
  },
  {
    description: 'a target of projects is answered by the projects of the pair',
    row: { task: '今年全市计划开工项目400个。', progress: '截至目前,全市已开工412个项目、3.6万套。' },
    expected: [{ value: 400, verdict: 'met', reported: { value: 412 } }],
  },
];

describe('one work counted in two units', () => {
  it.each(cases)('$description', (spec) => expectTargetsOfRow(spec));
});
