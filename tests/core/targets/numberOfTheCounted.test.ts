/**
 * `数` after a counting word (`发放户数`, `改造户数`) is the number of what that word counts: it names no thing of its own, so an
 * indicator written with it and one written without it are alike. Phrases written for this test.
 */
import { indicatorSimilarity, indicatorWords } from '../../../src/core/targets/_lib/indicatorSimilarity';

describe('the number of what is counted', () => {
  it('leaves 数 out of the words an indicator is compared by', () => {
    expect([...indicatorWords('困难家庭救助发放户数', 'segmenter')]).not.toContain('数');
  });

  it.each([
    { description: 'households given a subsidy, with and without 数', left: '补贴发放户', right: '全市租房补贴本月发放户数', atLeast: 0.5 },
    { description: 'households rebuilt, with and without 数', left: '危房改造户', right: '农村危房改造户数', atLeast: 0.8 },
  ])('$description', ({ left, right, atLeast }) => {
    expect(indicatorSimilarity(left, right, 'segmenter')).toBeGreaterThanOrEqual(atLeast);
  });

  it('keeps words that only share 数 apart (counter-example)', () => {
    expect(indicatorSimilarity('发放户数', '参保人数', 'segmenter')).toBeLessThan(0.5);
  });
});
