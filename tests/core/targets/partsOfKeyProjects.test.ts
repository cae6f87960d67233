/**
 * A year's list of key projects holds projects going on from past years, projects to start, to finish and a reserve: it is
 * measured by its starts over the whole list (`开复工`, `已开工`, `开工率`), and a count or rate of one of those parts (its new
 * starts, its reserve started early, the rate of the projects promised to start, the projects under way resumed) leaves the
 * list's count a name. Sentences of published releases (广东 2019, 贵州 2022, 长沙 2017, 江西 2017 and 2020, 青海 2022), and
 * counter-examples written for this test where the whole list's starts are counted, in the same words.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a key-project list measured only by a count of one of its parts', () => {
  it.each<RowCase>([
    {
      description: 'the projects newly started are a part of the list (广东 2019)',
      row: {
        task: '2019年省重点项目1170个,年度计划投资6500亿元。',
        progress: '一季度,省重点项目完成投资1580亿元,为年度计划投资的24.3%。新开工建设深圳机场卫星厅项目、惠州太平岭核电厂一期工程等82个项目。',
      },
      period: '一季度',
      expected: [{ value: 650000000000 }],
      notes: '1170个 names the list; the money is the target',
    },
    {
      description: 'a count of new projects with its own share of their plan is a part (贵州 2022)',
      row: {
        task: '2022年贵州安排重大工程和重点项目3347个,年度计划投资6448.79亿元,',
        progress: '1—5月累计完成投资2525.92亿元、占年度计划的39.17%。新开工项目564个,占年度计划的50.49%;建成项目36个。',
      },
      period: '1-5月',
      expected: [{ value: 644879000000 }],
    },
    {
      description: 'the start rate of the projects promised to start is a part (长沙 2017)',
      row: {
        task: '长沙今年共铺排重大项目932个(不含预备项目120个),计划投资3020亿元。',
        progress: '今年1-3月,长沙重大项目累计完成投资809亿元,占年度计划的26.8%,承诺开工的项目开工率为100%。',
      },
      period: '一季度',
      expected: [{ value: 302000000000 }],
    },
    {
      description: 'the rate of projects resumed is of the projects under way (江西 2020)',
      row: {
        task: '今年我省重点建设项目共318项,年计划投资2390.19亿元。',
        progress: '前2月江西省重点建设项目完成投资246.16亿元,复工率为97%。',
      },
      period: '1-2月',
      expected: [{ value: 239019000000 }],
      notes: 'the count reworded so that only the 复工率 could measure it',
    },
    {
      description: 'the whole list counted by its starts stays a target (青海 2022)',
      row: { task: '截至8月底,全省200项重点项目', progress: '开复工176项,开复工率88%,完成投资708亿元,为年度任务的70.8%。' },
      period: '1-8月',
      expected: [{ value: 200, reported: { value: 176 }, verdict: 'on-track' }],
      notes: 'counter-example: 开复工 counts the whole list',
    },
    {
      description: 'the whole list counted by its starts stays a target beside a count of new starts after it',
      row: { task: '全市重点项目100个,', progress: '截至9月底,已开工85个,其中新开工项目32个。' },
      expected: [{ value: 100, reported: { value: 85 } }],
      notes: 'counter-example written for this test',
    },
    {
      description: 'the rate of starts and resumptions together measures the whole list',
      row: { task: '全市重点项目100个,', progress: '截至9月底,全市重点项目开、复工率达到80%。' },
      expected: [{ value: 100, reported: { value: 80 } }],
      notes: 'counter-example: 开、复工率 is the whole list’s',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
