/**
 * Rates too small for a percent are written per mille (`‰`): a level bounded or reached, compared only with another
 * per-mille figure. Sentences of published reports (云南 2020 and 2022 森林航空消防, 子长 2013), and counter-examples
 * written in the same style.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { parseQuantities } from '../../../src/core/numbers';
import { reportOf } from './reportFixtures';

describe('per-mille rates', () => {
  it.each([
    { description: 'a ceiling of a per-mille rate', input: '森林火灾受害率需控制在1‰以内,', expected: [{ value: 1, op: '<=' }] },
    { description: 'a population rate held to a per-mille level', input: '人口自然增长率控制在5.4‰,人口出生率控制在10.2‰', expected: [{ value: 5.4, op: '<=' }, { value: 10.2, op: '<=' }] },
    { description: 'a percent beside it stays a percent', input: '出生人口政策符合率达97%', expected: [{ value: 97, op: '>=' }] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2020 }).map(({ value, op }) => ({ value, op }))).toEqual(expected);
  });

  it('reads the per-mille sign as its own unit, a level', () => {
    const [quantity] = parseQuantities('受害率为0.0046‰').quantities;
    expect(quantity).toMatchObject({ value: 0.0046, unit: '‰', unitClass: 'points' });
  });

  it('judges a per-mille ceiling against the per-mille actual, not the percent beside it', () => {
    const { targets } = analyzeTargets(reportOf([{
      task: '森林火灾受害率需控制在1‰以内,',
      progress: '实际森林火灾受害率为0.038‰,森林火灾当日扑灭率达95%。',
    }], 2020, '全年'));
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({ op: '<=', value: 1, reported: { value: 0.038 }, verdict: 'met' });
  });

  it('finds the ceiling exceeded by a larger per-mille actual', () => {
    const { targets } = analyzeTargets(reportOf([{
      task: '森林火灾受害率需控制在1‰以内,',
      progress: '全年森林火灾受害率为1.6‰。',
    }], 2020, '全年'));
    expect(targets[0]).toMatchObject({ reported: { value: 1.6 }, verdict: 'unmet' });
  });
});
