/**
 * Deals a sentence tallies as signed, their count and their sum, are what was agreed, not amounts to reach; a sentence that
 * aims at its signings keeps them targets. Sentences written for this test in the style of 招商 releases.
 */
import { parseQuantities } from '../../../src/core/numbers';
import { isAmountSignedAsTallied } from '../../../src/core/targets/_lib/amountSigned';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('deals tallied as signed', () => {
  it.each([
    { description: 'a count and a sum signed at a fair', text: '博览会上共签约项目86个,签约金额312.5亿元。', expected: [true, true] },
    { description: 'a signing on site, the contracts\' total', text: '现场签约23个,合同总金额为86亿元。', expected: [true, true] },
    { description: 'signings counted so far, the agreements\' money', text: '今年以来累计签约招商项目41个,协议资金达57.3亿元。', expected: [true, true] },
    { description: 'the sum the signed deals involve', text: '洽谈会上共签约合作项目18个,涉及金额42.6亿元。', expected: [true, true] },
    { description: 'the sum planned deals involve stays a target', text: '计划签约项目30个,涉及资金80亿元。', expected: [false, false] },
    { description: 'signings aimed at stay targets', text: '力争签约项目100个,签约金额500亿元。', expected: [false, false] },
    { description: 'a plan for signings stays a target', text: '全年计划签约项目60个,签约总额200亿元。', expected: [false, false] },
  ])('$description', ({ text, expected }) => {
    expect(parseQuantities(text).quantities.map((quantity) => isAmountSignedAsTallied(text, quantity, 0))).toEqual(expected);
  });

  it.each([
    { description: '签约 before a count', text: '现场签约23个', approximate: false },
    { description: '预约 before a count of people', text: '累计预约1200人次', approximate: false },
    { description: '履约 before a share', text: '履约95%', approximate: false },
    { description: '约 alone estimates', text: '投资约3亿元', approximate: true },
  ])('the 约 of $description', ({ text, approximate }) => {
    expect(parseQuantities(text).quantities[0]?.approximate !== null).toBe(approximate);
  });

  it.each<RowCase>([
    {
      description: 'a tally of signings sets no target; the money to arrive does',
      row: { task: '春季招商会共签约项目52个,签约金额180亿元。全年到位资金120亿元。', progress: '截至9月底,到位资金96亿元。' },
      expected: [{ value: 12000000000, reported: { value: 9600000000 } }],
    },
  ])('$description', (rowCase) => expectTargetsOfRow(rowCase));
});
