/**
 * Rates of one stage said one by one (`开工率分别达到…%、…%和…%`): each percent listed after the first is a rate of the same
 * stage, and with targets listed one by one (分别) each rate answers the target at its place. The sentences are written for
 * this test; each case is a sheet of one row of a 三季度 report.
 */
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { listedStageRate } from '../../../src/core/targets/_lib/listedStageRate';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a percent listed after a rate of a stage', () => {
  it.each([
    { description: 'right after a start rate', previous: 'start' as const, listed: true, bare: true, expected: 'start' },
    { description: 'right after a finish rate', previous: 'finish' as const, listed: true, bare: true, expected: 'finish' },
    { description: 'not listed right after it (counter-example)', previous: 'start' as const, listed: false, bare: true, expected: null },
    { description: 'a change, not a bare percent (counter-example)', previous: 'start' as const, listed: true, bare: false, expected: null },
    { description: 'after no rate of a stage (counter-example)', previous: null, listed: true, bare: true, expected: null },
  ])('$description', ({ previous, listed, bare, expected }) => {
    expect(listedStageRate(previous, listed, bare)).toBe(expected);
  });

  it('reads every percent of a list after 开工率分别 as a start rate', () => {
    const figures = readReportedFigures('前三季度,两类安置房开工率分别达到81.5%和66.2%。', 2021);
    expect(figures.filter((figure) => figure.quantity.unitClass === 'percent').map((figure) => [figure.quantity.value, figure.role, figure.stage])).toEqual([
      [81.5, 'share', 'start'],
      [66.2, 'share', 'start'],
    ]);
  });

  it('keeps a percent after a rate of money as it was (counter-example)', () => {
    const figures = readReportedFigures('投资完成率分别为81.5%和66.2%。', 2021);
    expect(figures.every((figure) => figure.stage === null)).toBe(true);
  });
});

const cases: RowCase[] = [
  {
    description: 'start rates said one by one answer targets of starts said one by one',
    row: {
      task: '今年城中村、老旧厂区改造开工目标任务分别为1.2万套和0.4万套。',
      progress: '前三季度,两类改造开工率分别达到81.5%和66.2%。',
    },
    expected: [
      { value: 12000, verdict: 'on-track', reported: { value: 81.5 } },
      { value: 4000, verdict: 'behind', reported: { value: 66.2 } },
    ],
  },
];

describe('rates of a stage said one by one', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
