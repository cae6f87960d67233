/**
 * Reports count works started and, after 其中, those of them finished (`61个村庄已全部开工建设,其中44个村庄已完成治理建设`), or the
 * works finished beside those still being built (`已完成66.6万平方米,在建65.7万平方米`): the works finished answer a target to build
 * or complete that names no stage, as they answer one to finish (DOMAIN §4, works started). Not a
 * part of the task's whole, which the whole's figures never answer, and not a whole whose part the figure answers by its words.
 * Sentences are from published reports (the notes name where), counter-examples are written in their style. Each case is a sheet
 * of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the villages finished among the villages all started answer a target to complete',
    row: { task: '完成生活污水治理村庄61个。', progress: '61个村庄已全部开工建设,其中44个村庄已完成治理建设。' },
    expected: [{ value: 61, verdict: 'behind', reported: { value: 44 } }],
    notes: '汶上 2023: 44 of 61 is 72%, below the 75% pace',
  },
  {
    description: 'the centres finished among those being built answer a target of new centres',
    row: { task: '新增3家社区综合为老服务分中心(市级、区级)', progress: '进场施工,其中1家已完成建设,2家正在有序推进中。' },
    expected: [{ value: 3, verdict: 'behind', reported: { value: 1 } }],
    notes: '宝山 2022',
  },
  {
    description: 'the area finished beside the area started answers a plan to build',
    row: { task: '建设校舍面积33.9万平方米', progress: '已开工项目建设面积31.35万平方米，占规划建设校舍总面积的92.37%。全市已竣工项目面积27.6万平方米。' },
    expected: [{ value: 339000, verdict: 'on-track', reported: { value: 276000 } }],
    notes: '宁德 2017, as a plan of this year',
  },
  {
    description: 'the area finished beside the area still being built answers a plan to complete',
    row: { task: '计划今年完成200万平方米既有建筑节能改造,', progress: '已下发三批改造计划,总面积251.5万平方米;已完成66.6万平方米,在建65.7万平方米,其余项目月底开工。' },
    expected: [{ value: 2000000, verdict: 'behind', reported: { value: 666000 } }],
    notes: '天津 2008 1-10月; 66.6 of 200 is 33%, below the 75% pace',
  },
  {
    description: 'a target of starts is not answered by the works finished beside those being built',
    row: { task: '计划今年新开工200万平方米既有建筑节能改造,', progress: '已完成66.6万平方米,在建65.7万平方米,其余项目月底开工。' },
    expected: [{ value: 2000000, verdict: 'unclear', reported: null }],
  },
  {
    description: 'a target of starts is still answered by the starts, not by the works finished among them',
    row: { task: '新开工生活污水治理村庄61个。', progress: '61个村庄已开工建设,其中44个村庄已完成治理建设。' },
    expected: [{ value: 61, verdict: 'met', reported: { value: 61 } }],
  },
  {
    description: 'a part of the task\'s whole is not answered by the whole\'s works finished',
    row: { task: '危房改造任务10081户，其中，建档立卡贫困户8513户。', progress: '截至9月底，全省开工10887户，竣工6760户。' },
    expected: [{ value: 10081, verdict: 'behind', reported: { value: 6760 } }, { value: 8513, verdict: 'no-figure', reported: null }],
    notes: '海南 2019, its progress at 三季度: 6760 of 10081 is 67%',
  },
  {
    description: 'a whole tied by its place to the figure its part is tied to by words is unclear',
    row: {
      task: '省政府下达我市保障性住房任务共34100套(户)，其中实物建房30500套，新增发放廉租住房补贴0.36万户，基本建成住房2万套(户)。',
      progress: '截至9月底，我市共开工建设保障性安居工程项目22225套，开工率达73%；新增基本建成住房16001套。',
    },
    expected: [
      { value: 34100, verdict: 'unclear', reported: null, reason: { key: 'target.why.figureOfAPart' } },
      { value: 30500 },
      { value: 3600, verdict: 'no-figure' },
      { value: 20000, verdict: 'on-track', reported: { value: 16001 } },
    ],
    notes: '安康 2013, its progress at 三季度',
  },
];

describe('the works finished among the works started', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
