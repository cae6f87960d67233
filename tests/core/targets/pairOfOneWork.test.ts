/**
 * Reports count one work in two units, the second figure right after the first (`已动工2.65万户9.95万人`, `已开工4.09万套、344.74万平方米`):
 * the second names nothing of its own, so it counts the same works at the same stage, and a share reckoned against the plan after
 * the pair reckons both. A second figure naming its own thing is a statement of its own. Sentences are from published reports (the
 * notes name where), counter-examples are written in their style. Each case is a sheet of one row of a 三季度 report.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'people counted right after the homes finished are people of homes finished, not of homes started',
    row: { task: '实施造福工程易地扶贫搬迁工程,全年10万人搬迁任务', progress: '目前已动工2.65万户9.95万人,动工率99.5%,其中已竣工1.42万户5.26万人,竣工率52.6%。' },
    expected: [{ value: 100000, verdict: 'behind', reported: { value: 52600 } }],
    notes: '福建 2017 上半年 (on-track at its own pace of 50%); here 52.6% is below the 75% pace',
  },
  {
    description: 'homes started reckoned against the year\'s plan with their floor area answer the plan',
    row: { task: '海南省今年总计要完成13.26万套实物建房。', progress: '截至9月底,海南省已开工4.09万套、344.74万平方米,占今年计划的30.8%。' },
    expected: [{ value: 132600, verdict: 'behind', reported: { value: 40900 } }],
    notes: '海南 2011 1-4月',
  },
  {
    description: 'homes started beside money reckoned against its plan are not reckoned against a target to build',
    row: { task: '新建保障性住房1万套', progress: '已开工8000套、完成投资5亿元,占年度计划的80%。' },
    expected: [{ value: 10000, verdict: 'unclear' }],
  },
  {
    description: 'a figure after a comma is no pair: the share reckons only the works right before it',
    row: { task: '海南省今年总计要完成13.26万套实物建房。', progress: '截至9月底,海南省已开工4.09万套,竣工344.74万平方米,占今年计划的30.8%。' },
    expected: [{ value: 132600, verdict: 'unclear' }],
  },
];

describe('one work counted in two units in the progress', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
