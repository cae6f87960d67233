/**
 * `我市棚户区改造已启动征收6377户`: the thing a clause of a report is about comes before 已, the verb after it leaves only its
 * object before the figure. The words before 已 are the figure's other words, so the target they name finds it.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';
import { reportOf } from './reportFixtures';

describe('the thing named before 已', () => {
  it.each([
    { description: 'the programme before 已, its verb and object after', input: '截至4月底，我市棚户区改造已启动征收6377户。', expected: ['征收', '棚户区改造'] },
    { description: 'the works before 已 with a verb that is kept: the indicator holds them already', input: '城区雨污分流工程已铺设管网12公里。', expected: ['城区雨污分流工程已铺设管网', ''] },
    { description: 'no words before 已', input: '已开工改造145户。', expected: ['开工改造', ''] },
    { description: 'only a time before 已', input: '目前已完成8个。', expected: ['完成', ''] },
    { description: 'only a place before 已', input: '全市已新建公厕50座，投入使用。', expected: ['公厕', ''] },
  ])('$description', ({ input, expected }) => {
    const [figure] = readReportedFigures(input, 2015);
    expect([figure?.context.indicator, figure?.context.otherIndicator]).toEqual(expected);
  });

  it('the target of the programme takes the figure said of it, not the figure of other works', () => {
    const { targets } = analyzeTargets(reportOf([{
      task: '今年我市计划启动棚户区改造1.5万户。',
      progress: '截至4月底，我市棚户区改造已启动征收6377户，占年计划的42.5%；农村危房改造方面，已开工改造145户，占年计划的4.1%。',
    }], 2015, '1-4月'));
    expect(targets.map((target) => [target.value, target.reported?.value ?? null])).toEqual([[15000, 6377]]);
  });
});
