/**
 * Approvals prepare works, they do not build them: `完成联合审批755台` beside `竣工517台` leaves the lifts finished as the
 * answer to a target of lifts installed, while a target of approvals is answered by the approvals. Sentences of a
 * published 公示 (岳阳 2023) and counter-examples written in its style.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('approvals beside works finished', () => {
  it.each<RowCase>([
    {
      description: 'lifts finished answer a target of lifts installed, the approvals do not',
      row: { task: '2、市级重点民生实事项目:既有住宅加装电梯300台。', progress: '至9月30日,完成联合审批755台,竣工517台。' },
      expected: [{ value: 300, verdict: 'met', reported: { value: 517 } }],
      notes: '岳阳 2023 (住建 公示), at 三季度',
    },
    {
      description: 'approvals alone leave a target of lifts installed unclear',
      row: { task: '既有住宅加装电梯300台。', progress: '至9月30日,完成联合审批255台。' },
      expected: [{ value: 300, verdict: 'unclear', reported: null }],
      notes: 'written for this test: approvals are a figure of the kind that does not say how many are installed',
    },
    {
      description: 'a target of approvals is answered by the approvals, not the lifts finished',
      row: { task: '全年完成既有住宅加装电梯联合审批300台。', progress: '至9月30日,完成联合审批255台,竣工117台。' },
      expected: [{ value: 300, verdict: 'on-track', reported: { value: 255 } }],
      notes: 'written for this test: 255/300 = 85% ≥ 75%',
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
