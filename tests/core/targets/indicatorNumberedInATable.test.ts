/**
 * A performance table numbers its indicators right after the word 指标 and runs the indicator's name on (`指标1项目完成及时率`,
 * `指标3工程验收合格率`): the number is the indicator's place, not a count of 项 or of anything else; the figure to reach is
 * in the indicator's value column. A count of indicators closed by its measure word (`完成考核指标3项,`) stays a count.
 * Rows written for this test in the style of 绩效自评表.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('an indicator numbered after 指标', () => {
  it.each([
    { description: 'a name beginning with 项目', text: '指标1项目完成及时率', expected: [] },
    { description: 'a name beginning with 工程', text: '指标3工程验收合格率', expected: [] },
    { description: 'a two-digit number before a name in 个', text: '指标12个人缴费到账率', expected: [] },
    { description: 'a count of indicators closed by its measure word', text: '完成考核指标3项,', expected: [3] },
    { description: 'a count after a space is not the number of the word before', text: '年度指标 5项', expected: [5] },
  ])('$description', ({ text, expected }) => {
    expect(parseQuantities(text).quantities.map((quantity) => quantity.value)).toEqual(expected);
  });

  it.each<RowCase>([
    {
      description: 'the indicator\'s rate in the value column is the target, its number is not',
      row: { task: '指标2项目验收合格率', milestone: '100%', progress: '100%' },
      period: '全年',
      expected: [{ value: 100, unit: '%' }],
    },
    {
      description: 'a numbered count of works keeps the column\'s count',
      row: { task: '指标1新建村级服务站', milestone: '≥15个', progress: '17个' },
      period: '全年',
      expected: [{ value: 15, reported: { value: 17 } }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
