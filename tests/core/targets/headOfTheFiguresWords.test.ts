/**
 * A milestone often names only the head of what its task and the progress qualify (`标准不低于3480元/年` under `提高城乡低保标准`,
 * against `农村低保标准为3600元/年`): its words are the head of the figure's, the same thing, as a figure that leaves the target's
 * qualifiers out (`达标小区`) names the target's head. A generic head (`项目`, `计划`) names no one thing.
 */
import { analyzeTargets, extractTargets, matchReportedFigure, readReportedFigures } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

describe('the target\'s words as the head of the figure\'s', () => {
  it('ties a milestone of a standard to the standard the progress qualifies', () => {
    const report = reportOf([{ task: '提高城乡低保标准和救助水平', milestone: '标准不低于3480元/年,人均救助水平不低于185元/月', progress: '100% 2019年1至7月农村低保标准为3600元/年;人均救助水平211.25元/月。' }], 2019, '1-7月', '2019年7月25日');
    expect(analyzeTargets(report).targets.map((target) => [target.value, target.reported?.value ?? null, target.verdict])).toEqual([[3480, 3600, 'met'], [185, 211.25, 'met']]);
  });

  it.each([
    { description: 'a head that names one thing', target: '标准不低于3480元', figure: '农村低保标准为3600元', confidence: 0.5 },
    { description: 'counter-example: a generic head names no one thing', target: '项目不少于10个', figure: '新开工亿元及以上产业项目8个', confidence: 0 },
  ])('$description', ({ target, figure, confidence }) => {
    const [statement] = extractTargets(target, { year: 2019 });
    if (statement === undefined) throw new Error(`No target in ${target}`);
    // Two targets of the kind, so no tie by place lifts the words' own weight.
    const outcome = matchReportedFigure(statement, readReportedFigures(figure, 2019), 'bigrams', { index: 1, count: 2 });
    expect(outcome.best?.confidence ?? 0).toBeCloseTo(confidence, 2);
  });
});
