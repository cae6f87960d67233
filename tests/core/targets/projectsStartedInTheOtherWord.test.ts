/**
 * A plan of projects to start counted in 项, with its year's money, answered by projects started counted in 个 (or the other
 * way round): 项 and 个 are both the counting words of projects, and the report counts the plan's projects started. Sentences
 * written for this test in the style of 重点项目 progress notices.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a plan of projects to start is answered by the projects started in the other counting word', () => {
  it.each<RowCase>([
    {
      description: 'a plan in 项 with its money, the starts counted in 个 after the money',
      row: { task: '计划新开工重点项目48项,年度计划投资62亿元,', progress: '1-9月完成投资40.3亿元,完成年度计划的65%。26个项目已开工建设,22个项目正在办理前期手续。' },
      expected: [{ value: 48, reported: { value: 26 }, verdict: 'behind' }, { value: 6200000000 }],
    },
    {
      description: 'a plan in 个 with its money, the starts counted in 项',
      row: { task: '全年计划新开工项目30个,年度计划投资18亿元。', progress: '已开工建设项目25项,累计完成投资15亿元。' },
      expected: [{ value: 30, reported: { value: 25 }, verdict: 'on-track' }, { value: 1800000000, verdict: 'on-track' }],
    },
    {
      description: 'projects to start, named after the count, with the starts said of 项目 in 个',
      row: { task: '新开工市级重点项目22项,当年计划投资9.6亿元。', progress: '完成投资7.5亿元;已开工项目18个。' },
      expected: [{ value: 22, reported: { value: 18 }, verdict: 'on-track' }, { value: 960000000 }],
    },
    {
      description: 'a list of key projects (no plan of starts) counted in another word by their state stays a label of the money',
      row: { task: '市重点项目48项,年度计划投资62亿元,', progress: '完成投资40.3亿元。26个项目进展顺利,22个项目正在办理前期手续。' },
      expected: [{ value: 6200000000 }],
    },
  ])('$description', (testCase) => expectTargetsOfRow(testCase));
});
