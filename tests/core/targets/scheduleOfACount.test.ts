/**
 * A year's count of works followed by the month-ends its share is due by paces the count: the rates are its schedule, not
 * targets of their own. Sentences written for this test in the style of housing and rural-works notices; the counter-examples
 * give a rate with one date, or a schedule with no count before it.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the schedule of a count', () => {
  it.each<RowCase>([
    {
      description: 'rates of finishing due at three month-ends after the dwellings to finish',
      row: { task: '今年省下达我县基本建成任务1500套,要求5月底基本建成率40%以上、9月底85%以上、11月底100%。', progress: '截至9月底,已基本建成1320套。' },
      expected: [{ value: 1500, reported: { value: 1320 } }],
    },
    {
      description: 'rates of starts with their own verbs, clauses apart',
      row: { task: '全年改造农村危房3000户,3月末开工率不低于30%,6月末开工率达到70%,9月末开工率100%。', progress: '已开工2760户,竣工1900户。' },
      expected: [{ value: 3000 }],
    },
    {
      description: 'schools to build, the schedule due before each month-end',
      row: { task: '新建幼儿园12所,要求4月底前完工率25%、8月底前60%、12月底前100%。', progress: '已完工8所。' },
      expected: [{ value: 12, reported: { value: 8 } }],
    },
    {
      description: 'one rate with one date stays a target',
      row: { task: '6月底前污水处理率达到95%。', progress: '污水处理率96%。' },
      expected: [{ value: 95 }],
      notes: 'counter-example: no count is paced, the rate is the aim',
    },
    {
      description: 'a schedule with no count before it stays targets',
      row: { task: '城区生活垃圾分类覆盖率6月底达到60%、12月底达到90%。', progress: '覆盖率达到72%。' },
      expected: [{ value: 60 }, { value: 90 }],
      notes: 'counter-example: the rates are the aims',
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
