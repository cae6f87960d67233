/**
 * `68个重点项目动工51个`: a count, its words and a verb, then a smaller count in the same word: the first is the whole the second
 * is counted out of, the list restated, and the second is the result. `一批` (`一批新项目顺利开工建设`) says "a number of" and
 * counts nothing. Sentences written for this test in the style of city and prefecture releases on key projects.
 */
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a whole restated before the count out of it', () => {
  it.each<RowCase>([
    {
      description: 'the key projects restated before their starts are no result: the starts answer the list',
      row: { task: '2021年,全州实施重点项目68个,总投资1200亿元,年度计划投资150亿元。', progress: '1-9月,68个重点项目动工51个,完成投资118亿元,完成年度计划的78.7%。' },
      expected: [{ value: 68, reported: { value: 51 }, verdict: 'on-track' }, { value: 15000000000, reported: { value: 11800000000 } }],
    },
    {
      description: 'a batch of projects started is no count of them',
      row: { task: '全市72个计划新开工重点项目中,', progress: '有70个项目开工建设,项目开工率97.2%。东区、南区等一批新项目顺利开工建设。' },
      expected: [{ value: 72, reported: { value: 70 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });

  it('reads the whole as restated and the count after it as the result', () => {
    const figures = readReportedFigures('截至目前,全区45个民生项目开复工38个,开复工率84.4%。', 2021);
    expect(figures.map((figure) => [figure.quantity.value, figure.role])).toEqual([[45, 'plan'], [38, 'actual'], [84.4, 'share']]);
  });

  it('leaves two counts in different words, or with a mark between, as they are', () => {
    const figures = readReportedFigures('已完成10个村、1229户;新建12所,改造8所。', 2021);
    expect(figures.map((figure) => figure.role)).toEqual(['actual', 'actual', 'actual', 'actual']);
  });
});
