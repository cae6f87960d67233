/**
 * How far an amount moved since an earlier date or year (`比上年同期增加54个`, `与8月底相比,增加开工量118万套`) is the difference
 * of two amounts, not an amount reached: it never answers a count, sum or amount to reach, which the amount itself answers.
 */
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

function differences(progress: string): string[] {
  return readReportedFigures(progress, 2021).filter((figure) => figure.differenceFromEarlier === true).map((figure) => figure.quantity.text);
}

describe('a difference from an earlier date or year', () => {
  it.each([
    { description: 'more projects than the same months of last year', progress: '1月至4月,全市新入库项目228个,比上年同期增加54个,其中5000万元以上180个。', expected: ['54个'], notes: '赣州 2020' },
    { description: 'more works started than at the end of the month before', progress: '全国城镇保障性住房和棚户区改造住房已开工986万套,开工率达98%。与8月底相比,增加开工量118万套。', expected: ['118万套'], notes: '全国 2011' },
    { description: 'more said with 多', progress: '新开工项目204个,比去年同期多80个,其中市重点项目开工96个;竣工项目25个,比去年同期多9个。', expected: ['80个', '9个'], notes: '鹤壁 2010' },
    { description: 'more money invested than last year', progress: '累计完成投资1431.11亿元,较去年同期增长373亿元,增幅35.3%。', expected: ['373亿元'], notes: '甘肃 2020' },
    { description: 'more jobs than last year', progress: '2021年,中国城镇新增就业1269万人,比上年增加83万人,完成全年目标任务的115%。', expected: ['83万人'], notes: '全国 2021' },
    { description: 'counter-example: a growth rate against last year is a rate of its own', progress: '完成投资43.7亿元,同比增长12.5%。', expected: [] },
    { description: 'counter-example: more than the plan is no earlier amount', progress: '已完成改造320户,比计划多完成20户。', expected: [] },
    { description: 'counter-example: an amount added this year, with no earlier amount named', progress: '今年新增停车泊位1200个,累计建成5600个。', expected: [] },
  ])('$description', ({ progress, expected }) => {
    expect(differences(progress)).toEqual(expected);
  });

  it.each([
    {
      description: 'a count of works started is answered by the works started, not by how many more than a month before',
      task: '十二五期间政府将建设3600万套保障房。年内制定的1000万套保障性安居工程必须在11月末以前全面开工。',
      progress: '截至9月底,全国城镇保障性住房和棚户区改造住房已开工986万套,开工率达98%。与8月底相比,增加开工量118万套。',
      target: 10000000,
      reported: 9860000,
    },
    {
      description: 'a count of new projects is answered by the projects, not by how many more than last year',
      task: '全年新开工项目200个。',
      progress: '新开工项目131个,比上年同期增加48个。',
      target: 200,
      reported: 131,
    },
  ])('$description', ({ task, progress, target, reported }) => {
    const judged = analyzeTargets(reportOf([{ task, progress }])).targets.find((found) => found.value === target);
    expect(judged?.reported?.value).toBe(reported);
  });
});
