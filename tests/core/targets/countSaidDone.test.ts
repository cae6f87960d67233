/**
 * A count of works said done as a whole (`7所农村中小学校“五改”工程建设项目已全部竣工`) answers the targets it covers: a target
 * of as many, or the row's targets in its counting word that together make the count.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { countSaidDone } from '../../../src/core/targets/_lib/allDone';
import { reportOf, type RowSpec } from './reportFixtures';

describe('a count of works said done as a whole', () => {
  it.each([
    { description: 'schools of a programme, all built', input: '截至2009年8月底,7所农村中小学校 “五改”工程建设项目已全部竣工,并交付使用。', expected: [7, '所'] },
    { description: 'households of a rebuilding programme, all finished', input: '截至去年年底,全县2280户农村危房改造工程全部完工。', expected: [2280, '户'] },
    { description: 'forecast, not done', input: '预计7所学校改造项目10月底前全部竣工。', expected: null },
    { description: 'not all done', input: '7所学校改造项目尚未全部竣工。', expected: null },
    { description: 'a count not named as works', input: '7所学校已全部竣工。', expected: null },
    { description: 'no count', input: '学校改造项目已全部竣工。', expected: null },
  ])('$description', ({ input, expected }) => {
    const counted = countSaidDone(input);
    expect(counted === null ? null : [counted.items, counted.unit]).toEqual(expected);
  });

  const results = (row: RowSpec) => analyzeTargets(reportOf([row], 2009, '1-8月')).targets.map((target) => [target.value, target.verdict]);

  it.each([
    {
      description: 'the row\'s targets in the count\'s word add up to it: each is done',
      row: { task: '今年“五改”工程主要包括6所学校旱厕改造和1所学校学生食堂改扩建。', progress: '截至8月底,7所农村中小学校“五改”工程建设项目已全部竣工,并交付使用。' },
      expected: [[6, 'met'], [1, 'met']],
    },
    {
      description: 'targets that do not add up to the count are not tied by it',
      row: { task: '今年“五改”工程主要包括6所学校旱厕改造和2所学校学生食堂改扩建。', progress: '截至8月底,7所农村中小学校“五改”工程建设项目已全部竣工,并交付使用。' },
      notMet: [6, 2],
    },
    {
      description: 'a target larger than the count is not covered by it',
      row: { task: '三年改造农村危房10642户，今年一期工程实施改造2280户。', progress: '截至年底,全县2280户农村危房改造工程全部完工。' },
      notMet: [10642],
    },
  ])('$description', ({ row, expected, notMet }) => {
    const found = results(row);
    if (expected !== undefined) expect(found).toEqual(expected);
    for (const value of notMet ?? []) expect(found.find(([own]) => own === value)?.[1]).not.toBe('met');
  });
});
