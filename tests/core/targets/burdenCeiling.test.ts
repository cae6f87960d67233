/**
 * A level of a burden (unemployment, prices' rise, a deficit, energy per unit) stated without a comparator is a ceiling;
 * phrasings written for this test, with the counter-examples that stay floors or changes.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('the level of a burden in a task', () => {
  const opsOf = (text: string): string[] => extractTargets(text, { year: 2021 }).map((statement) => `${statement.value} ${statement.op}`);

  it.each([
    { description: 'an unemployment rate with 左右 is a ceiling', text: '城镇调查失业率4.8%左右', expected: ['4.8 <='] },
    { description: 'a rise of prices is a ceiling', text: '居民消费价格涨幅2.5%左右', expected: ['2.5 <='] },
    { description: 'a deficit ratio is a ceiling', text: '财政赤字率控制目标2.8%', expected: ['2.8 <='] },
    { description: 'a comparator of its own is kept', text: '城镇登记失业率不低于3%', expected: ['3 >='] },
    { description: 'a fall of energy use per unit is a change to reach, not a level', text: '单位GDP能耗下降3%', expected: ['3 >='] },
    { description: 'a rate to raise stays a floor', text: '高校毕业生就业率95%', expected: ['95 >='] },
  ])('$description', ({ text, expected }) => {
    expect(opsOf(text)).toEqual(expected);
  });
});

describe('a task that is a figure alone, quoted by the progress as its target', () => {
  const targetsOf = (row: RowSpec): string[] =>
    analyzeTargets(reportOf([row], 2021, '三季度')).targets.map((target) => `${target.value} ${target.op} ${target.verdict}`);

  it('is a ceiling when the quoting words name a burden, answered by the burden’s level', () => {
    expect(targetsOf({ task: '4.8%左右', progress: '全市城镇调查失业率平均为4.2%，低于“4.8%左右”的预期目标。' })).toEqual(['4.8 <= met']);
  });

  it('stays a floor when the quoting words name a rate to raise', () => {
    const [target] = analyzeTargets(reportOf([{ task: '95%左右', progress: '全市高校毕业生就业率为96%，高于“95%左右”的预期目标。' }], 2021, '三季度')).targets;
    expect(target?.op).toBe('>=');
  });
});
