/**
 * A percent said as what the amount right before it makes of a whole (`流转面积138万亩,占耕地面积的63%`) is the rate of that
 * amount, and measures what the amount's words name: a rate to reach in those words (`土地流转率达60%`) is answered by it.
 * Examples written in the style of county progress notices; each is a 三季度 sheet of one row.
 */
import { readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow } from './reportFixtures';

describe('the rate of an amount, said with 占 right after it', () => {
  it('carries the amount\'s words', () => {
    const figures = readReportedFigures('全县森林面积182万亩,占国土面积的46.2%。', 2021);
    expect(figures.map((figure) => [figure.quantity.text, figure.context.otherIndicator])).toEqual([['182万亩', ''], ['46.2%', '全县森林面积']]);
  });

  it('counter-example: a rate of a part named after the amount keeps its own words', () => {
    const figures = readReportedFigures('全县森林面积182万亩,其中公益林占国土面积的20%。', 2021);
    expect(figures.find((figure) => figure.quantity.text === '20%')?.context.otherIndicator).not.toBe('全县森林面积');
  });

  it('answers a rate to reach in the amount\'s words', () => {
    expectTargetsOfRow({
      description: 'a coverage rate',
      row: { task: '全县森林覆盖率达到45%。', progress: '全县森林面积182万亩,占国土面积的46.2%。' },
      expected: [{ value: 45, verdict: 'met', reported: { value: 46.2 } }],
    });
  });
});
