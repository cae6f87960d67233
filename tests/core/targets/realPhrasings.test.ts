/**
 * Verdicts on the phrasings of real reports beyond the seeds: shares, rates, falls, restated
 * plans, the statistical form, collective targets, forecasts. Each case is a sheet of one row; the report is
 * a 三季度 report unless the case says otherwise.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a count with its share: 8 of 20 is 40%, below the 75% pace',
    row: { task: '20个村级养老服务站建设', progress: '已完成8个（40%）' },
    expected: [{ value: 20, verdict: 'behind', reported: { value: 8 }, pace: 0.75 }],
  },
  {
    description: 'a bare share as the whole progress answers every target of the row',
    row: { task: '新建公办幼儿园5所，新增学位1000个。', progress: '80%' },
    expected: [{ value: 5, verdict: 'on-track', reported: { value: 80 } }, { value: 1000, verdict: 'on-track', reported: { value: 80 } }],
  },
  {
    description: 'a rate is not paced: below its target before the deadline is behind',
    row: { task: '农村卫生厕所普及率达到90%', progress: '全市农村卫生厕所普及率达到88%。' },
    expected: [{ value: 90, verdict: 'behind', reported: { value: 88 } }],
  },
  {
    description: 'a fall against a rise to reach is negative, and unmet at the year end',
    row: { task: '旅游产业增加值增长5%。', progress: '全年旅游产业增加值同比下降2.6%。' },
    period: '全年',
    expected: [{ value: 5, verdict: 'unmet', reported: { value: -2.6 } }],
  },
  {
    description: 'the plan restated in the progress is never the answer',
    row: { task: '新建社区卫生服务中心17家', progress: '计划新建17家，已建成社区卫生服务中心12家。' },
    expected: [{ value: 17, verdict: 'behind', reported: { value: 12 } }],
    notes: '12 ÷ 17 = 71% < 75%',
  },
  {
    description: 'a baseline is never the answer',
    row: { task: '示范村卫生室达到500个', progress: '在已建成示范村卫生室340个的基础上，督促各区县加大投入。' },
    expected: [{ value: 500, verdict: 'no-figure', reported: null }],
  },
  {
    description: 'a figure that names nothing is tied by its place',
    row: { task: '“改造农村危房300户”项目', progress: '已完成240户' },
    expected: [{ value: 300, verdict: 'on-track', reported: { value: 240 } }],
  },
  {
    description: 'growth named by its abbreviation',
    row: { task: '确保地区生产总值增长7%以上。', progress: '前三季度，全市GDP增长7.4%。' },
    expected: [{ value: 7, verdict: 'met', reported: { value: 7.4 } }],
  },
  {
    description: 'the statistical form: the unit in the task, bare figures in the other cells',
    row: { task: '城镇新增就业(人)', milestone: '26000', progress: '32095' },
    expected: [{ value: 26000, unit: '人', verdict: 'met', reported: { value: 32095 } }],
  },
  {
    description: 'a bare progress number is in the magnitude the target is written in, and a milestone repeating the figure without its unit is the same target, recorded once',
    row: { task: '完成农业保险保费收入8000万元', period: '12月底', milestone: '8000万', progress: '6120 76.5%' },
    expected: [{ value: 80000000, unit: '元', verdict: 'on-track', reported: { value: 61200000, unit: '元' } }],
  },
  {
    description: 'a bare progress number far from the written number of a 万 target is counted in base units',
    row: { task: '城镇新增就业2万人', progress: '16500' },
    expected: [{ value: 20000, verdict: 'on-track', reported: { value: 16500 } }],
  },
  {
    description: 'a list of as many items as the target counts, said done together, is the target done',
    row: { task: '新建或改建4所学校食堂', progress: '东湖小学、西湖小学、南湖小学、北湖小学食堂均已完工投用。' },
    expected: [{ value: 4, verdict: 'met', reported: { value: 100, unit: '%' } }],
  },
  {
    description: 'parts that add up to the target, said done together, are the target done (not the last part)',
    row: { task: '实施60个老旧小区改造', progress: '城东街道25个小区、城西街道20个小区、城南街道15个老旧小区均已完成改造。' },
    expected: [{ value: 60, verdict: 'met', reported: { value: 100, unit: '%' } }],
  },
  {
    description: 'a list of fewer items than the target counts is not the target done',
    row: { task: '新建或改建5所学校食堂', progress: '东湖小学、西湖小学、南湖小学、北湖小学食堂均已完工投用。' },
    expected: [{ value: 5, verdict: 'no-figure', reported: null }],
  },
  {
    description: 'one measure stated for two spans of months: the later span answers',
    row: { task: '地方税收收入增长6%。', progress: '1-8月,地方税收收入完成20.5亿元,增长5.1%,1-9月预计完成23.4亿元,增长6.3%。' },
    expected: [{ value: 6, verdict: 'met', reported: { value: 6.3 } }],
  },
  {
    description: 'a later span that states another measure leaves the earlier figure the answer',
    row: { task: '地方税收收入增长6%。', progress: '1-8月,地方税收收入增长5.1%,1-9月新增市场主体1200家。' },
    expected: [{ value: 6, verdict: 'behind', reported: { value: 5.1 } }],
  },
  {
    description: "a month's own figure is no span of the year: the year-to-date figure answers",
    row: { task: '全年完成固定资产投资30亿元。', progress: '1-8月完成固定资产投资21亿元,8月当月完成投资3亿元。' },
    // A 1-8月 figure is paced at 8月31日 in this 三季度 sheet: 21/30 = 70% against 66.7%.
    expected: [{ value: 3000000000, verdict: 'on-track', reported: { value: 2100000000 } }],
  },
  {
    description: "a share of the funding's plan does not answer a count; the count does",
    row: { task: '新建公办幼儿园120所。', progress: '省级补助资金下达3.5亿元，完成年度计划的98%。全省已建成公办幼儿园130所。' },
    expected: [{ value: 120, verdict: 'met', reported: { value: 130 } }],
  },
  {
    description: 'a share of the funding is all the progress says: no figure measures the schools',
    row: { task: '新建公办幼儿园120所。', progress: '省级补助资金下达3.5亿元，完成年度计划的98%。' },
    expected: [{ value: 120, verdict: 'no-figure', reported: null }],
  },
  {
    description: "a share of the count's own plan still answers the count",
    row: { task: '新建公办幼儿园120所。', progress: '全省已建成公办幼儿园100所，完成年度计划的83.3%。' },
    expected: [{ value: 120, verdict: 'on-track' }],
  },
  {
    description: 'a rate named for itself after an amount (`投资完成率45%`) answers a rate target',
    row: { task: '投资完成率达到60%以上。', progress: '完成投资12亿元，投资完成率45%。' },
    expected: [{ value: 60, verdict: 'behind', reported: { value: 45 } }],
  },
  {
    description: 'projects started or resumed (开复工) answer a list of key projects',
    row: { task: '全省150项重点项目。', progress: '开复工128项，开复工率85.3%，完成投资500亿元，为年度任务的75%。' },
    expected: [{ value: 150, verdict: 'on-track', reported: { value: 128 } }],
  },
  {
    description: 'the statistical form with a ceiling',
    row: { task: '城镇登记失业率低于(%)', milestone: '4.3', progress: '4.17' },
    expected: [{ value: 4.3, op: '<=', verdict: 'met' }],
  },
  {
    description: 'a collective target is judged for each indicator the progress lists',
    row: {
      task: '4个结构性指标均实现10%以上增长。',
      progress: '全市固定资产投资增长6%。4个结构性指标中，民间投资增长12.5%，交通投资下降4.8%，制造业投资增长11%，高新技术产业投资增长3%。',
    },
    expected: [
      { value: 10, verdict: 'met', reported: { value: 12.5 } },
      { value: 10, verdict: 'behind', reported: { value: -4.8 } },
      { value: 10, verdict: 'met', reported: { value: 11 } },
      { value: 10, verdict: 'behind', reported: { value: 3 } },
    ],
  },
  {
    description: 'a collective target said again in the progress (`实现8%以上增长的`) is passed over when the changes are paired',
    row: {
      task: '3项重点投资指标均实现8%以上增长。',
      progress: '3项重点投资指标中，工业投资增长9.1%，是全省少数实现8%以上增长的县市；技改投资下降3.5%、民间投资下降1.2%。',
    },
    expected: [
      { value: 8, verdict: 'met', reported: { value: 9.1 } },
      { value: 8, verdict: 'behind', reported: { value: -3.5 } },
      { value: 8, verdict: 'behind', reported: { value: -1.2 } },
    ],
  },
  {
    description: "a change equal to the collective target, said as a result without a comparator, is still paired",
    row: { task: '3项重点投资指标均实现8%以上增长。', progress: '3项重点投资指标中，工业投资增长9.1%，技改投资增长8%，民间投资下降1.2%。' },
    expected: [
      { value: 8, verdict: 'met', reported: { value: 9.1 } },
      { value: 8, verdict: 'met', reported: { value: 8 } },
      { value: 8, verdict: 'behind', reported: { value: -1.2 } },
    ],
  },
  {
    description: 'a named collective pairs with the listed changes',
    row: { task: '专利申请总量、发明专利申请量均增长11%以上。', progress: '专利申请总量、发明专利申请量分别为1257件、186件，分别同比增长-3.75%、-36.52%。' },
    expected: [
      { value: 11, verdict: 'behind', reported: { value: -3.75 } },
      { value: 11, verdict: 'behind', reported: { value: -36.52 } },
    ],
  },
  {
    description: "the year's forecast is no result before the year ends",
    row: { task: '完成地区生产总值617亿元以上', progress: '全年预计完成600亿元。' },
    expected: [{ value: 61700000000, verdict: 'no-figure' }],
  },
  {
    description: "the year's forecast is the best result at the year's end",
    row: { task: '地区生产总值增长7%左右。', progress: '全年GDP预计增长4.5%左右。' },
    period: '全年',
    expected: [{ value: 7, verdict: 'unmet', reported: { value: 4.5 } }],
  },
  {
    description: 'an annual task in a 三季度 report is judged as of 三季度, whatever its row’s 时间 says',
    row: { task: '新建口袋公园20处', period: '全年', progress: '已建成口袋公园16处。' },
    expected: [{ value: 20, verdict: 'on-track', reported: { value: 16, asOf: '2021-09-30' }, pace: 0.75 }],
  },
  {
    description: 'a milestone of a later period still has time',
    row: { milestone: '改建农村公路12公里。', period: '四季度', progress: '已完成改建农村公路10公里。' },
    expected: [{ value: 12, verdict: 'on-track', deadline: '2021-12-31' }],
  },
  {
    description: 'a progress of one bare number answers the row’s one target',
    row: { task: '新增800张困难重度残疾人养护床位', progress: '810' },
    expected: [{ value: 800, verdict: 'met', reported: { value: 810 } }],
  },
  {
    description: 'a count of projects is the size of the list where the row is about money',
    row: { task: '安排省重点项目70个，总投资6431亿元，年度计划投资624亿元。', progress: '累计完成投资506亿元，占年度投资计划的81%。' },
    expected: [{ value: 62400000000, verdict: 'on-track', reported: { value: 50600000000 } }],
  },
  {
    description: 'a count of works with a count in the progress stays a target',
    row: { task: '10个全民健身示范工程', progress: '已完工8个。' },
    expected: [{ value: 10, verdict: 'on-track', reported: { value: 8 } }],
  },
  {
    description: '各 gives each listed work the figure',
    row: { task: '完成东河段整治工程和南河段整治工程各1.5公里', progress: '东河段完成1.56公里，南河段完成1.2公里。' },
    expected: [{ value: 1.5, verdict: 'met', reported: { value: 1.56 } }, { value: 1.5, verdict: 'on-track', reported: { value: 1.2 } }],
  },
  {
    description: '各 over names that share the head noun the list repeats gives the figure once to each work',
    row: { task: '将任务分解到城关镇北岸、西滩河道治理工程和东湖河道治理工程各2公里', progress: '城关镇北岸、西滩河道治理工程完成2.1公里，东湖河道治理工程完成1.6公里。' },
    expected: [{ value: 2, verdict: 'met', reported: { value: 2.1 } }, { value: 2, verdict: 'on-track', reported: { value: 1.6 } }],
  },
  {
    description: '各 over works of different heads gives each its figure',
    row: { task: '新建学校、卫生院和幼儿园各3所', progress: '学校已建成3所，卫生院已建成2所，幼儿园已建成3所。' },
    expected: [{ value: 3, verdict: 'met' }, { value: 3, verdict: 'behind' }, { value: 3, verdict: 'met' }],
  },
  {
    description: 'all done in words is a share of 100%',
    row: { task: '新增托位525个', progress: '已全部完成。' },
    expected: [{ value: 525, verdict: 'met', reported: { value: 100, text: '已全部完成' }, evidence: 'share' }],
  },
  {
    description: 'the row\'s work done, named by its kind (已完成改造任务), is a share of 100%',
    row: { task: '改造农村危房80户', progress: '已完成改造任务，群众均已入住。' },
    expected: [{ value: 80, verdict: 'met', reported: { value: 100, text: '已完成改造任务' }, evidence: 'share' }],
  },
  {
    description: 'a task of a kind only under way (正在推进建设任务) is no share',
    row: { task: '新建社区服务中心4个', progress: '正在推进建设任务，主体施工中。' },
    expected: [{ value: 4, verdict: 'no-figure' }],
  },
  {
    description: 'a share of the whole progress (总进度) is the row\'s: it answers each of its counts',
    row: { task: '新增托育机构6家、托位180个', progress: '对6家在建托育机构开展督导，已完成总进度80%。' },
    expected: [{ value: 6, verdict: 'on-track', reported: { value: 80 } }, { value: 180, verdict: 'on-track', reported: { value: 80 } }],
  },
  {
    description: 'the progress share of another work (配套道路工程进度) answers neither count',
    row: { task: '新增托育机构6家、托位180个', progress: '配套道路工程进度80%。' },
    expected: [{ value: 6, verdict: 'no-figure' }, { value: 180, verdict: 'no-figure' }],
  },
  {
    description: 'names given as examples before 等 are not what a figure counts: the noun after 等 is',
    row: { task: '建设街心花园30处', progress: '已建成东湖路、西门桥、南塘街、北山新村、滨江湿地公园东入口等街心花园共 18处；正在推进光明路、福新路、江滨路等6处街心花园建设。' },
    expected: [{ value: 30, verdict: 'behind', reported: { value: 18 } }],
  },
  {
    description: 'a short phrase with 等 keeps its words (no long list of examples)',
    row: { task: '建设街心花园30处', progress: '已建成花园等设施26处。' },
    expected: [{ value: 30, reported: { value: 26 } }],
  },
  {
    description: 'the whole given before its parts answers the target, though a part is named more like it',
    row: { task: '新增和开放社会单位停车位5000个', progress: '已完成新增停车位3800个，包括新建停车位1400个、开放社会单位停车位2400个。' },
    expected: [{ value: 5000, verdict: 'on-track', reported: { value: 3800 } }],
  },
  {
    description: 'a part without its whole before it in the sentence is still read',
    row: { task: '新增和开放社会单位停车位5000个', progress: '新建工作有序推进。其中开放社会单位停车位2400个。' },
    expected: [{ value: 5000, reported: { value: 2400 } }],
  },
  {
    description: 'all done said of another goal is not this target done',
    row: { task: '引进研发机构3家。', progress: '引进服务业项目2个，“三个一”目标全部完成。' },
    expected: [{ value: 3, verdict: 'no-figure' }],
  },
  {
    description: 'not all done is no share',
    row: { task: '改造老旧小区120个', progress: '尚未全部完成，正在施工。' },
    expected: [{ value: 120, verdict: 'no-figure' }],
  },
  {
    description: 'figures about something else are no figure for the target',
    row: { task: '新增义务教育学位800个', progress: '新建卫生院3个，改造村卫生室12个。' },
    expected: [{ value: 800, verdict: 'no-figure' }],
  },
];

describe('verdicts on real phrasings', () => {
  it.each(cases)('$description', expectTargetsOfRow);
});
