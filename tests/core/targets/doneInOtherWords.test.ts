/**
 * The whole said done without a number in the words of news reports and 通报: the kind of work between 全部 and the done
 * word, an overfulfilment closing its clause, the row's aim pointed at and said reached.
 */
import { doneInOtherWordsShare } from '../../../src/core/targets/_lib/doneInOtherWords';
import { readReportedFigures } from '../../../src/core/targets/readReportedFigures';

describe('the whole said done in other words', () => {
  it.each([
    { description: 'the kind of work between 全部 and 完成', input: '已全部建设完成;', words: '已全部建设完成' },
    { description: 'rebuilding said finished, of every item', input: '均已全部改造完工，群众已陆续入住。', words: '均已全部改造完工' },
    { description: 'overfulfilled across the board, the clause closed', input: '全面超额完成,约有600万户各族农民群众入住新居。', words: '全面超额完成' },
    { description: 'the aim pointed at by 该, reached a year early', input: '经过四年的努力,今年提前一年实现了该目标。', words: '实现了该目标' },
    { description: 'the task pointed at by 上述, with 已', input: '各地已提前完成上述任务。', words: '已提前完成上述任务' },
  ])('$description', ({ input, words }) => {
    const figure = doneInOtherWordsShare(input);
    expect(figure?.quantity.value).toBe(100);
    expect(figure?.quantity.text).toBe(words);
  });

  it.each([
    { description: 'a count of its own things named before the done words', input: '44个民族村(社区)宣传栏已全部建设完成并投入使用。' },
    { description: 'a time after the works are done', input: '全部建设完成后将新增学位2000个。' },
    { description: 'not yet done', input: '目前尚未全部建设完成。' },
    { description: 'a forecast of the works done', input: '预计全部建设完成。' },
    { description: 'an overfulfilment hoped for', input: '力争超额完成。' },
    { description: 'overfulfilled, naming another thing done', input: '超额完成招商引资任务，项目建设有序推进。' },
    { description: 'the aim as a purpose', input: '为实现这一目标，全县正在加快施工进度。' },
    { description: 'the aim as a resolve', input: '力争提前实现该目标。' },
    { description: 'the aim not reached', input: '受疫情影响，没有实现该目标。' },
    { description: 'another goal said reached, without pointing at the row\'s', input: '已实现村村通硬化路目标。' },
  ])('is not said by $description', ({ input }) => {
    expect(doneInOtherWordsShare(input)).toBeNull();
  });

  it('is read as the share of 100% where the progress states no share of its own', () => {
    const figures = readReportedFigures('已全部建设完成;', 2020);
    expect(figures.map((figure) => [figure.role, figure.quantity.value])).toEqual([['share', 100]]);
  });

  it('gives way to a share the progress states', () => {
    const figures = readReportedFigures('全面超额完成，完成年度任务的112%。', 2016);
    expect(figures.filter((figure) => figure.role === 'share').map((figure) => figure.quantity.value)).toEqual([112]);
  });
});

/**
 * The row's task named by its kind of work and said done with how or how early, the building done and put to use, a
 * 自评报告's day of finishing: sentences of 济宁 2019, 临沂 2022, 缙云 2023 and 牟定 2020, and counter-examples in their style.
 */
describe('the task, the building or the works said done', () => {
  it.each([
    { description: 'the building task done, with how well', input: '截至目前,已圆满完成建设任务,实际新增学位9390个。', words: '已圆满完成建设任务' },
    { description: 'the year’s task done half a year early', input: '6月底,项目开工率均已经完成100%,已经提前半年完成全年度工作任务目标。', words: '已经提前半年完成全年度工作任务目标' },
    { description: 'the building done and put to use', input: '已完成建设并投入使用。', words: '已完成建设并投入使用' },
    { description: 'the works finished on a day, in the project’s life by dates', input: '项目通过邀请招标,于2020年5月20日开工建设,2020年6月20日完工,涉及两条线路。', words: '2020年6月20日完工' },
  ])('$description', ({ input, words }) => {
    const figure = doneInOtherWordsShare(input);
    expect(figure?.quantity.value).toBe(100);
    expect(figure?.quantity.text).toBe(words);
  });

  it.each([
    { description: 'a step with an object of its own', input: '已顺利完成方案编制,正在招标。' },
    { description: 'the building of a part named before it', input: '主体工程已完成建设,正在进行装修。' },
    { description: 'a day of finishing forecast', input: '项目于2024年3月开工,预计2024年12月底完工。' },
    { description: 'a day of finishing planned', input: '计划于2024年6月竣工。' },
    { description: 'a day of finishing of one project named before it', input: '东湖小学2023年8月建成,西湖小学正在施工。' },
    { description: 'the building not yet done', input: '尚未完成建设。' },
  ])('is not said by $description', ({ input }) => {
    expect(doneInOtherWordsShare(input)).toBeNull();
  });
});
