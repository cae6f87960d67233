/**
 * A target of a window of years that began before the report's year, answered only by a figure said of one year (今年, 去年): the
 * other years are not given (unclear). A running total, a window that began this year, and the target said reached keep their
 * verdicts. The first sentence is from a published report (上海 2022), the others are written in its style.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { isOneYearOfAWindow } from '../../../src/core/targets/_lib/figureOfOneYear';
import { reportOf, type RowSpec } from './reportFixtures';

function targetsOf(row: RowSpec): ReturnType<typeof analyzeTargets>['targets'] {
  return analyzeTargets(reportOf([row], 2022, '全年')).targets;
}

describe('a figure of this year against a target of several years', () => {
  it.each([
    {
      description: 'this year\'s parks against a five-year count are unclear',
      row: { task: '根据本市园林绿化“十四五”规划发展目标，2021年至2025年期间，全市计划新建改建300个口袋公园。', progress: '截至12月20日，今年全市已建成口袋公园80个，超额完成年初计划。' },
      expected: { value: 300, verdict: 'unclear', reported: null, reason: { key: 'target.why.oneYearOfAWindow' } },
    },
    {
      description: 'last year\'s count against a three-year plan is unclear',
      row: { task: '2021年至2023年三年行动计划，全市再改造老旧小区1500个。', progress: '去年改造老旧小区626个，达到年度目标。' },
      expected: { value: 1500, verdict: 'unclear', reason: { key: 'target.why.oneYearOfAWindow' } },
      notes: 'in the style of 全国 2019 (2018-2020年三年棚改攻坚计划, 去年开工626万套)',
    },
    {
      description: 'a running total since the window began answers it',
      row: { task: '2021年至2025年期间，全市计划新建改建300个口袋公园。', progress: '截至12月20日，全市累计建成口袋公园180个。' },
      expected: { value: 300, verdict: 'on-track', reported: { value: 180 } },
    },
    {
      description: 'a window that began this year is answered by this year\'s figure',
      row: { task: '2022年至2025年期间，全市计划新建改建300个口袋公园。', progress: '截至12月20日，今年全市已建成口袋公园80个。' },
      expected: { value: 300, verdict: 'on-track', reported: { value: 80 } },
    },
    {
      description: 'the target said reached this year is met',
      row: { task: '2021年至2025年期间，全市计划新建改建300个口袋公园。', progress: '今年提前实现了该目标。' },
      expected: { value: 300, verdict: 'met' },
    },
  ])('$description', ({ row, expected }) => {
    const targets = targetsOf(row);
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject(expected);
  });

  it('reads the year before the figure in its sentence', () => {
    const window = { year: 2021, month: 1, day: 1 };
    const thisYear = '截至12月20日,今年全市已建成口袋公园80个';
    const runningTotal = '今年累计建成口袋公园180个';
    expect(isOneYearOfAWindow(thisYear, 0, thisYear.indexOf('80'), window, 2022)).toBe(true);
    expect(isOneYearOfAWindow(runningTotal, 0, runningTotal.indexOf('180'), window, 2022)).toBe(false);
    expect(isOneYearOfAWindow(thisYear, 0, thisYear.indexOf('80'), null, 2022)).toBe(false);
    // 南昌 2005: the date is of this year, the length is the whole network's, which holds the window's earlier years.
    const levelReached = '截至今年6月30日,南昌市新修农村公路里程增加到3077公里';
    expect(isOneYearOfAWindow(levelReached, 0, levelReached.indexOf('3077'), { year: 2003, month: 1, day: 1 }, 2005)).toBe(false);
    const datedThisYear = '截至今年6月底,全市已建成口袋公园180个';
    expect(isOneYearOfAWindow(datedThisYear, 0, datedThisYear.indexOf('180'), window, 2022)).toBe(false);
    const reachedThisYear = '今年全市口袋公园总数达到180个';
    expect(isOneYearOfAWindow(reachedThisYear, 0, reachedThisYear.indexOf('180'), window, 2022)).toBe(false);
    const compared = '全市改造老旧小区比去年多出120个';
    expect(isOneYearOfAWindow(compared, 0, compared.indexOf('120'), window, 2022)).toBe(false);
  });
});
