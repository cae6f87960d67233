/**
 * A table of a higher level's items beside the row's own level's share of each, the share due with the year as the task is
 * (`建设无违章河道6500公里` | `市定指标60.745公里…`): the progress is of the share, and the task's figure, many times larger, is
 * another level's, which no figure of the row answers (unclear). Sentences are from published reports (the notes name
 * where), counter-examples are written in their style. Each case is a sheet of one row of a 全年 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'the province\'s count beside the district\'s one item, said done: the district\'s met, the province\'s unclear',
    row: { task: '建设“美丽河湖”100条(个)以上', milestone: '1条。三墩镇贝家桥港16.4公里美丽河湖创建。', progress: '已完成。' },
    period: '全年',
    expected: [
      { value: 100, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherLevel' } },
      { value: 1, verdict: 'met' },
      { value: 16.4 },
    ],
    notes: '西湖区 2019 (省民生实事项目涉及西湖区指标落实情况表)',
  },
  {
    description: 'the province\'s length beside the city\'s and district\'s shares, said done',
    row: { task: '建设无违章河道6500公里', milestone: '市定指标60.745公里,区自定指标是76.487公里。', progress: '已完成。' },
    period: '全年',
    expected: [
      { value: 6500, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherLevel' } },
      { value: 60.745, verdict: 'met' },
      { value: 76.487, verdict: 'met' },
    ],
    notes: '西湖区 2019',
  },
  {
    description: 'a month\'s step named in the milestone leaves the year\'s target to be paced',
    row: { task: '2024年重点筛查60岁以上人群7400人。', milestone: '4月:完成筛查人数1480人(20%)。', progress: '完成筛查人数5800人，完成率78.4%。' },
    period: '全年',
    expected: [{ value: 7400, verdict: 'unmet', reported: { value: 5800 } }, { value: 1480, verdict: 'met' }],
    notes: '泰顺 2024, its 4月 row read at the year\'s end',
  },
  {
    description: 'a milestone due with the year that is most of the task\'s figure is no other level\'s share',
    row: { task: '新建城市书房10个。', milestone: '年度建成城市书房8个以上。', progress: '已建成城市书房9个。' },
    period: '全年',
    expected: [{ value: 10, verdict: 'unmet', reported: { value: 9 } }, { value: 8, verdict: 'met', reported: { value: 9 } }],
  },
  {
    description: 'a part of the task\'s target written in the milestone column is a part, not a level\'s share',
    row: { task: '新增城镇就业1.2万人。', milestone: '其中失业人员再就业2000人。', progress: '新增城镇就业12500人，其中失业人员再就业2100人。' },
    period: '全年',
    expected: [{ value: 12000, verdict: 'met', reported: { value: 12500 } }, { value: 2000, verdict: 'met', reported: { value: 2100 } }],
  },
];

describe('a task\'s target of another level beside the row\'s own share', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
