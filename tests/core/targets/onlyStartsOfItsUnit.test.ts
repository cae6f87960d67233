/**
 * A target to build whose progress counts, in the target's own counting word, only works at another stage (started, under
 * way, prepared), in words that name nothing of the target: those are still figures of its kind, and a reviewer cannot tell
 * how many are built (unclear, DOMAIN §4 works started), not a progress without figures (no-figure). Examples are written
 * in the style of county progress tables; each is a 三季度 sheet of one row.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'projects started, counted in the target\'s word, against works to build named otherwise',
    row: { task: '新建乡镇卫生院发热门诊15个。', progress: '15个项目开工建设中。' },
    expected: [{ value: 15, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherWorks' } }],
  },
  {
    description: 'works finished beside the starts answer it (counter-example)',
    row: { task: '新改建农村污水处理站点30个。', progress: '完成设计评审30个,开工建设18个,已完工10个。' },
    expected: [{ value: 30, verdict: 'behind', reported: { value: 10 } }],
  },
  {
    description: 'starts counted in another word are no figure of the target\'s kind (counter-example)',
    row: { task: '新建乡镇卫生院发热门诊15个。', progress: '开工建设面积1200平方米。' },
    expected: [{ value: 15, verdict: 'no-figure', reported: null }],
  },
];

describe('a target to build with only works at another stage counted in its word', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
