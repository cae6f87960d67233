/**
 * Reports restate the task's own count as the works they then report on (`已建设的100所公办幼儿园中,完工63所`, `3698个老旧小区改造
 * 项目已全部开工,其中2358个小区已完工`): a smaller count of those works at a stage follows in the sentence, so the task's count names
 * the works, it does not say they are done. A count itself said finished, or at the stage the task asks for, stays the result.
 * Sentences are from published reports (the notes name where), counter-examples are written in their style. Each case is a sheet
 * of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the kindergartens finished among the task\'s hundred named before 中 answer the task, not the hundred',
    row: { task: '建设100所公办幼儿园', progress: '截至目前,贵州已建设的100所公办幼儿园中,完工63所,交付使用6所' },
    expected: [{ value: 100, verdict: 'behind', reported: { value: 63 } }],
    notes: '贵州 2020 上半年 (on-track at its own date); here 63 of 100 is below the 75% pace',
  },
  {
    description: 'the estates finished among the task\'s estates all started answer the task, not the estates started',
    row: { task: '计划改造城镇老旧小区3698个', progress: '截至8月底,3698个老旧小区改造项目已全部开工,其中2358个小区已完工,完工率达63.8%。' },
    expected: [{ value: 3698, verdict: 'behind', reported: { value: 2358 } }],
    notes: '河北 2022 1-8月',
  },
  {
    description: 'without their rate, the estates finished are the figure tied',
    row: { task: '计划改造城镇老旧小区3698个', progress: '截至8月底,3698个老旧小区改造项目已全部开工,其中2358个小区已完工。' },
    expected: [{ value: 3698, verdict: 'behind', reported: { value: 2358 } }],
  },
  {
    description: 'the task\'s count followed by the kindergartens started leaves a target to build unclear',
    row: { task: '新、改扩建公办幼儿园20所', progress: '截至9月,2020年新改扩建20所公办幼儿园,已推动开工建设7所,开工率35%。' },
    expected: [{ value: 20, verdict: 'unclear' }],
    notes: '泉州 2020 1-4月: only starts answer a target to build',
  },
  {
    description: 'a count said built, with its part after 其中, is the target done',
    row: { task: '新建公办幼儿园100所', progress: '截至9月底,已建成公办幼儿园100所,其中农村幼儿园60所。' },
    expected: [{ value: 100, verdict: 'met', reported: { value: 100 } }],
  },
  {
    description: 'a count said started answers a target of starts, though the finished among them follow',
    row: { task: '新开工重点项目30个', progress: '30个重点项目已全部开工,其中10个已完工。' },
    expected: [{ value: 30, verdict: 'met' }],
  },
  {
    description: 'a count said done with a stage word far after it is the result, not the scope of its part',
    row: { task: '开工建设50处农村义务教育学校食堂', progress: '50处农村义务教育阶段中小学食堂(餐厅)已全部开工建设，总建筑规模3.7万平方米，其中已有38处竣工交付使用。' },
    expected: [{ value: 50, verdict: 'met' }],
    notes: '济南 2014',
  },
  {
    description: 'the works finished beside works said all started answer a target to build',
    row: { task: '右江区今年计划安排的27处农村饮水安全巩固提升工程项目', progress: '已全部开工,开工率达100%,已完成项目投资726.7万元,已完成通水工程3处,完成主体工程13处,剩余的项目正在加紧施工中。' },
    expected: [{ value: 27, verdict: 'behind', reported: { value: 3 } }],
    notes: '右江 2020: the works with their main structure done are not finished',
  },
  {
    description: 'the works started still answer a target of starts, whatever is finished beside them',
    row: { task: '新开工农村饮水安全巩固提升工程27处', progress: '27处工程已全部开工,开工率达100%,已完成通水工程3处。' },
    expected: [{ value: 27, verdict: 'met' }],
  },
];

describe('the task\'s count restated as the works reported on', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
