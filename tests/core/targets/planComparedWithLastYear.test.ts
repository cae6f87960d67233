/**
 * A year's plan compared with last year's plan describes the plan and is no target; a growth to reach of what is done stays
 * one. Sentences of published releases (山东 2016, 山西 2013, 中宁 2025), and counter-examples written for this test in the
 * same words.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a plan compared with last year’s plan', () => {
  it.each<RowCase>([
    {
      description: 'the growth of the year’s planned investment, in the clause after it (山东 2016)',
      row: {
        task: '其中,年度计划投资1090亿元,同比增长35%,创历史新高。',
        progress: '前7个月,省重点建设项目完成投资649亿元,完成年度计划的59.5%。',
      },
      period: '1-7月',
      expected: [{ value: 109000000000, verdict: 'on-track' }],
    },
    {
      description: 'the increase of the year’s planned investment, in money (山西 2013)',
      row: {
        task: '中央企业和省国资委管理的大型企业今年重点工程年度计划投资1562.89亿元,同比增加172.01亿元。',
        progress: '1至9月份累计完成投资1305.79亿元,同比增长17.45%,投资完成率83.55%。',
      },
      expected: [{ value: 156289000000 }],
    },
    {
      description: 'increases of the plan’s total and yearly investment against last year’s list (中宁 2025)',
      row: {
        task: '全县2025年共谋划两批次重点项目154个,与2024年相比项目总数增加9个、概算总投资增加9.7亿元、年度计划投资增加35.28亿元。',
        progress: '全县上半年完成固定资产投资42亿元,同比增长27.8%。',
      },
      period: '上半年',
      expected: [],
    },
    {
      description: 'the growth of a year’s task of works against last year’s, in the clause after it',
      row: { task: '今年全市保障性安居工程建设任务为3.2万套,较去年增加了12.5%,计划基本建成2万套。', progress: '已基本建成1.6万套。' },
      expected: [{ value: 32000 }, { value: 20000 }],
      notes: 'written for this test: the task’s growth says what the task is',
    },
    {
      description: 'a growth to reach after a count of works done stays a target',
      row: { task: '今年新建农村公路1200公里,较去年增长10%以上。', progress: '已建成农村公路900公里。' },
      expected: [{ value: 1200 }, { value: 10 }],
      notes: 'written for this test: no task word names the count as the year’s task',
    },
    {
      description: 'the plan’s growth against the earlier year named by its number',
      row: { task: '今年全市交通建设计划投资42.6亿元,比2020年增长18%,', progress: '截至9月底累计完成投资33.1亿元,完成年度计划的77.7%。' },
      expected: [{ value: 4260000000, verdict: 'on-track' }],
      notes: 'written for this test (a 2021 sheet): 比2020年 is last year named by its number',
    },
    {
      description: 'the plan’s increase against a numbered year, said with 较',
      row: { task: '今年水利建设年度计划投资15亿元,较2022年增加2.5亿元。', progress: '1-9月完成投资12亿元。' },
      expected: [{ value: 1500000000 }],
      notes: 'written for this test',
    },
    {
      description: 'a growth to reach against a numbered year, not said of a plan’s figure, stays',
      row: { task: '全市固定资产投资比2022年增长8%。', progress: '1-9月固定资产投资同比增长6.5%。' },
      expected: [{ value: 8 }],
      notes: 'written for this test: the growth is the aim, no plan figure stands before it',
    },
    {
      description: 'the growth of the year’s investment set for a list, named 年度投资',
      row: { task: '今年全县安排重点项目60个,年度投资48亿元,较上年增长12%;', progress: '截至目前,60个重点项目开复工41个,完成投资20亿元。' },
      expected: [{ value: 60 }, { value: 4800000000 }],
      notes: 'written for this test: the 12% says how the list’s money compares with last year’s, it is no aim',
    },
    {
      description: 'the growth of the year’s investment (年度投资) against last year’s, in the clause after it',
      row: { task: '今年,全县安排重点项目60个,年度投资48亿元,较上年增长12%;', progress: '截至9月底,全县重点项目完成投资39亿元。' },
      expected: [{ value: 4800000000, reported: { value: 3900000000 } }],
      notes: 'written for this test: 年度投资 names the plan as 年度计划投资 does',
    },
    {
      description: 'a growth of investment to reach stays a target',
      row: { task: '全年固定资产投资同比增长10%。', progress: '1-9月,全县固定资产投资同比增长12.3%。' },
      expected: [{ value: 10, reported: { value: 12.3 }, verdict: 'met' }],
      notes: 'counter-example: no plan’s figure before the growth',
    },
    {
      description: 'a growth after an amount of work to complete stays a target',
      row: { task: '计划完成投资500亿元,同比增长12%。', progress: '1-9月完成投资400亿元,同比增长13%。' },
      expected: [{ value: 50000000000 }, { value: 12 }],
      notes: 'counter-example: 计划完成投资 is what the year must do, and its growth an aim with it',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
