/**
 * A part (`其中…`) is of its whole's kind: money of money, households of households. A figure later in the part's sentence
 * whose kind none of the amounts before the opener has (`投入资金95.43亿元,其中…补助资金45.09亿元,累计搬迁安置54.17万人`) is no
 * share of that whole but a result of its own; figures of the whole's kind, and parts whose whole the sentence does not
 * state, stay parts.
 */
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

function roleOf(progress: string, figureText: string): string | undefined {
  const at = progress.indexOf(figureText);
  return readReportedFigures(progress, 2016).find((figure) => figure.quantity.span.start <= at && figure.quantity.span.end > at)?.role;
}

describe('a part is of its whole\'s kind', () => {
  it.each([
    {
      description: 'people after a part of the money spent are the people moved',
      progress: '截至2015年底,全市累计投入资金95.43亿元,其中市以上专项补助资金45.09亿元,累计搬迁安置54.17万人,其中贫困人口24.8万人。',
      figure: '54.17万人',
      role: 'actual',
    },
    {
      description: 'the money after a part of the houses is the investment of all the works',
      progress: '新开工棚户区(危旧房)改造安置住房3872套,基本建成3362套,其中通过“安置房超市”货币化安置2500套,完成投资14.1亿元。',
      figure: '14.1亿元',
      role: 'actual',
    },
    {
      description: 'the money after the households at each stage is the investment',
      progress: '今年计划安排5.3万户,实际安排了5.3万户,其中已完工13552户,在建24097户,建设投资额达10.56亿元。',
      figure: '10.56亿元',
      role: 'actual',
    },
    {
      description: 'counter-example: a part of the people moved, after them, stays a part',
      progress: '截至2015年底,全市累计投入资金95.43亿元,其中市以上专项补助资金45.09亿元,累计搬迁安置54.17万人,其中贫困人口24.8万人。',
      figure: '24.8万人',
      role: 'part',
    },
    {
      description: 'counter-example: the money of a group of the projects, after the money of all, stays a part',
      progress: '1-6月累计完成投资23.5亿元,其中:16项工程类项目全部开工,完成投资10.22亿元。',
      figure: '10.22亿元',
      role: 'part',
    },
    {
      description: 'counter-example: people beside households of a part are of the households\' kind, a part like them',
      progress: '目前已动工2.65万户9.95万人,其中贫困户1.42万户5.26万人。',
      figure: '5.26万人',
      role: 'part',
    },
    {
      description: 'people beside households said finished are counted like the households, at their stage',
      progress: '目前已动工2.65万户9.95万人,其中已竣工1.42万户5.26万人。',
      figure: '5.26万人',
      role: 'actual',
    },
    {
      description: 'counter-example: a sentence that opens with the part states no whole to compare with',
      progress: '完成了高标准农田示范项目工程。其中高标准农田改造1.1万亩,整修小(二)型水库4座。',
      figure: '4座',
      role: 'part',
    },
  ])('$description', ({ progress, figure, role }) => {
    expect(roleOf(progress, figure)).toBe(role);
  });

  it('a target of people moved is answered by the people moved, not left unclear as a part of the money', () => {
    const report = reportOf([{ task: '2013年,我市开始实施50万人高山生态扶贫搬迁计划,', progress: '截至2015年底,全市累计投入资金95.43亿元,其中市以上专项补助资金45.09亿元,累计搬迁安置54.17万人,其中贫困人口24.8万人。' }]);
    const target = analyzeTargets(report).targets.find((found) => found.value === 500000);
    expect(target?.reported?.value).toBe(541700);
    expect(target?.verdict).toBe('met');
  });
});
