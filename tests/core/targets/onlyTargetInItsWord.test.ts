/**
 * A row's only target counted in its word (`新增基础教育学位20万个` beside `178所`) is answered by the figure of that very word
 * most alike to it, clearly ahead of the others of the word, as the row's only target is: the other targets count other
 * things. Sentences of published reports (深圳 2022, 四川 2020), and counter-examples written in their style where two targets
 * share the word or the figure shares no words with the target.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the only target counted in its word', () => {
  it.each<RowCase>([
    {
      description: 'places added of every kind answer the places of basic education beside a count of schools',
      row: {
        task: '全年将新改扩建幼儿园、中小学校178所,新增基础教育学位20万个。',
        progress: '截至9月,学位建设进展整体顺利,秋季将新开办中小学校、幼儿园共 93 所,新增各类学位超 15 万个。',
      },
      expected: [{ value: 178 }, { value: 200000, verdict: 'on-track', reported: { value: 150000 } }],
      notes: '深圳 2022 (学位, 1-9月): 超15万 is 75% of 20万, the pace at the end of September',
    },
    {
      description: 'rectifications done answer the rectification tasks beside a count of firms',
      row: { task: '第二轮省级生态环保督察反馈意见整改任务315项,督促整改企业40家。', progress: '截至6月底,已整改完成139项。' },
      expected: [
        { value: 315, verdict: 'behind', reported: { value: 139 } },
        { value: 40, verdict: 'no-figure', reported: null },
      ],
      notes: '四川 2020 (环保督察 整改, 上半年), the firms written for this test',
    },
    {
      description: 'the row\'s one target is answered by the one count in its own word said done, whatever words follow it',
      row: { task: '为中小学配置护眼灯具6000套。', progress: '6020套已安装到位,正在组织验收。' },
      expected: [{ value: 6000, verdict: 'met', reported: { value: 6020 } }],
    },
    {
      description: 'two targets in the same word leave a figure of loosely alike words unclear',
      row: { task: '全年新增基础教育学位20万个,新增普惠托位5000个。', progress: '截至9月,新增各类学位超15万个。' },
      expected: [
        { value: 200000, verdict: 'unclear', reported: null },
        { value: 5000, verdict: 'no-figure', reported: null },
      ],
      notes: 'written for this test: the 个 of the progress could be either target\'s',
    },
    {
      description: 'a figure of the word that shares no words with the target is about something else',
      row: { task: '全年新建中小学校30所,新增基础教育学位2万个。', progress: '截至9月,新增公共停车位1.5万个。' },
      expected: [
        { value: 30, verdict: 'no-figure', reported: null },
        { value: 20000, verdict: 'no-figure', reported: null },
      ],
      notes: 'written for this test',
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
