import { judgeTarget, paceAt, type JudgeTargetInput } from '../../../src/core/targets';

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
    { description: 'a short figure ten days before the deadline is still paced', input: { ...annual, op: '>=', value: 100, reported: 97, asOf: { year: 2021, month: 12, day: 21 } }, expected: { verdict: 'on-track', pace: 0.97 } },
    { description: 'a first-half deadline passed is unmet', input: { ...annual, op: '>=', value: 10, reported: 8, deadline: jun30 }, expected: { verdict: 'unmet', pace: null } },
  ] as const)('$description', ({ input, expected }) => {
    expect(judgeTarget(input)).toEqual(expected);
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
