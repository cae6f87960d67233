/**
 * A count of projects to start, finish or put into production, reported only by the money spent on them, is the
 * group the money is spent on. Sentences of real reports, and counter-examples in the same style where the progress
 * counts the projects or gives no money.
 */
import { targetValuesOfRow, type RowSpec, type ValuesCase } from './reportFixtures';

const valuesOf = (row: RowSpec): number[] => targetValuesOfRow(row, 2019, '1-8月');

describe('projects of works reported only by their money', () => {
  it.each<ValuesCase>([
    {
      description: 'new projects to start, answered by the money spent so far',
      row: { task: '新开工项目 258 个,', progress: '1 —8 月份累计完成投资 280.57 亿元,占年计划的 68.42%。' },
      expected: [],
    },
    {
      description: 'projects to put into production, answered by money only',
      row: { task: '按阶段划分,46个投产项目', progress: '完成投资442.4亿元,为年计划的52.4%。' },
      expected: [],
    },
    {
      description: 'projects counted as started stay a target',
      row: { task: '66个新开工项目', progress: '已有28个开工建设,开工率42.4%,完成投资43.4亿元。' },
      expected: [66],
    },
    {
      description: 'projects counted as a part of the progress stay a target',
      row: { task: '新开工项目共19项', progress: '1-8月完成投资33.12亿元,完成年度计划的67.1%。其中 15个项目已开工建设,其他4个项目正在开展前期工作。' },
      expected: [19],
    },
    {
      description: 'a progress in words only leaves the count a target',
      row: { task: '12个竣工保投产项目', progress: '进展顺利。' },
      expected: [12],
    },
  ])('$description', ({ row, expected }) => {
    expect(valuesOf(row)).toEqual(expected);
  });
});
