/**
 * A forecast said with its modal and then spelt out after `即` (namely): the figures of the spelling out, shares among them, are
 * what is expected, not what is done. Sentences written for this test; the counter-examples report a result after 即, or spell out
 * no forecast.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { figureRole } from '../../../src/core/targets/_lib/figureRole';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function roleOf(text: string, figure: string) {
  const quantity = parseQuantities(text).quantities.find((found) => found.text.includes(figure));
  if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
  return figureRole(text, quantity);
}

describe('the role of a figure a forecast spells out after 即', () => {
  it.each([
    { description: 'a rate of completion after 即:', text: '预计年底,全县将超额完成年度任务,即:项目资金完成率达到95%以上。', figure: '95%', expected: 'forecast' },
    { description: 'a count after 即, in a second clause', text: '预计全年,我市可完成改造计划,即,完成改造1200户,新建道路30公里。', figure: '30公里', expected: 'forecast' },
    { description: 'a sum after 即：with a full-width colon', text: '预计到年底能够完成任务,即：完成投资8亿元。', figure: '8亿元', expected: 'forecast' },
    { description: 'counter-example: a result said done before 即', text: '截至9月底已完成年度任务,即:完成率达到100%。', figure: '100%', expected: 'share' },
    { description: 'counter-example: 即 in a sentence that forecasts nothing', text: '项目当月即开工,完成投资5亿元。', figure: '5亿元', expected: 'actual' },
  ])('$description', ({ text, figure, expected }) => {
    expect(roleOf(text, figure)).toBe(expected);
  });
});

describe('rows whose progress spells out a forecast after the result', () => {
  it.each<RowCase>([
    {
      description: 'the money done answers the plan, not the forecast’s completion rate',
      row: { task: '完成农村公路投资计划12亿元。', progress: '已完成投资7亿元。预计年底,我市将超额完成年度任务,即:农村公路投资完成率达到105%以上。' },
      expected: [{ value: 1200000000, reported: { value: 700000000 } }],
    },
    {
      description: 'the houses done answer the plan, not the count the forecast spells out',
      row: { task: '改造农村危房3000户。', progress: '已竣工1800户。预计年内可完成全部任务,即:改造农村危房3000户。' },
      expected: [{ value: 3000, reported: { value: 1800 } }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
