/**
 * What one month or quarter alone added (`本月完成`, `当月新增`, `本季度完成`), printed beside the running total of the same
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
    { description: 'counter-example: the month alone, with no running total', progress: '本月完成改造320户。', expected: [] },
    { description: 'counter-example: a running total of another measure', progress: '本月新开工项目6个,累计完成投资3.2亿元。', expected: [] },
  ])('$description', ({ progress, expected }) => {
    expect(setAside(progress)).toEqual(expected);
  });

  it.each([
    { description: 'a year of toilets answered by the running total, not the month', task: '全年新建改建公厕120座', progress: '本月新建公厕12座,累计新建公厕95座。', reported: 95 },
    { description: 'a year of road answered by the total of a table', task: '新建农村公路200公里', progress: '当月完成长度(公里) 18 | 累计完成长度(公里) 126', reported: 126 },
    { description: 'a year of households answered by the total said first', task: '完成农村危房改造1500户', progress: '累计完成危房改造1180户,其中本季度完成420户。', reported: 1180 },
  ])('$description', ({ task, progress, reported }) => {
    const [judged] = analyzeTargets(reportOf([{ task, progress }])).targets;
    expect(judged?.reported?.value).toBe(reported);
  });
});
