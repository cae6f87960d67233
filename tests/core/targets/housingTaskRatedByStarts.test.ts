/**
 * The yearly tasks of the towns' housing programme (棚户区改造, 保障性安居工程) are set as works to start, and reports measure them
 * by their starts and a 开工率: where that rate is the starts over the very task (`开工16612套,开工率101.61%` of `16348套`), the
 * starts answer the task though it names no stage. A rate of another plan, a part of the task, rural housing (set as works to
 * finish) and a plan of several years are not answered so. Sentences are from published reports (the notes name where),
 * counter-examples are written in their style. Each case is a sheet of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the starts whose rate is their count over the 棚改 task answer it',
    row: { task: '2018年沈阳市列入国家棚户区改造任务16348套。', progress: '截至今年9月30日,沈阳市各地区均已按时完成全年棚户区改造任务,开工16612套,开工率101.61%。' },
    expected: [{ value: 16348, verdict: 'met', reported: { value: 16612 } }],
    notes: '沈阳 2018 三季度',
  },
  {
    description: 'the starts answer the national 棚改 task behind the pace when their rate is of that task',
    row: { task: '全区棚户区改造国家任务为12万套。', progress: '今年以来,全区棚户区住房改造新开工8.14万套,开工率为67.8%,开工量同比增长46%。' },
    expected: [{ value: 120000, verdict: 'behind', reported: { value: 81400 } }],
    notes: '广西 2019 1-7月 (on-track at its own pace); here 67.8% is below the 75% pace',
  },
  {
    description: 'the households started answer the 棚改 task in households, though the projects started are counted first',
    row: { task: '省政府下达兰州棚改新建任务31206户。', progress: '目前已开工项目18个,开工户数24732户,开工率为79.25%。' },
    expected: [{ value: 31206, verdict: 'on-track', reported: { value: 24732 } }],
    notes: '兰州 2018',
  },
  {
    description: 'counter-example: a rate of starts that is of another plan leaves the task to rebuild unclear',
    row: { task: '棚户区改造任务39688套', progress: '已开工30057套,开工率95%。' },
    expected: [{ value: 39688, verdict: 'unclear', reported: null }],
  },
  {
    description: 'counter-example: rural houses to rebuild are not answered by their starts, whatever the rate',
    row: { task: '全地区共有农村危房改造任务440户', progress: '已开工381户,开工率86.6%。' },
    expected: [{ value: 440, verdict: 'unclear', reported: null }],
  },
  {
    description: 'counter-example: the parts of a task of starts are not answered by the starts of the whole',
    row: { task: '开工建设保障性安居工程15.44万套,其中包括保障性住房2.59万套、棚户区改造12.85万套。', progress: '截至9月底,该省保障性安居工程开工10.14万套、开工率达65.7%。' },
    expected: [
      { value: 154400, verdict: 'behind', reported: { value: 101400 } },
      { value: 25900, verdict: 'no-figure', reported: null },
      { value: 128500, verdict: 'no-figure', reported: null },
    ],
    notes: '黑龙江 2014 1-7月, its progress at 三季度',
  },
];

describe('a task of the towns\' housing programme rated by its starts', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
