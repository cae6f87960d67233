/**
 * A year's list of projects sorted by stage, with its projects going on from past years (续建) or in reserve (预备) counted
 * among the groups: each stage's count says how the list is made up, and is no target of its own. Sentences of published
 * notices (江西 2017 and 2020 省重点项目, 北海 2017), and counter-examples written for this test where works to start or
 * finish are counted without such a group.
 */
import { extractTargets } from '../../../src/core/targets';
import { isStageGroupOfAList } from '../../../src/core/targets/_lib/groupOfABreakdown';
import { parseQuantities } from '../../../src/core/numbers';

function countsOf(text: string): number[] {
  return extractTargets(text, { year: 2021 }).map((target) => target.value);
}

describe('the stages of a list of projects', () => {
  it.each([
    {
      description: 'a list split into stages with 续建 and 预备 groups: no stage’s count is a target',
      input: '全年分两批共安排省重点项目198项,总投资7415.88亿元,年计划投资1185.62亿元。其中建成投产项目19项,续建项目71项,计划新开工项目101项,预备项目7项。',
      absent: [19, 71, 101, 7],
      present: [],
    },
    {
      description: 'the stages of the list after a part in reserve in parentheses',
      input: '其中,总投资50亿元以上的项目共94项(含预备项目16项),建成投产项目67项,续建项目163项,计划新开工项目88项,预备项目17项。',
      absent: [67, 163, 88, 17],
      present: [],
    },
    {
      description: 'counts written before the projects sort the list as well',
      input: '今年共安排重点项目415个,年度计划投资213.1亿元。其中266个新开工项目、149个续建项目、前期工作项目60个。',
      absent: [266, 149],
      present: [],
    },
    {
      description: 'works to start and to finish, with no group of projects under way, stay targets',
      input: '全年新开工项目20个,竣工项目10个。',
      absent: [],
      present: [20, 10],
    },
    {
      description: 'the year’s starts beside the projects under way only are its plan of starts, and stay a target',
      input: '其中新开工项目40个，续建项目46个',
      absent: [46],
      present: [40],
    },
    {
      description: 'a 续建 group in another sentence does not make the year’s starts a group',
      input: '续建项目30个已全部复工。今年计划新开工项目25个。',
      absent: [30],
      present: [25],
    },
  ])('$description', ({ input, absent, present }) => {
    const counts = countsOf(input);
    for (const value of absent) expect(counts).not.toContain(value);
    for (const value of present) expect(counts).toContain(value);
  });

  it('reads the stage and the group beside it from the count’s own sentence', () => {
    const text = '其中建成投产项目19项,续建项目71项,计划新开工项目101项。新开工项目20个。';
    const [finished, , started, alone] = parseQuantities(text).quantities;
    if (!finished || !started || !alone) throw new Error('four counts expected');
    expect(isStageGroupOfAList(text, finished)).toBe(true);
    expect(isStageGroupOfAList(text, started)).toBe(true);
    expect(isStageGroupOfAList(text, alone)).toBe(false);
  });
});
