/**
 * A task cell that goes on from its aim to what was actually done (`实际…`) or by how much the aim was passed (`超目标任务…`)
 * states results, not further aims; `实际` that names an indicator alone (`实际利用外资`) or the conditions a plan is fitted to
 * (`结合实际`) is no such word. Texts written for this test.
 */
import { extractTargets } from '../../../src/core/targets';

describe('results stated in a task cell', () => {
  it.each([
    {
      description: 'the figures after 实际, following an aim with its figure, are what was done',
      input: '今年全市棚户区改造开工目标为2.5万套,实际分解落实310个项目、2.8万套,超目标任务12个百分点。',
      expected: ['2.5万套'],
    },
    {
      description: 'the amount by which the plan was passed is no aim',
      input: '全年计划完成造林5万亩,超计划8000亩。',
      expected: ['5万亩'],
    },
    {
      description: 'an indicator named with 实际, with no aim before it, stays a target (counter-example)',
      input: '实际利用外资增长8%。',
      expected: ['8%'],
    },
    {
      description: 'the 实际 of 结合实际 is no result (counter-example)',
      input: '全年计划新建公园10个,各县结合实际新建口袋公园30个。',
      expected: ['10个', '30个'],
    },
    {
      description: 'a word of intent after 实际 keeps the figure an aim (counter-example)',
      input: '全年目标为新增就业1万人,实际力争完成1.2万人。',
      expected: ['1万人', '1.2万人'],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2024 }).map((target) => target.quantity.text)).toEqual(expected);
  });
});
