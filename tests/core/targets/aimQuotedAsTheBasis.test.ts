/**
 * `按照省住建厅“年内全省新建不少于500个口袋公园”的统一部署`: a higher level's aim quoted as the basis the work follows is not
 * this place's target; the place's own figure after it is. A quotation that is the place's own program stays a target.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: readonly RowCase[] = [
  {
    description: 'a province\'s aim quoted before the city\'s own count',
    row: { task: '按照省住建厅“年内全省新建不少于500个口袋公园”的统一部署,我市新建口袋公园30个', progress: '已建成口袋公园18个' },
    expected: [{ value: 30, unit: '个', reported: { value: 18 } }],
  },
  {
    description: 'a national aim quoted with 根据 and 工作要求',
    row: { task: '根据国务院“2023年改造城镇老旧小区5.3万个”的工作要求,全县改造老旧小区12个', progress: '已开工改造8个' },
    expected: [{ value: 12, unit: '个' }],
  },
  {
    description: 'a quoted aim followed with 落实 and 精神, the place naming no figure of its own',
    row: { task: '落实市委“三年新增绿地1000公顷”的精神,推进城区绿化', progress: '完成绿化提升项目6个' },
    expected: [],
  },
  {
    description: 'a quotation naming the place\'s own program stays a target',
    row: { task: '实施“新建口袋公园50个”工程', progress: '已建成口袋公园20个' },
    expected: [{ value: 50, unit: '个', reported: { value: 20 } }],
  },
];

describe('an aim quoted as the basis of the work', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
