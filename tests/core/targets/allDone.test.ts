/**
 * A progress that says the whole is done without a number, and a list of items said done together.
 */
import { allDoneShare, allStartedShare, listedDone, mostlyDoneWords } from '../../../src/core/targets/_lib/allDone';

describe('a list of items said done together', () => {
  it.each([
    { description: 'names listed by 、 and closed by 均已完工', input: '东湖小学、西湖小学、南湖小学、北湖小学食堂均已完工投用。', expected: 4 },
    { description: 'counts listed by 、 add up', input: '城东街道25个小区、城西街道20个小区、城南街道15个小区均已完成改造。', expected: 60 },
    { description: 'names after 完成, joined by 和', input: '完成新增甲镇和乙镇社区食堂。', expected: 2 },
    { description: 'no list: one item done', input: '东湖小学食堂已完工。', expected: null },
    { description: 'a list not done yet', input: '东湖小学、西湖小学食堂尚未完工。', expected: null },
    { description: 'some items with counts and some without are no count', input: '城东街道25个小区、城西街道均已完成改造。', expected: null },
    { description: 'works listed after 完成 with a figure are not a list of items', input: '完成主体工程80%和装修工程。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(listedDone(input)?.items ?? null).toBe(expected);
  });

  it('is said over the list and its done words, as a share of 100%', () => {
    const figure = listedDone('（东湖小学、西湖小学食堂已完工并投用）');
    expect(figure?.quantity.value).toBe(100);
    expect(figure?.quantity.text).toBe('（东湖小学、西湖小学食堂已完工');
  });

  it('leaves the whole said done to allDoneShare', () => {
    expect(allDoneShare('已全部完工。')?.quantity.value).toBe(100);
  });
});

describe('money allotted, said released in full', () => {
  it.each([
    { description: 'released in full, alone in its clause after a change', input: '比上年增加12%，已全部下达。', expected: 100 },
    { description: 'the money named, paid out in full', input: '专项补助资金已足额拨付到位。', expected: 100 },
    { description: 'a task handed down is not the task done (counter-example)', input: '年度目标任务已全部下达各县。', expected: null },
    { description: 'a task handed down, closing its clause, is not done either (counter-example)', input: '目标任务已全部下达。', expected: null },
    { description: 'a sum with its own figure released is that figure (counter-example)', input: '省级补助资金3.2亿元已全部下达。', expected: null },
    { description: 'to be released is not released (counter-example)', input: '资金将于月底前全部拨付。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(allDoneShare(input)?.quantity.value ?? null).toBe(expected);
  });
});

describe('completion said in words, with a manner, a time or a promise kept', () => {
  it.each([
    { description: 'a manner of doing closing the clause', input: '目前已顺利完成。', expected: 100 },
    { description: 'as planned and well, of the other items of the set', input: '其余4项民生实事也都按计划圆满完成。', expected: 100 },
    { description: 'in order, alone', input: '已有序完成，正在组织验收。', expected: 100 },
    { description: 'all within a named year, of the set', input: '8件市办实事均在2023年完成', expected: 100 },
    { description: 'all by a named month', input: '全部于2022年10月底前完成。', expected: 100 },
    { description: 'a promise kept', input: '“每村新建1个文化广场”的承诺已经兑现。', expected: 100 },
    { description: 'each of the items, by 各项', input: '各项实事任务均已全部完成。', expected: 100 },
    { description: 'the row\'s own item pointed at by 该', input: '该项工程已全部完工。', expected: 100 },
    { description: 'a time word before the done words (日前, 近日) names nothing else', input: '近日全部建成。', expected: 100 },
    { description: 'a time word before another work done is still that work (counter-example)', input: '日前配套道路全部完成。', expected: null },
    { description: 'the row\'s own item pointed at by 本', input: '截至11月，本件实事已全面完成。', expected: 100 },
    { description: 'done alone in its column, a figure column after it', input: '已建成。 | 100', expected: 100 },
    { description: 'the bare done word alone in its cell, as a 完成情况 column writes it', input: '完成', expected: 100 },
    { description: 'the bare finished word alone, with a full stop', input: '竣工。', expected: 100 },
    { description: 'the bare done word with an object is a step, not the whole (counter-example)', input: '完成方案编制。', expected: null },
    { description: 'the bare done word opening a longer clause is not the whole (counter-example)', input: '完成，正在组织验收。', expected: null },
    { description: 'each of the tasks pointed at, said done by 均已', input: '这些任务均已完成。', expected: 100 },
    { description: 'done by a date past, a plan named after it', input: '目前已全部完工，计划下月组织验收。', expected: 100 },
    { description: 'each of the projects, said built by 都已', input: '所有项目都已竣工，正在组织验收。', expected: 100 },
    { description: 'how well it was done between the set and the done word', input: '2024年省委省政府10件为民实事如期全面高质量完成，有效提升了群众获得感。', expected: 100 },
    { description: 'on time and in full, of the set', input: '全年8件民生实事按期保质保量完成。', expected: 100 },
    { description: 'a date counted to, written 截止到, names nothing else', input: '截止到目前已全面完成。', expected: 100, notes: '巴彦 2013' },
    { description: 'a date of last year named before the done words', input: '截至去年11月底已全部完成。', expected: 100 },
    { description: 'the row\'s task, named by its kind, said done', input: '截至目前,13个村的建设任务已全部完成。', expected: 100, notes: '沙尔沁 2015' },
    { description: 'a year\'s task said done on time', input: '目前,2014年退耕还林任务已如期完成。', expected: 100, notes: '全国 2016' },
    { description: 'the reporting bureau completing the year\'s listed works\' building task', input: '至2020年12月底,教育体育局圆满完成2020年民生实事工程建设任务。', expected: 100, notes: '临湘 2020' },
  ])('$description', ({ input, expected }) => {
    expect(allDoneShare(input)?.quantity.value ?? null).toBe(expected);
  });

  it.each([
    { description: 'a step done, named after the done word', input: '已顺利完成方案编制，正在招标。' },
    { description: 'a step of the works named before the done word', input: '项目前期工作有序完成。' },
    { description: 'not done', input: '未能按计划完成。' },
    { description: 'a time without all', input: '预计在2024年完成。' },
    { description: 'started, not done', input: '已全部开工建设。' },
    { description: 'a promise still to keep', input: '承诺尚待兑现。' },
    { description: 'another item pointed at, with words between it and the done words', input: '该项目的配套道路已全部完工。' },
    { description: 'done in the first column with an object after it', input: '已完成选址。 | 30' },
    { description: 'each said done of a step named after the done words', input: '各地均已完成方案编制，正在招标。' },
    { description: 'how well a step was done, with the step after the done word', input: '如期高质量完成项目选址和设计。' },
    { description: 'each of the set not done', input: '这些任务均未完成。' },
    { description: 'the whole forecast done', input: '3座新建公厕均已完成主体建设，预计10月底全部建成。' },
    { description: 'the whole planned done', input: '完成了水源和水厂建设，计划2015年上半年全部完工并投入使用。' },
    { description: 'the whole promised done', input: '已完工16146公里，年内可确保如期完工。' },
    { description: 'another thing said done by 均已, named before it', input: '两所学校的围墙均已完成。' },
    { description: 'an aim by a name of its own said done', input: '“三个一”目标全部完成。' },
    { description: 'a share of the year\'s task, not the task done', input: '已完成2020年度改造任务的80%。' },
    { description: 'a bureau completing a step', input: '住建局已完成方案编制。' },
    { description: 'a task said handed down, not done', input: '目标任务已全部下达。' },
  ])('is not said by $description', ({ input }) => {
    expect(allDoneShare(input)).toBeNull();
  });
});

describe('every work said started, without a number', () => {
  it.each([
    { description: 'all started', input: '已全部开工。', expected: 100 },
    { description: 'the projects each started', input: '12个项目均已开工建设。', expected: 100 },
    { description: 'all launched', input: '截至6月，各项实事已全部启动实施。', expected: 100 },
    { description: 'some started, counted', input: '已开工8个。', expected: null },
    { description: 'not all started', input: '尚未全部开工。', expected: null },
    { description: 'a step of the works started', input: '前期设计已全部启动。', expected: null },
  ])('$description', ({ input, expected }) => {
    expect(allStartedShare(input)?.quantity.value ?? null).toBe(expected);
  });
});

describe('the work said nearly done, without a number', () => {
  it.each([
    { description: 'mostly done, alone', input: '基本完成。', expected: '基本完成' },
    { description: 'mostly built', input: '目前已基本建成，正在完善配套。', expected: '目前已基本建成' },
    { description: 'nearly done against the items\' own split is no claim on the target', input: '目前,这两项实事已基本完成各自的分解指标。', expected: null },
    { description: 'nearly done against the step of the year', input: '该项工程已基本完成阶段任务。', expected: null },
    { description: 'most of it finished', input: '大部分已完工。', expected: '大部分已完工' },
    { description: 'the row\'s item pointed at', input: '该项工程基本竣工。', expected: '基本竣工' },
    { description: 'a step of the works', input: '前期工作基本完成，正在招标。', expected: null },
    { description: 'the works named by their kind', input: '改造工程基本完工。', expected: '基本完工' },
    { description: 'only the main structure', input: '主体工程基本完工。', expected: null },
    { description: 'a rate, counted as a figure', input: '安置房基本建成率95%。', expected: null },
    { description: 'not even nearly done', input: '尚未基本完成。', expected: null },
    { description: 'the count of houses basically built, a statistic of its own', input: '开工10.14万套、开工率达65.7%;基本建成6.8万套,完成年度任务的41.5%。', expected: null },
    { description: 'basically built, a figure only later in the clause', input: '目前已基本建成，完成投资3.2亿元。', expected: '目前已基本建成' },
    { description: 'the count of houses basically built, the houses named before the figure', input: '完成投资14.5亿元;新增基本建成住房4601套。', expected: null },
    { description: 'basically done, the next clause counting something else', input: '改造工程基本完工，另有3个项目正在招标。', expected: '基本完工' },
  ])('$description', ({ input, expected }) => {
    expect(mostlyDoneWords(input)).toBe(expected);
  });
});
