/**
 * A part of the row's whole named only by its place (`其中东山县3.2万人、西河县1.1万人`) is measured by the figure whose words open
 * with that place's name (`东山县新增…3.35万人`): the progress splits its result as the plan does. Written in the style of a
 * city's 民生实事 notice; each is a 全年 sheet of one row.
 */
import { expectTargetsOfRow } from './reportFixtures';

describe('a part named by its place', () => {
  it('takes the figure said of that place', () => {
    expectTargetsOfRow({
      description: 'two counties',
      period: '全年',
      row: {
        task: '新增农村通自来水人口4.3万人(其中东山县3.2万人、西河县1.1万人)。',
        progress: '截至年底,东山县新增农村通自来水人口3.35万人,西河县新增农村通自来水人口1.1万人,共计新增农村通自来水人口4.45万人。',
      },
      expected: [
        { value: 43000, verdict: 'met', reported: { value: 44500 } },
        { value: 32000, verdict: 'met', reported: { value: 33500 } },
        { value: 11000, verdict: 'met', reported: { value: 11000 } },
      ],
    });
  });

  it('counter-example: a part whose place no figure names has no figure', () => {
    expectTargetsOfRow({
      description: 'one county not reported',
      period: '全年',
      row: {
        task: '新增农村通自来水人口4.3万人(其中东山县3.2万人、西河县1.1万人)。',
        progress: '截至年底,东山县新增农村通自来水人口3.35万人。',
      },
      expected: [{ value: 43000 }, { value: 32000 }, { value: 11000, reported: null }],
    });
  });
});
