import { judgeTarget, paceAt, type JudgeTargetInput } from '../../../src/core/targets';
import { elapsedShareAt } from '../../../src/core/targets/_lib/targetDates';

const sep30 = { year: 2021, month: 9, day: 30 };
const jun30 = { year: 2021, month: 6, day: 30 };
const dec31 = { year: 2021, month: 12, day: 31 };
const annual: Omit<JudgeTargetInput, 'op' | 'value' | 'reported'> = { upper: null, deadline: dec31, asOf: sep30, periodBound: false };

describe('judgeTarget', () => {
  it.each([
    { description: 'a figure at the target is met', input: { ...annual, op: '>=', value: 5, reported: 5 }, expected: { verdict: 'met', pace: null } },
    { description: 'a figure above the target is met', input: { ...annual, op: '>=', value: 5, reported: 7 }, expected: { verdict: 'met', pace: null } },
    { description: 'a figure at the pace before the deadline is on track', input: { ...annual, op: '>=', value: 100, reported: 75 }, expected: { verdict: 'on-track', pace: 0.75 } },
    { description: 'a figure below the pace before the deadline is behind', input: { ...annual, op: '>=', value: 100, reported: 74 }, expected: { verdict: 'behind', pace: 0.75 } },
    { description: 'a figure below the target at the deadline is unmet', input: { ...annual, op: '>=', value: 100, reported: 99, asOf: dec31 }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a period-bound target short of its figure is unmet before the deadline', input: { ...annual, op: '>=', value: 5, reported: 4, periodBound: true }, expected: { verdict: 'unmet', pace: null } },
    { description: 'without dates a short figure is unmet', input: { ...annual, op: '>=', value: 5, reported: 4, deadline: null, asOf: null }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a ceiling kept is met', input: { ...annual, op: '<=', value: 5, reported: 5 }, expected: { verdict: 'met', pace: null } },
    { description: 'a ceiling passed before the deadline is unmet, not behind', input: { ...annual, op: '<=', value: 5, reported: 6 }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a figure inside a range is met', input: { ...annual, op: 'range', value: 80, upper: 200, reported: 120 }, expected: { verdict: 'met', pace: null } },
    { description: 'a figure over a range is unmet', input: { ...annual, op: 'range', value: 80, upper: 200, reported: 210 }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a figure under a range before the deadline follows the pace', input: { ...annual, op: 'range', value: 80, upper: 200, reported: 60 }, expected: { verdict: 'on-track', pace: 0.75 } },
    { description: 'an exact figure reached is met', input: { ...annual, op: '=', value: 79, reported: 79 }, expected: { verdict: 'met', pace: null } },
    { description: 'an exact figure passed is unmet', input: { ...annual, op: '=', value: 79, reported: 80 }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a short figure on the eve of the deadline (its pace rounds to the whole) is unmet', input: { ...annual, op: '>=', value: 100, reported: 97, asOf: { year: 2021, month: 12, day: 30 } }, expected: { verdict: 'unmet', pace: null } },
    { description: 'a short figure ten days before the deadline is still paced', input: { ...annual, op: '>=', value: 100, reported: 98, asOf: { year: 2021, month: 12, day: 21 } }, expected: { verdict: 'on-track', pace: 0.97 } },
    { description: 'a first-half deadline passed is unmet', input: { ...annual, op: '>=', value: 10, reported: 8, deadline: jun30 }, expected: { verdict: 'unmet', pace: null } },
  ] as const)('$description', ({ input, expected }) => {
    expect(judgeTarget(input)).toEqual(expected);
  });

  // The pace a figure is held to is the elapsed share itself; the two-decimal pace is only what is shown.
  const mar25 = { year: 2013, month: 3, day: 25 };
  const nov22 = { year: 2009, month: 11, day: 22 };
  it.each([
    {
      description: '新增基本建成住房4601套 of 基本建成住房2万套 as of 3月25日 (23.005% against 84/365 = 23.01%) is behind',
      input: { op: '>=', value: 20000, upper: null, reported: 4601, deadline: { year: 2013, month: 12, day: 31 }, asOf: mar25, periodBound: false },
      expected: { verdict: 'behind', pace: 0.23 },
    },
    {
      description: '4610套 of the same 2万套 as of 3月25日 (23.05%) is on track',
      input: { op: '>=', value: 20000, upper: null, reported: 4610, deadline: { year: 2013, month: 12, day: 31 }, asOf: mar25, periodBound: false },
      expected: { verdict: 'on-track', pace: 0.23 },
    },
    {
      description: '累计完成投资13.9亿元 of 投资共15.6亿元 as of 11月22日 (89.1% against 326/365 = 89.3%) is behind',
      input: { op: '>=', value: 1_560_000_000, upper: null, reported: 1_390_000_000, deadline: { year: 2009, month: 12, day: 31 }, asOf: nov22, periodBound: false },
      expected: { verdict: 'behind', pace: 0.89 },
    },
    {
      description: '新开工改造城镇老旧小区2.26万个 of 5.4万个 in 1—5月 of a leap year (41.9% against 5/12 = 41.7%) is on track',
      input: { op: '>=', value: 54000, upper: null, reported: 22600, deadline: { year: 2024, month: 12, day: 31 }, asOf: { year: 2024, month: 5, day: 31 }, periodBound: false },
      expected: { verdict: 'on-track', pace: 0.42 },
    },
    {
      description: '一季度完成投资10.5亿元 of 年度投资计划42.5亿元 (24.7% against the quarter\'s 25%, not 90/365 = 24.7%) is behind',
      input: { op: '>=', value: 4_250_000_000, upper: null, reported: 1_050_000_000, deadline: { year: 2019, month: 12, day: 31 }, asOf: { year: 2019, month: 3, day: 31 }, periodBound: false },
      expected: { verdict: 'behind', pace: 0.25 },
    },
  ] as const)('$description', ({ input, expected }) => {
    expect(judgeTarget(input)).toEqual(expected);
  });
});

describe('elapsedShareAt', () => {
  it.each([
    { description: 'a day inside a month counts the days, the as-of day among them (3月25日: 84 of 365)', asOf: { year: 2013, month: 3, day: 25 }, deadline: { year: 2013, month: 12, day: 31 }, expected: 84 / 365 },
    { description: 'a month\'s end counts whole months (6月30日: 时间过半, not 181/365)', asOf: { year: 2013, month: 6, day: 30 }, deadline: { year: 2013, month: 12, day: 31 }, expected: 0.5 },
    { description: 'a month\'s end before a deadline inside the year counts months to it (5月底 of 8月底: 5 of 8)', asOf: { year: 2017, month: 5, day: 31 }, deadline: { year: 2017, month: 8, day: 31 }, expected: 5 / 8 },
    { description: 'a deadline inside a month is paced by days even from a month\'s end', asOf: { year: 2017, month: 5, day: 31 }, deadline: { year: 2017, month: 8, day: 15 }, expected: 151 / 227 },
  ])('$description', ({ asOf, deadline, expected }) => {
    expect(elapsedShareAt(asOf, deadline)).toBeCloseTo(expected, 10);
  });

  it('counts the months of a window of years from its first month', () => {
    expect(elapsedShareAt({ year: 2020, month: 3, day: 31 }, { year: 2021, month: 12, day: 31 }, undefined, { year: 2019, month: 1, day: 1 })).toBeCloseTo(15 / 36, 10);
  });
});

describe('paceAt', () => {
  it.each([
    { description: 'an annual target as of 三季度 is at 0.75', asOf: sep30, deadline: dec31, yearStart: undefined, expected: 0.75 },
    { description: 'an annual target as of 上半年 is at 0.5', asOf: jun30, deadline: dec31, yearStart: undefined, expected: 0.5 },
    { description: 'a date after the deadline is at 1', asOf: dec31, deadline: sep30, yearStart: undefined, expected: 1 },
    { description: 'a year from 7月1日 is half gone at 9月30日 of a 12月31日 deadline', asOf: sep30, deadline: dec31, yearStart: { month: 7, day: 1 }, expected: 0.5 },
    { description: 'a year from 7月1日 before a 6月30日 deadline started the year before', asOf: { year: 2021, month: 3, day: 31 }, deadline: jun30, yearStart: { month: 7, day: 1 }, expected: 0.75 },
  ])('$description', ({ asOf, deadline, yearStart, expected }) => {
    expect(paceAt(asOf, deadline, yearStart)).toBe(expected);
  });

  it('paces a target of a window of years from the start of its first year', () => {
    const windowStart = { year: 2019, month: 1, day: 1 };
    expect(paceAt({ year: 2020, month: 6, day: 30 }, { year: 2021, month: 12, day: 31 }, undefined, windowStart)).toBe(0.5);
    expect(paceAt({ year: 2020, month: 6, day: 30 }, { year: 2020, month: 12, day: 31 }, undefined, null)).toBe(0.5);
  });
});
