/**
 * An arranged sum split by when its money was given (`其中上年结转…,今年下达…`) says where the plan comes from, as a split by
 * payers does: the parts are no aims, the sum is the plan measured. The 达 of a verb that hands money down (`下达`, `转达`) is
 * no comparator `达`. Sentences written for this test in the style of water-works and housing releases; the counter-examples
 * name a part by a work done this year, or reach a sum with 达.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isPartOfFundingSplit } from '../../../src/core/targets/_lib/fundingSplit';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a sum split by when it was allotted', () => {
  it.each([
    { description: 'carried over and handed down this year', text: '已下达投资计划8.4亿元,其中上年结转1.1亿元,今年下达7.3亿元', part: '7.3亿元', expected: true },
    { description: 'a balance of past years and a new allotment', text: '累计安排资金5600万元,其中往年结余800万元、当年新下达4800万元', part: '4800万元', expected: true },
    { description: 'an addition to the year plan', text: '年度计划投资12亿元,其中追加2亿元', part: '2亿元', expected: true },
    { description: 'a carry-over named first', text: '安排投资计划3.2亿元,其中结转0.6亿元', part: '0.6亿元', expected: true },
    { description: 'a part to be done this year stays an aim', text: '总投资9亿元,其中今年完成6亿元', part: '6亿元', expected: false },
    { description: 'a part of a kind of works stays an aim', text: '安排资金4亿元,其中下达农村公路建设2亿元', part: '2亿元', expected: false },
  ])('$description', ({ text, part, expected }) => {
    expect(isPartOfFundingSplit(text, text.lastIndexOf(part))).toBe(expected);
  });

  it.each([
    { description: '下达 hands money down', text: '省级下达3.6亿元', comparator: null },
    { description: '转达 passes it on', text: '转达补助资金120万元', comparator: null },
    { description: '送达 delivers notices', text: '送达整改通知书35份', comparator: null },
    { description: '达 alone reaches a sum', text: '完成投资达3.6亿元', comparator: '>=' },
    { description: '达到 reaches a level', text: '覆盖率达到95%', comparator: '>=' },
  ])('$description', ({ text, comparator }) => {
    expect(parseQuantities(text).quantities[0]?.comparator).toBe(comparator);
  });

  it.each<RowCase>([
    {
      description: 'the arranged sum is the one target, answered by the amount done',
      row: { task: '全县农田水利项目已安排投资计划4.5亿元,其中上年结转0.5亿元,今年下达4亿元。', progress: '累计完成投资3.6亿元,占安排计划的80%。' },
      expected: [{ value: 450000000, reported: { value: 360000000 } }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
