/**
 * Projects in preparation (前期) or held in reserve (预备) are arranged with a year's list so that their work can begin, and
 * projects under way from past years (续建) were started before it: a count of them is no works of this year, whether the list
 * draws them up (`全年安排省市重点前期项目102项`, `另安排预备项目35项`) or holds them in parentheses (`(含预备项目16项)`).
 * Sentences of published releases (衡水 2019, 上海 2025, 江西 2020), and counter-examples written for this test where the count
 * is of this year's works, in the same words.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('projects in preparation or in reserve', () => {
  it.each<RowCase>([
    {
      description: 'projects in preparation filed by level are no target (衡水 2019)',
      row: { task: '全年安排省市重点前期项目102项,总投资1266亿元,', progress: '截至12月20日,有28项实现提前开工建设。' },
      period: '全年',
      expected: [],
    },
    {
      description: 'a reserve arranged besides the year’s works is no target, the works are (上海 2025)',
      row: { task: '其中,计划新开工项目14项,建成项目21项。另安排预备项目35项。', progress: '开竣工方面,累计已开工10个项目,已基本建成8个项目。' },
      period: '上半年',
      expected: [{ value: 14, reported: { value: 10 } }, { value: 21, reported: { value: 8 } }],
    },
    {
      description: 'a reserve held in parentheses is no target, even where the progress names it (江西 2020)',
      row: {
        task: '其中,总投资50亿元以上的项目共94项(含预备项目16项),年计划投资1190亿元。',
        progress: '前2月,除预备项目之外的78个50亿元以上省重点项目累计完成投资131.16亿元,占年计划11%。',
      },
      period: '1-2月',
      expected: [{ value: 119000000000 }],
      notes: 'the year’s plan reworded into the task so that the row keeps one target',
    },
    {
      description: 'new works beside projects under way stay a target',
      row: { task: '全年安排新开工及在建项目10项。', progress: '截至9月底,已开工8项。' },
      expected: [{ value: 10 }],
      notes: 'counter-example: 新开工及在建 are this year’s works',
    },
    {
      description: 'key projects of this year filed by level stay a target',
      row: { task: '全年安排省市重点建设项目40项。', progress: '截至9月底,已开工32项。' },
      expected: [{ value: 40, reported: { value: 32 } }],
      notes: 'counter-example: the level before 重点 does not make the projects a reserve',
    },
    {
      description: 'a reserve opening an item after its list number is no target',
      row: { task: '(二)预备项目8个,', progress: '前期手续有序办理。' },
      expected: [],
      notes: 'written for this test: the list number closes a parenthesis right before the name',
    },
    {
      description: 'projects under way after a full-width list number are no target',
      row: { task: '（4）续建项目共23项;', progress: '各项目进展顺利,完成投资5.2亿元。' },
      expected: [],
    },
    {
      description: 'projects in preparation after a numbered heading are no target',
      row: { task: '3)前期项目12个,力争年内开工6个', progress: '已开工4个。' },
      expected: [{ value: 6, reported: { value: 4 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
