/**
 * A row that sets its works' schedule as a rate of starts reckons the task by its starts: the works started are the task's
 * progress. Sentences of real reports (沈阳 2018 棚改, 广西 2019 棚改) and counter-examples in the same style (聊城 2014, where
 * the row sets no schedule and a 开工率 only rates the starts).
 */
import { schedulesStarts } from '../../../src/core/targets/_lib/startsScheduled';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the starts of a row that schedules its starts', () => {
  it.each<RowCase>([
    {
      description: 'a 棚改 task with a schedule of start rates is answered by the works started, paced',
      row: { task: '据了解,今年沈阳市棚户区改造任务16348套。', milestone: '按照市政府要求,3月底开工率不低于30%,6月底开工率不低于60%,9月底基本完成全年改造任务。', progress: '截至9月20日,全市棚户区改造开工16000套,开工率97.87%。' },
      expected: [
        { value: 16348, reported: { value: 16000 }, deadline: '2021-09-30', verdict: 'on-track' },
        { value: 30, deadline: '2021-03-31', verdict: 'unclear' },
        { value: 60, deadline: '2021-06-30', verdict: 'unclear' },
      ],
      notes: '沈阳 2018 (figures moved to a 三季度 report): 16000 of 16348 (97.9%) against 263 of 273 days to 9月底 (96.3%)',
    },
    {
      description: 'a region’s task with a step of 100% starts is answered by the starts, and the step by their rate',
      row: { task: '今年,全区棚户区改造国家任务为12万套。', milestone: '自治区要求的12月底实现100%开工', progress: '今年截至9月底,全区棚户区住房改造新开工8.14万套,开工率为67.8%,开工量同比增长46%。' },
      expected: [
        { value: 120000, reported: { value: 81400 }, verdict: 'behind' },
        { value: 100, reported: { value: 67.8 }, verdict: 'behind' },
      ],
      notes: '广西 2019: 67.8% < 75%',
    },
    {
      description: 'the same task without a schedule of starts, answered by starts and their rate, stays unclear (counter-example)',
      row: { task: '棚户区改造任务39688套', progress: '截至9月底,已开工34057套,开工率85.8%。' },
      expected: [{ value: 39688, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }],
      notes: '聊城 2014: a 开工率 only rates the starts',
    },
    {
      description: 'a target to finish is not answered by starts, whatever the schedule of starts (counter-example)',
      row: { task: '今年保障性安居工程竣工12万套以上,9月底前要100%开工。', progress: '截至9月底,全区保障性安居工程项目已开工建设10.12万套。' },
      expected: [{ value: 120000, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }, { value: 100 }],
      notes: 'in the style of 广西 2012',
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));

  it.each([
    { texts: '按照市政府要求,3月底开工率不低于30%,6月底开工率不低于60%', expected: true },
    { texts: '自治区要求的9月底实现100%开工', expected: true },
    { texts: '今年全省城镇保障性安居工程项目9月底前要100%开工', expected: true },
    { texts: '项目开工率达到60%以上', expected: true },
    { texts: '今年棚户区改造任务16348套', expected: false },
    { texts: '新开工改造城镇老旧小区5.4万个', expected: false },
    { texts: '年度投资完成率达到100%，项目全部开工', expected: false },
  ])('schedulesStarts($texts) → $expected', ({ texts, expected }) => {
    expect(schedulesStarts(texts)).toBe(expected);
  });
});
