/**
 * Performance self-assessments say a target reached in the words of the form (`达成目标值`, `绩效各指标均能高质量完成`): the
 * share 100% over those words; the same words said of another figure, planned, negated or followed by a figure are not.
 */
import { targetValueReachedShare } from '../../../src/core/targets/_lib/targetValueReached';
import { readReportedFigures } from '../../../src/core/targets';

const cases: readonly { description: string; input: string; expected: string | null; notes?: string }[] = [
  { description: 'the 实际完成值 cell says the value reached', input: '达成目标值', expected: '达成目标值' },
  { description: 'the cell says the target reached', input: '达成目标', expected: '达成目标' },
  { description: 'reached with 已 and a full stop', input: '已达到预期目标值。', expected: '已达到预期目标值' },
  { description: 'the evaluation says every indicator done', input: '(一)评价结论:该项目能够较为准确的按照年初设定的项目实施目标进行实施,绩效各指标均能高质量完成,项目的实施改善了村民出行条件。', expected: '各指标均能高质量完成' },
  { description: 'every indicator reached, the aim named', input: '经自评,各项绩效指标均已完成年度目标。', expected: '各项绩效指标均已完成年度目标' },
  { description: 'a figure stated after the words is the answer, not the words', input: '60  达到目标60元', expected: null },
  { description: 'a share of the value is a figure of its own', input: '达成目标值的80%', expected: null },
  { description: 'said of a figure before it in the sentence', input: '去年开工626万套,达成目标。', expected: null },
  { description: 'negated', input: '未达成目标值,资金到位较晚', expected: null },
  { description: 'a plan, not a result', input: '力争达成目标值', expected: null },
  { description: 'a counted set of indicators is a list of its own', input: '化学需氧量、氨氮、氮氧化物、挥发性有机物四项指标均已完成减排目标。', expected: null },
  { description: 'every indicator meeting a standard is another aim', input: '各项指标均达到国家标准', expected: null },
  { description: 'the year’s aim said of the clause before is left alone', input: '去年开工626万套,达到年度目标,完成投资1.74万亿元。', expected: null },
  { description: 'every aim of the item said reached', input: '各部门协同推进,确保了该项实事年度任务所有目标全部实现。', expected: '所有目标全部实现' },
  { description: 'every aim said done by 均', input: '各项目标均已完成。', expected: '各项目标均已完成' },
  { description: 'every aim to be reached is a plan (counter-example)', input: '力争所有目标全部实现。', expected: null },
];

describe('targetValueReachedShare', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const share = targetValueReachedShare(input);
    expect(share === null ? null : share.quantity.text).toBe(expected);
    if (share !== null) expect(share.quantity.value).toBe(100);
  });

  it('keeps every aim said reached beside a share a part of the work is given', () => {
    const figures = readReportedFigures('以甲市为例,完成筛查2.1万人,任务完成率为105%。全省确保了年度任务所有目标全部实现。', 2021);
    expect(figures.filter((figure) => figure.wholeDoneInWords === true).map((figure) => figure.quantity.value)).toEqual([100]);
  });

  it('adds no words for the whole beside a share when nothing says every aim reached', () => {
    const figures = readReportedFigures('完成筛查2.1万人,任务完成率为105%,已全部完成。', 2021);
    expect(figures.filter((figure) => figure.wholeDoneInWords === true)).toEqual([]);
  });

  it('gives a reported figure of 100% to a progress that says only the value reached', () => {
    const figures = readReportedFigures('达成目标值', 2021);
    expect(figures.map((figure) => [figure.quantity.value, figure.quantity.unit, figure.role])).toEqual([[100, '%', 'share']]);
  });
});
