/**
 * Projects going on from past years (续建, 在建) are started already and no works of the year, unless the progress counts them
 * resumed (复工) after the winter or the new year: a count resumed, in their counting word and fewer than they are, measures them
 * as starts measure new works. Sentences written for this test in the forms such releases take; counter-examples where all are
 * resumed, where 开复工 counts new and continuing works together, and where only money is given.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('works of past years counted resumed', () => {
  it.each<RowCase>([
    {
      description: 'continuing projects after 其中, answered by the count resumed that opens the progress',
      row: { task: '其中：续建项目40个，', progress: '复工32个，完成投资12亿元。' },
      period: '1-4月',
      expected: [{ value: 40, reported: { value: 32 }, verdict: 'on-track' }],
    },
    {
      description: 'projects under construction, resumed ones counted beside those not resumed',
      row: { task: '在建项目60项，', progress: '截至3月底，已复工45项，未复工15项。' },
      period: '一季度',
      expected: [{ value: 60, reported: { value: 45 } }],
    },
    {
      description: 'the count before the projects, resumed said after the count',
      row: { task: '全市25项续建项目。', progress: '截至4月底，其中18项已复工，其余正在做复工准备。' },
      period: '1-4月',
      expected: [{ value: 25, reported: { value: 18 } }],
    },
    {
      description: 'all resumed, counted as many as they are, names the works (counter-example)',
      row: { task: '续建项目30个，', progress: '复工30个，完成投资9亿元。' },
      period: '一季度',
      expected: [],
    },
    {
      description: 'a count of new and continuing works started together (开复工) does not answer the continuing ones (counter-example)',
      row: { task: '续建项目30个，', progress: '开复工项目26个，完成投资9亿元。' },
      period: '一季度',
      expected: [],
    },
    {
      description: 'continuing projects measured only by money stay no target (counter-example)',
      row: { task: '续建项目30个，', progress: '完成投资9亿元，占年度计划的30%。' },
      period: '一季度',
      expected: [],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
