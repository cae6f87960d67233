/**
 * `蓝天` names the days of good air a year counts, as `优良天数` does: a number of days right after it (`蓝天目标是300天`,
 * `全年蓝天达到320天`) is a count that accumulates over the year, and the progress's `优良天数` answers it. Days after other words
 * stay periods. Phrasings written for this test.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const readings: readonly { description: string; input: string; expected: readonly { value: number; unit: string }[] }[] = [
  { description: 'days after 蓝天目标是', input: '今年的蓝天目标是310天。', expected: [{ value: 310, unit: '天' }] },
  { description: 'days right after 蓝天', input: '全年实现蓝天290天以上', expected: [{ value: 290, unit: '天' }] },
  { description: 'days after 蓝天天数达到', input: '力争蓝天天数达到320天', expected: [{ value: 320, unit: '天' }] },
  { description: 'days after 蓝天 with 确保', input: '城区蓝天确保300天', expected: [{ value: 300, unit: '天' }] },
  { description: 'counter-example: a run of days before the words of blue sky stays a period', input: '连续15天蓝天白云', expected: [] },
  { description: 'counter-example: days of a campaign stay a period', input: '开展蓝天行动30天', expected: [] },
];

describe('days of good air named before their number', () => {
  it.each(readings)('$description', ({ input, expected }) => {
    expect(parseQuantities(input).quantities.map((quantity) => ({ value: quantity.value, unit: quantity.unit }))).toEqual(expected);
  });
});

const cases: RowCase[] = [
  {
    description: 'a goal of blue-sky days answered by the days of good air so far, at the pace of the year',
    row: { task: '今年,城区蓝天目标是310天。', progress: '截至9月底,城区空气质量优良天数为240天。' },
    period: '三季度',
    expected: [{ value: 310, unit: '天', reported: { value: 240 }, verdict: 'on-track' }],
  },
  {
    description: 'blue-sky days at the end of the year, short of the goal',
    row: { task: '全年蓝天达到320天以上', progress: '全年空气质量优良天数305天。' },
    period: '全年',
    expected: [{ value: 320, reported: { value: 305 }, verdict: 'unmet' }],
  },
];

describe('a goal of blue-sky days', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
