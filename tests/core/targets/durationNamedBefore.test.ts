/**
 * A report states the length of time its table bounds (`运行时长≥500小时`) without the sign (`实际运行时长486小时`): a number
 * right after the name of a length of time (时长, 时数, 天数) is that length measured, as the sign makes it. Elsewhere hours
 * and days stay periods (`24小时值守`, `3天内办结`). Sentences are written in the style of 绩效自评表.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const readings: readonly { description: string; input: string; expected: readonly { value: number; unit: string }[] }[] = [
  { description: 'hours right after 时长 are a count of hours', input: '实际运行时长486小时。', expected: [{ value: 486, unit: '小时' }] },
  { description: 'hours after 时长为 are a count of hours', input: '全年志愿服务时长为1200小时', expected: [{ value: 1200, unit: '小时' }] },
  { description: 'days after 天数达到 are a count of days', input: '场馆开放天数达到310天', expected: [{ value: 310, unit: '天' }] },
  { description: 'minutes after 时长 are a count of minutes', input: '平均等候时长12分钟', expected: [{ value: 12, unit: '分钟' }] },
  { description: 'hours after another word stay a period (counter-example)', input: '实行24小时值守', expected: [] },
  { description: 'days of a time limit stay a period (counter-example)', input: '办理时限3天内办结', expected: [] },
];

describe('a length of time named before its number', () => {
  it.each(readings)('$description', ({ input, expected }) => {
    expect(parseQuantities(input).quantities.map((quantity) => ({ value: quantity.value, unit: quantity.unit }))).toEqual(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'hours run, named by their 时长 without a sign, answer the bound of hours: short of it at the year\'s end',
    row: { task: '设备运行时长≥500小时', progress: '实际运行时长486小时。' },
    period: '全年',
    expected: [{ value: 500, verdict: 'unmet', reported: { value: 486 } }],
  },
  {
    description: 'days open, named by their 天数, answer the bound of days',
    row: { task: '图书馆开放天数≥300天', progress: '全年开放天数达到310天。' },
    period: '全年',
    expected: [{ value: 300, verdict: 'met', reported: { value: 310 } }],
  },
];

describe('a length of time reported without its sign', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
