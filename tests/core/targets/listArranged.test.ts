/**
 * A year's list of key projects is drawn up (安排) with its count after the verb (`省市重点项目安排350项`) as often as before
 * the noun (`安排省重点项目70个`): the count names the list the year's investment is spent on, unless the progress counts its
 * projects started. Sentences of published releases (石家庄 2020, 江西 2020 and 2022), and counter-examples written for this
 * test where the list is measured by its starts or the count is of works to make.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a list of key projects counted after 安排', () => {
  it.each<RowCase>([
    {
      description: 'the list whose investment the progress gives names itself (石家庄 2020)',
      row: {
        task: '据悉,我市2020年省市重点项目安排350项,总投资6416.3亿元,年度计划投资840.5亿元,',
        progress: '截至8月底,350个省市重点项目共完成投资862.6亿元,占年度计划投资的102.6%。',
      },
      period: '1-8月',
      expected: [{ value: 84050000000, verdict: 'met' }],
    },
    {
      description: 'the list of a batch measured by money names itself (江西 2022)',
      row: {
        task: '江西省2022年第一批省重点建设项目安排491项,总投资17071.14亿元,年计划投资4164.95亿元。',
        progress: '据调度统计,1-2月,江西省重点项目完成投资801.09亿元,占年计划19.2%,较2020年同期提高8.9个百分点。',
      },
      period: '1-2月',
      expected: [{ value: 416495000000 }],
    },
    {
      description: 'the list measured by its starts stays a target',
      row: {
        task: '全市重点项目安排100项,年度计划投资200亿元。',
        progress: '截至9月底,全市重点项目已开工75项,完成投资150亿元。',
      },
      expected: [{ value: 100, reported: { value: 75 } }, { value: 20000000000 }],
      notes: 'counter-example written for this test',
    },
    {
      description: 'projects to start, drawn up with 安排 and answered by their starts, stay a target',
      row: { task: '今年计划安排新开工项目30个。', progress: '截至9月底,已开工24个。' },
      expected: [{ value: 30, reported: { value: 24 } }],
      notes: 'counter-example: 新开工 makes the count one of works to make',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
