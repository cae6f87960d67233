/**
 * A part after 其中 whose figure, counting word and comparator repeat a target stated before it is that target named again as
 * a part of another whole, counted once; the other parts of the whole, and parts that repeat nothing, stay targets. Texts
 * written for this test in the style of a province's housing plan.
 */
import { extractTargets } from '../../../src/core/targets';

describe('a part that repeats a target already stated', () => {
  it.each([
    {
      description: 'the part that repeats an earlier target is counted once; the other part stays',
      input: '今年计划新开工安置住房5200套,基本建成安置住房4300套;基本建成保障性住房6100套,其中安置住房4300套,公租房1800套。',
      expected: ['5200套', '4300套', '6100套', '1800套'],
    },
    {
      description: 'a part with a figure of its own stays a target (counter-example)',
      input: '基本建成安置住房4300套;基本建成保障性住房6100套,其中公租房1800套。',
      expected: ['4300套', '6100套', '1800套'],
    },
    {
      description: 'the same figure outside a part is left to the other readings (counter-example)',
      input: '新建村级服务站30个,改造乡镇服务中心30个。',
      expected: ['30个', '30个'],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2024 }).map((target) => target.quantity.text)).toEqual(expected);
  });
});
