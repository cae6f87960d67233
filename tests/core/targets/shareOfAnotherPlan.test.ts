/**
 * `新开工住房6200套,占年度目标任务的77.5%` in a row whose targets are 8000套 to start and 7600套 and 9100套 to build: the amount over
 * its share is the plan it is reckoned against (6200 / 77.5% = 8000), the target to start. It does not answer the targets to
 * build, which are another target's works at another stage, and neither does its share. Texts written for this test; each
 * sheet is one row of a 三季度 report.
 */
import { isShareOfAnotherPlan } from '../../../src/core/targets/_lib/shareOfAnotherPlan';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the plan an amount and its share give', () => {
  it.each([
    { description: 'the plan of another target of the row', target: 9100, amount: 6200, share: 77.5, others: [8000, 7600], expected: true },
    { description: 'the plan of the target itself', target: 8000, amount: 6200, share: 77.5, others: [7600, 9100], expected: false },
    { description: 'within the rounding of the share as written', target: 8000, amount: 6210, share: 77.6, others: [7600], expected: false },
    { description: 'a plan that fits no target of the row says nothing', target: 9100, amount: 6200, share: 50, others: [8000, 7600], expected: false },
  ])('$description', ({ target, amount, share, others, expected }) => {
    expect(isShareOfAnotherPlan(target, amount, share, others)).toBe(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'works started reckoned against the target to start answer neither target to build',
    row: {
      task: '今年全省目标为新开工安置住房8000套,基本建成安置住房7600套;基本建成保障性住房9100套。',
      progress: '截至9月底,全省新开工安置住房6200套,占年度目标任务的77.5%。',
    },
    expected: [
      { value: 8000, verdict: 'on-track', reported: { value: 6200 } },
      { value: 7600, verdict: 'no-figure', reported: null },
      { value: 9100, verdict: 'no-figure', reported: null },
    ],
  },
];

describe('a share reckoned against another target of the row', () => {
  it.each(cases)('$description', (spec) => expectTargetsOfRow(spec));
});
