/**
 * Works counted with only their main structure finished (`主体已完工`, `完成主体建设`, `封顶`) are of the kind a target to
 * build counts, yet none of them is said built: the verdict is unclear, with no figure tied. Sentences of published
 * reports (二七区 2014, 保山市 2021), and counter-examples written for this test.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('works with only their main structure finished', () => {
  it.each<RowCase>([
    {
      description: 'toilets to build, all with their main structure done',
      row: {
        task: '今年,二七区选址新建公厕3座,分别位于嵩山路与丹青路交叉口两侧游园绿地内各一座,老郑密路南端在建的叠彩园内一座。',
        progress: '目前,3座新建公厕均已完成主体建设及内外墙瓷片铺贴,预计10月底全部建成。',
      },
      expected: [{ value: 3, verdict: 'unclear', reported: null, reason: { key: 'target.why.mainStructureOnly' } }],
      notes: '二七区 2014',
    },
    {
      description: 'projects to complete, of which only main structures are counted',
      row: { task: '竣工项目13项', progress: '(主体已完工6项),完成投资31.2亿元,占年度计划的74.1%;重点前期项目已开工2项,完成投资0.4亿元。' },
      expected: [{ value: 13, verdict: 'unclear', reported: null }],
      notes: '保山市 2021',
    },
    {
      description: 'the works built are counted beside those with their structure up: the built answer',
      row: { task: '新建公厕5座', progress: '已建成公厕2座,另有3座完成主体建设。' },
      expected: [{ value: 5, verdict: 'behind', reported: { value: 2 } }],
      notes: 'counter-example',
    },
    {
      description: 'works under way without a word of their structure have no figure',
      row: { task: '新建公厕3座', progress: '3座公厕正在施工。' },
      expected: [{ value: 3, verdict: 'no-figure', reported: null }],
      notes: 'counter-example',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
