/**
 * Figures a task states as how things are (a copula with no plan's word, the stock at hand, a result marked done by 了)
 * are no targets; a plan stated the same ways stays one. Sentences in the style of published progress reports and news
 * leads of several provinces, with counter-examples written beside them.
 */
import { extractTargets } from '../../../src/core/targets';

interface ExtractCase {
  readonly description: string;
  readonly input: string;
  /** The values of the targets read, in order. */
  readonly expected: readonly number[];
  readonly notes?: string;
}

const valuesOf = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

describe('a figure stated with a copula describes what is', () => {
  it.each<ExtractCase>([
    {
      description: 'the works under way, stated with 为, beside the year’s aims',
      input: '今年计划开工建设保障性安居工程15.44万套，基本建成16.4万套，在建量为44.2万套，建设量仍居全国前列。',
      expected: [154400, 164000],
    },
    {
      description: 'the floor area of the project just named',
      input: '今年改造6所学校旱厕和1所学校食堂。此项目建筑总面积为1589平方米，计划当年完工。',
      expected: [6, 1],
    },
    {
      description: 'the people of a place, stated with 为',
      input: '全县农村人口为12.6万人，饮水工程覆盖率达到95%。',
      expected: [95],
    },
    {
      description: 'work named before the copula keeps its figure a target',
      input: '老旧小区改造面积为5万平方米，年底前完工。',
      expected: [50000],
    },
    {
      description: 'the items of a list that run all year, counted with 的有',
      input: '全县30项民生实事中不设年度目标任务，常态化开展的有3项(公墓管理、油烟整治、便民停车)',
      expected: [30],
      notes: 'the 30 items are left to the rules of a year’s list',
    },
    {
      description: 'what there is, said with 约有, as a share and a count of the people it is said of',
      input: '全区大约有30%、5.6万户农户住房条件仍然较差，今年改造1.2万户。',
      expected: [12000],
    },
    {
      description: 'a share to reach after 确保有 stays a target',
      input: '确保有90%以上的行政村建成村级综合服务站。',
      expected: [90],
    },
    {
      description: 'a task’s figure stated with 为 stays a target',
      input: '全市农村危房改造任务为10702户，年底前全部完工。',
      expected: [10702],
    },
    {
      description: 'a year’s aim stated with 为 stays a target',
      input: '美丽村庄建设，全年任务为282个村。',
      expected: [282],
    },
    {
      description: 'an indicator stated with 是 stays a target',
      input: '农村公路建设，区自定指标是76.487公里。',
      expected: [76.487],
    },
    {
      description: 'a figure changed to with 调整为 stays a target',
      input: '根据省下达计划，将改造户数调整为21335户。',
      expected: [21335],
    },
    {
      description: 'a task divided into its parts with 分解为 stays a target',
      input: '市级下达的农村公路建设任务分解为57公里。',
      expected: [57],
    },
    {
      description: 'a level stated with 为 stays a target',
      input: '农村自来水普及率为95%，规模化供水工程覆盖人口比例为60%。',
      expected: [95, 60],
    },
    {
      description: 'an economic total stated with 为 stays a target',
      input: '粮食产量为120万吨，规上工业营业收入为85亿元，县城污水处理能力为5万吨/日。',
      expected: [1200000, 8500000000, 50000],
    },
    {
      description: 'the things a work is done for, after 为, stay a target',
      input: '为50个小区新增电动自行车充电设施。',
      expected: [50],
    },
    {
      description: 'a deadline in the clause makes the copula’s figure an aim',
      input: '到2021年底，全区城市公厕总数为320座。',
      expected: [320],
    },
    {
      description: 'a copula followed by the work to do is no description',
      input: '该镇年度工作重点为1200户农户实施改厕。',
      expected: [1200],
    },
  ])('$description', ({ input, expected }) => {
    expect(valuesOf(input)).toEqual(expected);
  });
});

describe('the stock at hand is what the work starts from', () => {
  it.each<ExtractCase>([
    {
      description: 'works carried over from last year',
      input: '基本建成16.4万套，上年结转28.8万套。',
      expected: [164000],
    },
    {
      description: 'the beds there are now, beside the beds to add',
      input: '现有养老床位3200张，新增护理型床位500张。',
      expected: [500],
    },
    {
      description: 'the stock’s word before work to add keeps the work a target',
      input: '在现有基础上新增护理型床位500张。',
      expected: [500],
    },
    {
      description: 'what is built already, beside the year’s aim',
      input: '全市已建成公共充电桩5000个，今年新建2000个。',
      expected: [2000],
    },
    {
      description: 'what there is already, counted after 已有',
      input: '目前全区已有养老机构32家，新增床位400张。',
      expected: [400],
    },
    {
      description: 'a deadline before 已 makes the state one to reach',
      input: '到2021年底，全市已建成5G基站5000个。',
      expected: [5000],
    },
    {
      description: 'a plan’s word before 已 keeps the figure a target',
      input: '全省清洁取暖计划已改造91.93万户。',
      expected: [919300],
    },
    {
      description: 'beds to add to reach a total stay targets',
      input: '新增养老床位500张，总数达到3700张。',
      expected: [500, 3700],
    },
  ])('$description', ({ input, expected }) => {
    expect(valuesOf(input)).toEqual(expected);
  });
});

describe('a result marked done by 了 has happened', () => {
  it.each<ExtractCase>([
    {
      description: 'projects applied for, in a news lead',
      input: '该乡2021年申报了“一事一议”村级公益事业财政奖补项目11个，项目包括村内道路建设。',
      expected: [],
    },
    {
      description: 'a work team’s own account',
      input: '“我现在带了20多个人，大约开了400多亩，20天左右就能完成。”',
      expected: [],
    },
    {
      description: 'an item a notice named as slow',
      input: '10月，市政府通报了民生实事工作进展较为缓慢工作1项。',
      expected: [],
    },
    {
      description: 'a plan set with 确定了 stays a target',
      input: '今年确定了30件重要的民生实事。',
      expected: [30],
    },
    {
      description: 'a task made clear with 明确了 stays a target',
      input: '全省将户用厕所改建纳入重点民生实事，明确了101.5万户改厕任务。',
      expected: [1015000],
    },
    {
      description: 'a change with 了 between two figures is no result done, but the difference of the two (below)',
      input: '国家今年安排改造计划18.1万户，相比年初确定的14万户目标增加了4.1万户。',
      expected: [181000, 140000],
    },
    {
      description: 'work named after the 了 is the figure’s own, still to do',
      input: '完成了项目立项后开工建设安置房500套。',
      expected: [500],
    },
    {
      description: '据了解 before a task is no 了 of a verb',
      input: '据了解，今年全市棚户区改造任务16348套。',
      expected: [16348],
    },
    {
      description: '为了 before a task is no 了 of a verb',
      input: '为了改善办学条件，新建校舍2.4万平方米。',
      expected: [24000],
    },
  ])('$description', ({ input, expected }) => {
    expect(valuesOf(input)).toEqual(expected);
  });
});

describe('a count’s change against another figure is the difference of the two', () => {
  it.each<ExtractCase>([
    {
      description: 'projects more than last year, beside the year’s task',
      input: '今年省里下达我市的农村饮水安全工程任务为42万人,实施的项目数量较去年增加120个,山区项目分散。',
      expected: [420000],
    },
    {
      description: 'a result and its year-on-year change, as a press release states them: both are what was measured',
      input: '上半年全省城镇新增就业人数38万人,同比增加2万人。',
      expected: [],
    },
    {
      description: 'the plan set by the state against the province’s own aim, with 了',
      input: '国家今年安排我省农村危房改造计划9.6万户,相比年初省政府确定的8万户目标增加了1.6万户。',
      expected: [96000, 80000],
    },
    {
      description: 'a growth rate against last year stays a target',
      input: '全年城镇新增就业人数比上年增长5%。',
      expected: [5],
    },
    {
      description: 'a change with a plan’s word before the comparison stays a target',
      input: '力争全年新增市场主体较上年增加500户。',
      expected: [500],
    },
    {
      description: 'a share (比例) is no comparison',
      input: '新建公办幼儿园比例增加3所以上。',
      expected: [3],
    },
  ])('$description', ({ input, expected }) => {
    expect(valuesOf(input)).toEqual(expected);
  });
});

describe('a sentence that opens on what was done last year tells results, not aims', () => {
  it.each<ExtractCase>([
    {
      description: 'money spent last year and its growth, ahead of the year’s plan',
      input: '去年全县共投入危房改造资金3.2亿元，同比增长8%，今年计划改造农村危房1500户。',
      expected: [1500],
    },
    {
      description: 'works finished last year, after a short subject, beside this year’s aim',
      input: '全市上年完成造林12万亩。今年力争完成造林15万亩。',
      expected: [150000],
    },
    {
      description: 'a plan set last year stays an aim',
      input: '去年下达改造任务3000户，年底前全部完工。',
      expected: [3000],
    },
    {
      description: 'a comparison with last year opens no such sentence',
      input: '比去年新增公共停车位2000个以上。',
      expected: [2000],
    },
  ])('$description', ({ input, expected }) => {
    expect(valuesOf(input)).toEqual(expected);
  });
});
