/**
 * `…的有N个` tallies those of a whole that are so: how things stand, told by the report, not an aim. Sentences written for
 * this test; the counter-examples count works to make, or have no 的 before 有.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('the tally of those that are so', () => {
  it.each<RowCase>([
    {
      description: 'projects built in the city among those started',
      row: { task: '在已开工的40个技改项目中,落地在园区的有31个,', progress: '累计完成投资12亿元。' },
      expected: [],
      notes: 'the whole is the scope of its part; the part 的有 is its telling',
    },
    {
      description: 'items passed among those checked',
      row: { task: '全年抽检食品批次中,合格的有1860批次。', progress: '完成抽检2000批次。' },
      expected: [],
    },
    {
      description: 'villages that already have a clinic',
      row: { task: '全县行政村中已建成标准化卫生室的有126个。', progress: '新建卫生室8个。' },
      expected: [],
    },
    {
      description: 'works to make said with 有 alone stay a target',
      row: { task: '今年新建学校有6所。', progress: '已建成4所。' },
      expected: [{ value: 6, reported: { value: 4 } }],
      notes: 'counter-example: no 的 before 有',
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
