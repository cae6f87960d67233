/**
 * A share stated of the amount right before it (`完成…412000户,完成率为50.24%`) restates that amount against some plan; tied to
 * an amount target, the amount is the result, and the verdict is reckoned from it against the target's own figure. After a
 * list of amounts (`…1.6万亩、…1万亩、…1.35万亩,完成全年任务的50.6%`), the share is of them together. Sentences written for this
 * test in the style of provincial notices on rural works.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the amount a share is stated of', () => {
  it.each<RowCase>([
    {
      description: 'answers a target of the amount’s kind, though the share is reckoned against another plan of the row',
      row: { task: '今年,将80万户以上农村户用厕所改造任务纳入民生实事,明确了82万户改厕任务。', progress: '截至9月底,全省共完成农村改厕任务412000户,完成率为50.24%。' },
      expected: [{ value: 800000, reported: { value: 412000 } }, { value: 820000, reported: { value: 412000 } }],
    },
    {
      description: 'is not the last of a list of amounts the share sums',
      row: { task: '全县造林绿化任务6万亩(其中人工造林2万亩、封山育林1万亩、森林抚育3万亩),', progress: '截至目前,完成人工造林1.2万亩、封山育林1万亩、森林抚育1.5万亩,完成全年任务的61.7%。' },
      expected: [{ value: 60000, reported: { value: 61.7 } }, { value: 20000, reported: { value: 12000 } }, { value: 10000, reported: { value: 10000 } }, { value: 30000, reported: { value: 15000 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
