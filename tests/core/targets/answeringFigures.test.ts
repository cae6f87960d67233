/**
 * Which figure of the progress answers a target, read as reviewers read it: what a completion share is a share of, wholes and
 * their parts. Sentences are from published reports (the notes name where), counter-examples are written in their style. Each
 * case is a sheet of one row; the report is a 三季度 report unless the case says otherwise.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const sharesOfMoney: RowCase[] = [
  {
    description: 'a share its words say is of the investment plan is the money\'s, though a count of projects opens its sentence',
    row: { task: '2024年,安排市重点项目954个,总投资13580亿元,年度计划投资2400亿元。', progress: '1—6月,954个市重点项目完成年度计划投资的54.83%,超序时进度4.83个百分点;' },
    period: '上半年',
    expected: [{ value: 240000000000, verdict: 'on-track', reported: { value: 54.83 } }],
    notes: '泉州 2024',
  },
  {
    description: 'a share of a plan written without 的 right after the money spent is the money\'s share, not the projects\'',
    row: { task: '改造老旧小区54个，计划投资20.6亿元', progress: '上半年完成投资6.38亿元，完成年度计划31%，进度滞后。' },
    period: '上半年',
    expected: [{ value: 54, verdict: 'no-figure' }, { value: 2060000000, verdict: 'behind', reported: { value: 638000000 } }],
    notes: 'the progress sentence of 芜湖 2021, against a count of works',
  },
  {
    description: 'the same share without 的 answers a target of the money',
    row: { task: '年度计划投资25亿元', progress: '一季度完成投资5亿元，完成年度计划20%。' },
    period: '一季度',
    expected: [{ value: 2500000000, verdict: 'behind', reported: { value: 500000000 } }],
    notes: '5亿 of 25亿 is 20%, below the 25% pace of the first quarter',
  },
  {
    description: 'a share without 的 after a count is the count\'s, and answers a target of that count',
    row: { task: '新建5G基站2500个', progress: '今年上半年建设5G基站873个，完成年度计划35%，进度滞后。' },
    period: '上半年',
    expected: [{ value: 2500, verdict: 'behind', reported: { value: 873 } }],
    notes: '芜湖 2021',
  },
  {
    description: 'a completion rate named for investment is the money\'s, not the share of projects started',
    row: { task: '80个计划新开工项目', progress: '开工建设74个，开工率92.5%；累计完成投资650.9亿元，同比增长48.31%；年度计划投资完成率84.92%。' },
    expected: [{ value: 80, verdict: 'on-track', reported: { value: 74 } }],
    notes: '甘肃 2022 (前三季度): 74 of 80 is 92.5%, above the 75% pace',
  },
  {
    description: 'so is one in traditional characters, as a copy stores it',
    row: { task: '80個計劃新開(kāi)工項目', progress: '開(kāi)工建設74個,開(kāi)工率92.5%,較2021年同期提高8.2個百分點;累計完成投資650.9億元,同比增長48.31%;年度計劃投資完成率84.92%,較2021年同期提高13.31個百分點。' },
    expected: [{ value: 80, verdict: 'on-track', reported: { value: 74 } }],
    notes: '甘肃 2022 (前三季度), as stored',
  },
  {
    description: 'against a count, an investment rate alone is no figure of it',
    row: { task: '新建村级养老服务站40个', progress: '累计完成投资1260万元，投资完成率57.0%。' },
    expected: [{ value: 40, verdict: 'no-figure' }],
  },
  {
    description: 'a completion rate named for investment answers a target of investment',
    row: { task: '年度计划投资463.4亿元', progress: '1—8月份，投资完成率70.3%。' },
    expected: [{ value: 46340000000, verdict: 'on-track', reported: { value: 70.3 } }],
    notes: '池州 2024 without its amount: a 1—8月 figure is paced at 8月31日, and 70.3% is above its 66.7%',
  },
  {
    description: 'a completion rate that names no money still answers a count',
    row: { task: '新建农村公路100公里', progress: '已完成新建农村公路80公里，完成率80%。' },
    expected: [{ value: 100, verdict: 'on-track', reported: { value: 80 } }],
  },
  {
    description: 'a completion rate to reach meets the completion shares of other groups: figures of its kind, none its own',
    row: {
      task: '纳入省重点项目计划的在建续建项目，按照上半年计划投资完成率60%、年度投资计划完成率120%以上的目标。',
      progress: '(省、市重点建设项目29宗,完成投资69.9亿元,完成年度计划的54.4%,高于序时进度4.4个百分点;县重点建设项目43宗,完成投资18.5亿元,完成年度计划的29.7%,低于序时进度20.3个百分点。)',
    },
    period: '1-5月',
    expected: [{ value: 60, verdict: 'unclear', reported: null }, { value: 120, verdict: 'unclear', reported: null }],
    notes: '惠东 2022',
  },
  {
    description: 'a completion rate to reach is answered by the rate of its own words',
    row: { task: '投资完成率达到50%及以上', progress: '截至8月底，已开工小区1110个，开工率74.0%，完成投资28.17亿元，投资完成率37.44%。' },
    expected: [{ value: 50, verdict: 'behind', reported: { value: 37.44 } }],
    notes: '湖南 2021 老旧小区',
  },
  {
    description: 'a completion rate to reach against a progress in words has no figure',
    row: { task: '年度投资计划完成率120%以上', progress: '项目建设有序推进，正在加快施工。' },
    expected: [{ value: 120, verdict: 'no-figure' }],
  },
  {
    description: 'a level that is no completion rate is not measured by a completion share',
    row: { task: '森林覆盖率达到45%', progress: '完成植树造林2.1万亩，完成年度任务的80%。' },
    expected: [{ value: 45, verdict: 'no-figure' }],
  },
  {
    description: 'a share of all the works written without 的 (完成总工程量80%) answers a target of works; the start rate only rates the starts',
    row: { task: '城镇老旧小区改造工程，任务目标是改造181个城镇老旧小区，', progress: '目前，项目开工率100%，完成总工程量80%；' },
    expected: [{ value: 181, verdict: 'on-track', reported: { value: 80 } }],
    notes: '邢台 2022 (read here as of 三季度: 80% is above the 75% pace)',
  },
  {
    description: 'a share of the works of one named part (完成工程量70%) is no share of the target',
    row: { task: '实施(新)改建农村公路12公里', progress: '斋坛-大路提升工程已完工，平田-塘后提升工程已完成工程量70%。' },
    expected: [{ value: 12, verdict: 'no-figure' }],
    notes: '松阳 2022, without the whole project\'s 已完成总工程量的85%',
  },
  {
    description: 'a count done beside the rest still being done answers the year\'s list by itself',
    row: { task: '今年保定市确立的32件2021年民生实事', progress: '已办结20件，其余12件正在全力推进。' },
    expected: [{ value: 32, verdict: 'behind', reported: { value: 20 } }],
    notes: '保定 2021 (read here as of 三季度: 20 of 32 is 62.5%, below the 75% pace)',
  },
];

const wholesAndParts: RowCase[] = [
  {
    description: 'a part of the task\'s whole is not answered by the rate of one place the report ranks',
    row: {
      task: '海南省下达危房改造任务10081户，其中，建档立卡贫困户8513户。',
      progress: '全省开工10887户，竣工8760户，竣工率达86.9%。改造进度较快、竣工率较高的市县有东方市(100%)、临高县(95%)等。',
    },
    expected: [{ value: 10081, verdict: 'on-track', reported: { value: 8760 } }, { value: 8513, verdict: 'no-figure', reported: null }],
    notes: '海南 2019, its progress at 三季度: 东方市(100%) is that county\'s own rate',
  },
  {
    description: 'a whole stated with its parts is answered by no part\'s figure; each part by its own',
    row: {
      task: '确定全县建档立卡贫困户危房改造任务为1034户，其中C级653户，D级381户。',
      progress: '目前，C级危房开工474户，开工率72.59%，竣工334户，竣工率51.15%；D级危房开工245户，开工率64.3%，竣工180户，竣工率47.24%。',
    },
    expected: [
      { value: 1034, verdict: 'unclear', reported: null, reason: { key: 'target.why.figureOfAPart' } },
      { value: 653, verdict: 'behind', reported: { value: 334 } },
      { value: 381, verdict: 'behind', reported: { value: 180 } },
    ],
    notes: '留坝 2017: the progress counts the two grades only',
  },
  {
    description: 'a whole stated with its parts, answered by a whole and its parts, takes each its own',
    row: { task: '危房改造任务1034户，其中C级653户，D级381户。', progress: '已竣工危房720户，其中C级450户，D级270户。' },
    expected: [
      { value: 1034, verdict: 'behind', reported: { value: 720 } },
      { value: 653, verdict: 'behind', reported: { value: 450 } },
      { value: 381, verdict: 'behind', reported: { value: 270 } },
    ],
  },
  {
    description: 'a whole stated with its parts is answered by a figure of the whole that names no part',
    row: { task: '改造农村公路项目76个，其中通畅项目46个，通达项目30个。', progress: '已有9个项目全部完工，62个项目已开工。' },
    expected: [{ value: 76, verdict: 'behind', reported: { value: 9 } }, { value: 46 }, { value: 30 }],
    notes: 'in the manner of 荣昌 2015',
  },
  {
    description: 'a part written after 其中 is answered by the progress\'s part, not its whole',
    row: {
      task: '昌宁县易地扶贫搬迁三年行动计划涉及13乡(镇)4942户19776人，其中：建档立卡户3660户14617人。',
      progress: '截至7月底，该县共落实易地扶贫搬迁对象3954户，占目标任务的80%，其中：建档立卡2670户，占目标任务的74.1%。',
    },
    expected: [
      { value: 4942, reported: { value: 80 } },
      { value: 19776, verdict: 'no-figure' },
      { value: 3660, verdict: 'on-track', reported: { value: 2670 } },
      { value: 14617, verdict: 'no-figure' },
    ],
    notes: '昌宁 2016, read as a year\'s plan: 2670 of 3660 is 73%, above the 58% pace at the end of July',
  },
  {
    description: 'a lone part written after 其中 is answered by the progress\'s part, not its whole',
    row: {
      task: '易地扶贫搬迁三年行动计划涉及4942户，其中：建档立卡户3660户。',
      progress: '截至7月底，该县共落实易地扶贫搬迁对象3954户，占目标任务的80%，其中：建档立卡2670户，占目标任务的74.1%。',
    },
    expected: [{ value: 3660, verdict: 'on-track', reported: { value: 2670 } }],
  },
  {
    description: 'two tasks the progress counts together as one figure are each unclear, whatever rate follows',
    row: {
      task: '今年我省农村危房改造，包括中央下达的危房改造任务7.1万户和中央第三批下达我省的任务4.2万户。',
      progress: '今年我省农村危房改造实际完成11.3万户，已超过省政府“十件实事”中承诺的9万户改造目标。截至11月底，我省农村危房改造开工率为100%，竣工率达98%。',
    },
    period: '全年',
    expected: [
      { value: 71000, verdict: 'unclear', reported: null, reason: { key: 'target.why.targetsTogether' } },
      { value: 42000, verdict: 'unclear', reported: null, reason: { key: 'target.why.targetsTogether' } },
    ],
    notes: '湖北 2013',
  },
  {
    description: 'two tasks the progress answers one by one are each judged',
    row: { task: '完成中央下达的危房改造任务7.1万户和省下达的任务4.2万户。', progress: '中央任务完成6.8万户，省任务完成4.5万户。' },
    period: '全年',
    expected: [{ value: 71000, verdict: 'unmet', reported: { value: 68000 } }, { value: 42000, verdict: 'met', reported: { value: 45000 } }],
  },
  {
    description: 'a figure beside a promise\'s target (承诺的9万户改造目标) names the target, not a result',
    row: { task: '改造农村危房8万户', progress: '已超过省政府承诺的9万户改造目标。' },
    period: '全年',
    expected: [{ value: 80000, verdict: 'no-figure' }],
  },
  {
    description: 'schools to renovate answered only by projects obtained and approved are unclear',
    row: {
      task: '对8所中小学校进行校舍安全改造。',
      progress: '今年教育部门共争取中小学校安全建设项目16个，资金1275.25万元。目前已通过审核的项目7个，全部为新建。',
    },
    period: '1-4月',
    expected: [{ value: 8, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherWorks' } }],
    notes: '新安 2010',
  },
  {
    description: 'people approved for a benefit answer a target of people served',
    row: { task: '新增城乡低保对象100户', progress: '审核通过城乡低保对象120户。' },
    expected: [{ value: 100, verdict: 'met', reported: { value: 120 } }],
  },
];

/** A year's list of projects named by its sector or class is followed by its starts; projects that name their works are not. */
const listsFollowedByStarts: RowCase[] = [
  {
    description: 'a list of 重大基础设施项目 is answered by the projects started',
    row: { task: '18个重大基础设施项目', progress: '已开工17个,开工率为94%,完成投资122.2亿元,完成年度投资计划的65.30%。' },
    expected: [{ value: 18, verdict: 'on-track', reported: { value: 17 } }],
    notes: '宁夏 2019',
  },
  {
    description: 'a list of 民生及社会事业项目 is answered by the projects started',
    row: { task: '20个民生及社会事业项目', progress: '已开工14个,开工率为70%。其中,棚户区改造项目已开工建设1万套,完成投资5.3亿元。' },
    period: '一季度',
    expected: [{ value: 20, verdict: 'on-track', reported: { value: 14 } }],
    notes: '宁夏 2018',
  },
  {
    description: 'a list of 实施类项目 is answered by the projects started',
    row: { task: '其中,373个实施类项目', progress: '开工320个,开工率85.8%,完成投资957.4亿元,占年度计划的47.8%。' },
    period: '1-4月',
    expected: [{ value: 373, verdict: 'on-track', reported: { value: 320 } }],
    notes: '山东 2021',
  },
  {
    description: 'a list of projects named by their size (10亿元) is answered by the projects started',
    row: { task: '今年全区重点调度的209项10亿元新建工业项目', progress: '1~4月份开工50项。一批重大项目陆续开工建设,投资额逐月加大。' },
    period: '1-4月',
    expected: [{ value: 209, verdict: 'behind', reported: { value: 50 } }],
    notes: '内蒙古 2012',
  },
  {
    description: 'infrastructure to build, named by its works, is not answered by works only started',
    row: { task: '新建10个乡镇污水处理基础设施', progress: '已开工8个,正在加快施工。' },
    expected: [{ value: 10, verdict: 'unclear' }],
  },
];

describe("a year's list of projects followed by its starts", () => {
  it.each(listsFollowedByStarts)('$description', expectTargetsOfRow);
});

describe('wholes and their parts', () => {
  it.each(wholesAndParts)('$description', expectTargetsOfRow);
});

describe('what a completion share is a share of', () => {
  it.each(sharesOfMoney)('$description', expectTargetsOfRow);
});
