/**
 * A whole stated first and then split in two, each part written among other figures of its word (the parts' own sizes), is
 * the sum of two targets after it; the whole's figure answers the whole and never a part: a part tied to the very amount its
 * whole is tied to, an amount that does not name the part, has no figure of its own. The whole said done (a share of 100%)
 * still covers its parts. Examples are written in the style of provincial notices of key projects; each is a 三季度 sheet.
 */
import { wholesOfParts } from '../../../src/core/targets/_lib/wholesAndParts';
import { parseQuantities } from '../../../src/core/numbers/parseQuantities';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('wholesOfParts: a whole and two parts after it among other figures of its word', () => {
  it('finds the whole of two later parts where the sizes of the parts stand between them', () => {
    const quantities = parseQuantities('计划完成投资500亿元,其中,新建项目投资900亿元,计划完成投资300亿元;续建项目投资700亿元,计划完成投资200亿元。');
    const wholes = wholesOfParts(quantities.quantities);
    expect([...wholes].map(([whole, parts]) => [whole.text, parts.map((part) => part.text)])).toEqual([['500亿元', ['300亿元', '200亿元']]]);
  });

  it('counter-example: figures of one word none of which is the sum of two after it make no whole', () => {
    expect(wholesOfParts(parseQuantities('新建公园3个,改造公园5个,提升公园4个,新增绿道9个。').quantities).size).toBe(0);
  });
});

const cases: RowCase[] = [
  {
    description: 'the parts of a year\'s investment plan, tied only to the whole\'s amount, have no figure',
    row: {
      task: '全省计划实施重点项目300个,计划完成投资500亿元。其中,新建项目180个,投资900亿元,计划完成投资300亿元;续建项目120个,投资700亿元,计划完成投资200亿元。',
      progress: '截至9月底,重点项目累计完成投资390亿元。',
    },
    expected: [
      // 投资900亿元 and 投资700亿元, after the counts of projects and before the year's plan, are the projects' whole investment.
      { value: 50000000000, verdict: 'on-track', reported: { value: 39000000000 } },
      { value: 30000000000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.noFigureOfThePart' } },
      { value: 20000000000, verdict: 'no-figure', reported: null, reason: { key: 'target.why.noFigureOfThePart' } },
    ],
    notes: 'each part’s 投资900亿元 / 投资700亿元 is the size of its projects, no aim, as the whole’s own 总投资 is',
  },
];

describe('a part tied to the amount its whole is tied to', () => {
  it.each(cases)('$description', (rowCase) => expectTargetsOfRow(rowCase));

  it('counter-example: the whole said done covers its parts', () => {
    expectTargetsOfRow({
      description: 'all done',
      row: {
        task: '完成河道清淤13万方,其中城区3万方,农村10万方。',
        progress: '已全部完成。',
      },
      expected: [
        { value: 130000, verdict: 'met' },
        { value: 30000, verdict: 'met' },
        { value: 100000, verdict: 'met' },
      ],
    });
  });
});
