/**
 * A rate reckoned per a round base writes the base after a slash (`6.5次/10万公顷`, `0.8人/10万人`): the base is part of the
 * rate's unit, not a figure of its own. A performance table of 云南 2020 and counter-examples written for this test, where the
 * slash divides a fraction or two columns' figures. A table's two columns whose second figure is itself a round base
 * (`12所/10所`) read as a rate: no report in the corpus writes them so.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { extractTargets } from '../../../src/core/targets';

describe('the base of a rate after a slash is part of its unit', () => {
  it.each([
    { description: 'fires per 10万公顷 of forest', input: '生态效益指标:年森林火灾发生率需控制在6.5次/10万公顷,', expected: [[6.5, '次']] },
    { description: 'deaths per 10万人', input: '孕产妇死亡率控制在8人/10万人以内', expected: [[8, '人']] },
    { description: 'accidents per 100公里, the slash set off by spaces', input: '事故率0.5起 / 100公里', expected: [[0.5, '起']] },
    { description: 'a fraction is no rate', input: '完成全年任务的1/3', expected: [] },
    { description: 'two columns of counts stay two figures', input: '计划12所/完成15所', expected: [[12, '所'], [15, '所']] },
    { description: 'two percents after a slash stay two figures', input: '增长10%/20%', expected: [[10, '%'], [20, '%']] },
    { description: 'a count after a slash that is no round base stays', input: '12所/15所', expected: [[12, '所'], [15, '所']] },
  ])('$description', ({ input, expected }) => {
    expect(parseQuantities(input).quantities.map((quantity) => [quantity.value, quantity.unit])).toEqual(expected);
  });

  it('lists the base as a number deliberately not taken', () => {
    expect(parseQuantities('控制在6.5次/10万公顷').ignored.map((ignored) => [ignored.reason, ignored.text])).toEqual([['denominator', '10万公顷']]);
  });

  it('leaves the rate the one target of its cell', () => {
    expect(extractTargets('年森林火灾发生率需控制在6.5次/10万公顷,', { year: 2020 }).map((target) => [target.value, target.op])).toEqual([[6.5, '<=']]);
  });
});
