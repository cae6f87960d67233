/**
 * What one month, quarter, week or day alone added (`本月完成`, `当月新增`, `本季度完成`, `今日造林`, `9月份完成投资`), printed beside the running total of the same
 * measure (`累计完成`), is a piece of that total: the year's task is reckoned against the total, so the period's figure is
 * set aside and the total answers.
 */
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

function setAside(progress: string): string[] {
  return readReportedFigures(progress, 2021).filter((figure) => figure.role === 'baseline').map((figure) => figure.quantity.text);
}

describe('a period added beside its running total', () => {
  it.each([
    { description: 'the month done, then the running total, in prose', progress: '本月新建公厕12座,累计新建公厕65座。', expected: ['12座'] },
    { description: 'the running total first, then the quarter', progress: '累计完成造林4.2万亩,本季度完成1.1万亩。', expected: ['1.1万亩'] },
    { description: 'table cells headed by their unit', progress: '当月完成长度(公里) 18 | 累计完成长度(公里) 126 | 完成比例(%) 63%', expected: ['18'] },
    { description: 'the week done beside the total', progress: '本周新增签约户数86户,累计签约1320户。', expected: ['86户'] },
    { description: 'the day’s work beside the total to date', progress: '今日造林27亩,累计完成1778亩;', expected: ['27亩'], notes: '宜秀 2014' },
    { description: 'a month named by its number beside the months to date', progress: '9月份完成投资5亿元,1-9月累计完成投资38亿元。', expected: ['5亿元'] },
    { description: 'a month in Chinese numerals', progress: '十月完成造林3000亩,全年累计完成4.2万亩。', expected: ['3000亩'] },
    { description: 'a share of the month beside the share to date', progress: '9月份完成年度计划的10%,累计完成年度计划的76%。', expected: ['10%'] },
    { description: 'counter-example: the months to date written as a span', progress: '1月至8月,全省新开工保障性住房60.1696万套,累计开工率93.79%。', expected: [], notes: '河南 2014' },
    { description: 'counter-example: a date counted up to', progress: '截至9月份完成投资38亿元,累计完成年度计划的76%。', expected: [] },
    { description: 'counter-example: a day of the month is a date', progress: '9月30日完成验收12个,累计验收40个。', expected: [] },
    { description: 'counter-example: the end of the month', progress: '9月底完成改造320户,累计完成改造1200户。', expected: [] },
    { description: 'counter-example: a column of progress as of a month', progress: '进展情况(7月) 已完成8家,累计完成12家。', expected: [] },
    { description: 'counter-example: a share beside an amount to date', progress: '9月份完成年度计划的10%,累计完成投资38亿元。', expected: [] },
    { description: 'counter-example: the month alone, with no running total', progress: '本月完成改造320户。', expected: [] },
    { description: 'counter-example: a running total of another measure', progress: '本月新开工项目6个,累计完成投资3.2亿元。', expected: [] },
  ])('$description', ({ progress, expected }) => {
    expect(setAside(progress)).toEqual(expected);
  });

  it.each([
    { description: 'a year of toilets answered by the running total, not the month', task: '全年新建改建公厕120座', progress: '本月新建公厕12座,累计新建公厕95座。', reported: 95 },
    { description: 'a year of road answered by the total of a table', task: '新建农村公路200公里', progress: '当月完成长度(公里) 18 | 累计完成长度(公里) 126', reported: 126 },
    { description: 'a year of households answered by the total said first', task: '完成农村危房改造1500户', progress: '累计完成危房改造1180户,其中本季度完成420户。', reported: 1180 },
    { description: 'a year’s felling answered by the total, not the day’s work', task: '全区松材线虫病除治皆伐计划2532.5亩,', progress: '今日完成45亩,累计完成2175亩。', reported: 2175 },
    { description: 'a year’s investment answered by the months to date, not the last month', task: '年度计划投资50亿元。', progress: '9月份完成投资5亿元,1-9月累计完成投资38亿元。', reported: 3.8e9 },
    { description: 'a year’s investment answered by the share to date, not the month’s', task: '年度计划投资50亿元。', progress: '9月份完成年度计划的10%,累计完成年度计划的76%。', reported: 76 },
    { description: 'the month’s figure, when it is all the progress says, still answers', task: '年度计划投资50亿元。', progress: '9月份完成投资5亿元。', reported: 5e8 },
  ])('$description', ({ task, progress, reported }) => {
    const [judged] = analyzeTargets(reportOf([{ task, progress }])).targets;
    expect(judged?.reported?.value).toBe(reported);
  });
});
