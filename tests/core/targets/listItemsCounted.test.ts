/**
 * A year's list measured by the count of its items done is answered by that count, whatever the notice calls the items:
 * a list of 民生工程 or 民生实事 counted in 项 is answered by `N个项目` done, and a notice cut at its 其中 goes on from the
 * task's list. Sentences of published notices (桐城 2017, 濮阳 2022), and counter-examples written for this
 * test where the count names the list, counts items under way, sorts all of them by state, or counts a list of key
 * projects by those finished.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a list answered by the count of its items done', () => {
  it.each<RowCase>([
    {
      description: '32项民生工程 answered by 8个项目 done ahead of time',
      row: { task: '该市今年共实施32项民生工程,', progress: '目前农村危房改造、农村饮水安全巩固提升等8个项目已提前完成任务。' },
      period: '上半年',
      expected: [{ value: 32, reported: { value: 8 }, verdict: 'behind' }],
      notes: '桐城 2017 上半年: 8/32 = 25% < 50%',
    },
    {
      description: 'a notice cut at its 其中 counts the task’s list (25项), not a part of its own',
      row: {
        task: '今年,市八届人大六次会议票决产生我市2022年十件25项重点民生实事后,全市各级各部门围绕年度目标任务,紧盯时间节点,细化工作举措,加快推动民生实事项目落地见效。',
        progress: '其中,9个项目提前完成年度任务。',
      },
      expected: [{ value: 25, reported: { value: 9 }, verdict: 'behind' }],
      notes: '濮阳 2022',
    },
    {
      description: 'the list named again with its money is not measured by its count',
      row: { task: '该市今年共实施32项民生工程,', progress: '32个项目已完成投资18.6亿元,占年度计划的72%。' },
      expected: [],
      notes: 'counter-example: 已完成投资 is money of the list named',
    },
    {
      description: 'items counted as under way only do not measure the list',
      row: { task: '该市今年共实施32项民生工程,', progress: '各项目总体进展顺利,8个项目正在加快推进。' },
      expected: [],
      notes: 'counter-example',
    },
    {
      description: 'items counted done beside the rest under way, adding up to the list, sort it by state',
      row: { task: '该市今年共实施32项民生工程,', progress: '24个项目已完成,8个项目正在加快推进。' },
      expected: [],
      notes: 'counter-example: 24 + 8 = 32',
    },
    {
      description: 'a part the progress names itself after its opening sentence is not the task’s list',
      row: { task: '该市今年共实施32项民生工程,', progress: '总体进展顺利。其中,城建类9个项目提前完成年度任务。' },
      expected: [],
      notes: 'counter-example: the 其中 opens a later sentence of the progress',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
