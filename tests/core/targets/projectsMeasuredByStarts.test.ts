/**
 * A count of projects the task sizes together with the year's money for them (`…项目12个,年度计划投资5.6亿元`) is a year's list of
 * investment projects, whatever kind the plan files them under, and a target where the progress measures it by its starts: the
 * projects started (`开工10个`, the list's size restated first, `68个…项目开复工51个`) or the share started (`开工率达70.8%`).
 * Sentences written for this test in the style of provincial and city releases on key projects, with counter-examples where the
 * progress gives only money, the list holds projects already under way, the count is a part of a whole the task states, or the
 * starts are counted out of another set.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a list of projects sized with its money and measured by its starts', () => {
  it.each<RowCase>([
    {
      description: 'projects of a named sector, with the year’s investment, counted as started',
      row: { task: '今年全县安排水利建设项目12个,年度计划投资5.6亿元。', progress: '截至9月底,开工10个,开工率83.3%,完成投资3.1亿元。' },
      expected: [{ value: 12, reported: { value: 10 }, verdict: 'on-track' }, { value: 560000000, reported: { value: 310000000 } }],
    },
    {
      description: 'the list’s size restated before its starts names the list; the starts answer it',
      row: { task: '全区确定“揭榜”项目68个,年度投资40亿元;', progress: '截至目前,全区68个“揭榜”项目开复工51个,开复工率75%,完成投资31亿元。' },
      expected: [{ value: 68, reported: { value: 51 }, verdict: 'on-track' }, { value: 4000000000, reported: { value: 3100000000 } }],
    },
    {
      description: 'a bracket on some of the projects may stand between the count and the money',
      row: { task: '列入市级统筹项目40个(打捆项目15个),年度投资22亿元。', progress: '40个市级统筹项目开复工36个,开复工率90%,完成投资18亿元。' },
      expected: [{ value: 40, reported: { value: 36 } }, { value: 2200000000, reported: { value: 1800000000 } }],
    },
    {
      description: 'a start rate alone measures the list, its estimate of total money standing before the year’s',
      row: { task: '全市统筹推进城乡更新工程项目240个,概算总投资860亿元,年度计划投资150亿元。', progress: '截至9月底,在建项目130个,竣工项目40个,开工率达70.8%,完成投资118亿元,占年度计划投资的78.7%。' },
      expected: [{ value: 240, reported: { value: 70.8 }, verdict: 'behind' }, { value: 15000000000, reported: { value: 11800000000 } }],
      notes: 'the share started is compared with the pace itself: 70.8% is below the 75% of 9月底',
    },
    {
      description: 'a progress that gives only money leaves the count a label of the money',
      row: { task: '今年全县安排水利建设项目12个,年度计划投资5.6亿元。', progress: '截至9月底,完成投资4.4亿元,占年度计划的78.6%。' },
      expected: [{ value: 560000000 }],
    },
    {
      description: 'a list that holds projects already under way is not measured by its starts',
      row: { task: '城乡建设领域新开工及在建项目20项,年度计划投资8亿元', progress: '截至目前,开工18项,开工率90%。完成投资5亿元。' },
      expected: [{ value: 800000000 }],
    },
    {
      description: 'starts counted out of another set the progress names by its own count',
      row: { task: '交通建设项目14个,年度计划投资60亿元,', progress: '前9月累计完成投资48亿元,其中环城快速路、滨江大道2个计划新开工项目已开工1个。' },
      expected: [{ value: 6000000000 }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});

describe('a year’s key projects counted as started with 开(复)工', () => {
  it.each<RowCase>([
    {
      description: 'the starts of the new projects (新建项目) are a part of a list of key projects, which they do not measure',
      row: { task: '今年,全市确定重点项目210个,总投资1500亿元,年计划完成投资320亿元。', progress: '1至9月,完成投资250亿元,为年度投资计划的78%。90个新建项目已开工建设80个。' },
      expected: [{ value: 32000000000, reported: { value: 25000000000 } }],
    },
    {
      description: '开(复)工 is a start, as 开复工 is, and its rate a start rate',
      row: { task: '今年全市安排重点项目150个', progress: '截至9月底,共完成投资210亿元,已开(复)工项目120个,开(复)工率80%。' },
      expected: [{ value: 150, reported: { value: 120 }, verdict: 'on-track' }],
    },
    {
      description: 'a subset of the list said all started does not answer the list; the count over the whole list does',
      row: { task: '由各区负责推进的市重点项目80个,', progress: '前三季度投入资金120亿元,已开(复)工项目70个。东区、西区等4个区负责推进的30个市重点项目全部开(复)工建设。' },
      expected: [{ value: 80, reported: { value: 70 }, verdict: 'on-track' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
