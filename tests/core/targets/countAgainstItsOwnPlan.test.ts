/**
 * A count done against a plan the progress states in the same clause (`等5个计划新开工项目已开工4个`) measures the set that plan
 * counts, named only in the progress, not the year's list the task counts. Examples written for this test, with a
 * counter-example where the count of the list's items started stands alone.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a count done against a plan of its own clause', () => {
  it.each<RowCase>([
    {
      description: 'the starts of a planned set leave the list’s count a name of the list',
      row: {
        task: '工业项目40个,年度计划投资120亿元,',
        progress: '前9月累计完成投资100亿元,其中甲项目、乙项目等6个计划新开工项目已开工5个,开工率83%;',
      },
      period: '三季度',
      expected: [{ value: 12000000000 }],
    },
    {
      description: 'the same plan stated as the share of the planned set started',
      row: {
        task: '重点项目30个,年度计划投资50亿元,',
        progress: '累计完成投资40亿元;8个计划开工项目中已开工6个。',
      },
      period: '三季度',
      expected: [{ value: 5000000000 }],
    },
    {
      description: 'counter-example: the list’s own items started answer its count',
      row: {
        task: '重点项目30个,',
        progress: '截至9月底,已开工项目25个。',
      },
      period: '三季度',
      expected: [{ value: 30, reported: { value: 25 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
