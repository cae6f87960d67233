/**
 * The error classes found on the tuning half of the targets corpus (tests/corpus/targets), each with
 * phrasings of its shape written for this test (not copied from the corpus): a rule that fixes a class
 * must hold on these, and the corpus scores it on the real rows.
 */
import { extractTargets } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('works started, under way and finished', () => {
  it.each<RowCase>([
    {
      description: 'a target of works is answered by the works finished, not by those started first',
      row: { task: '12个乡镇综合文化站建设', progress: '已开工10个、开工率83%，已完工6个。' },
      expected: [{ value: 12, reported: { value: 6 }, verdict: 'behind' }],
    },
    {
      description: 'works under way are not works done',
      row: { task: '建设社区食堂15个', progress: '正在推进9个社区食堂建设；已建成社区食堂12个。' },
      expected: [{ value: 15, reported: { value: 12 }, verdict: 'on-track' }],
    },
    {
      description: 'a target to start works takes the works started, a target to finish them the works finished',
      row: { task: '新开工棚户区改造安置房2000套、竣工1500套', progress: '截至9月底，新开工安置房2300套，已竣工900套。' },
      expected: [
        { value: 2000, reported: { value: 2300 }, verdict: 'met' },
        { value: 1500, reported: { value: 900 }, verdict: 'behind' },
      ],
    },
    {
      description: 'a total whose parts are said part-way done (其中…完成总工程量的80%) is the size of works under way: unclear',
      row: { task: '新建公共租赁住房900套。', progress: '新建公共租赁住房共2个项目合计960套，其中东区项目(500套)已完成总工程量的80%，西区项目(460套)已完成总工程量的70%。' },
      expected: [{ value: 900, reported: null, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }],
    },
    {
      description: "a part's completion share is no share of the whole target",
      row: { task: '新建学校30所。', progress: '已建成学校20所，其中农村学校完成年度任务的95%。' },
      expected: [{ value: 30, reported: { value: 20 }, verdict: 'behind' }],
    },
    {
      description: 'a total said finished, with a share of other works after it, stays finished',
      row: { task: '新建公共租赁住房900套。', progress: '已建成公共租赁住房960套，配套道路工程完成总工程量的70%。' },
      expected: [{ value: 900, reported: { value: 960 }, verdict: 'met' }],
    },
    {
      description: "the target's own figure as the scope of a tender is the plan restated: no figure",
      row: { task: '完成25所学校智慧食堂管理系统建设。', progress: '25所学校智慧食堂管理系统建设的招标文件已发布。' },
      expected: [{ value: 25, reported: null, verdict: 'no-figure' }],
    },
    {
      description: "two targets' own figures as the scope of one tender are both the plan restated",
      row: { task: '完成25所学校智慧食堂管理系统建设和40所学校监控设备更新。', progress: '25所学校智慧食堂管理系统建设和40所学校监控设备更新的招标文件已发布。' },
      expected: [{ value: 25, reported: null, verdict: 'no-figure' }, { value: 40, reported: null, verdict: 'no-figure' }],
    },
    {
      description: 'works done beside the rest in tender: the works done answer',
      row: { task: '完成25所学校智慧食堂管理系统建设。', progress: '已完成12所学校智慧食堂管理系统建设，其余13所正在招标。' },
      expected: [{ value: 25, reported: { value: 12 }, verdict: 'behind' }],
    },
    {
      description: 'another figure in tender is works under way: unclear',
      row: { task: '完成25所学校智慧食堂管理系统建设。', progress: '首批10所学校智慧食堂管理系统建设的招标文件已发布。' },
      expected: [{ value: 25, reported: null, verdict: 'unclear', reason: { key: 'target.why.otherWorks' } }],
    },
    {
      description: 'works started are all the progress counts: a figure of the kind, but how many are built is unclear',
      row: { task: '9个乡镇卫生院迁建项目', progress: '已开工7个、开工率77.8%，完成投资6200万元。' },
      expected: [{ value: 9, reported: null, verdict: 'unclear', reason: { key: 'target.why.otherWorks', params: { figure: '已开工7个' } } }],
    },
    {
      description: 'works being prepared (招投标, 前期) are not works done either',
      row: { task: '今年计划对80条老旧街巷开展提升改造', progress: '已开展了25条街巷的招投标工作以及30条街巷的前期设计工作。' },
      expected: [{ value: 80, verdict: 'unclear' }],
    },
    {
      description: 'the households rebuilt, not those whose works only started',
      row: { task: '农村危房改造任务为3600户', progress: '已动工3650户，动工率101%；竣工2900户，竣工率80.6%。' },
      expected: [{ value: 3600, reported: { value: 2900 }, verdict: 'on-track' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('the figure of the target’s own unit, when the words say little', () => {
  it.each<RowCase>([
    {
      description: 'the only figure of the unit answers the only target, though few words are shared',
      row: { task: '文化惠民工程年度任务送书下乡6万册', progress: '目前送书3.5万册。' },
      period: '上半年',
      expected: [{ value: 60000, reported: { value: 35000 }, verdict: 'on-track', evidence: 'position' }],
    },
    {
      description: 'the best figure of the unit, clearly ahead of the others, answers it',
      row: { task: '完成40所乡镇敬老院消防设施改造提升工程', progress: '为38所敬老院加装了喷淋系统，另有2个项目待验收。' },
      period: '全年',
      expected: [{ value: 40, reported: { value: 38 }, verdict: 'unmet' }],
    },
    {
      description: 'a figure of the unit that shares nothing with the target and no marker is still no answer',
      row: { task: '新建公共停车场8个', progress: '召开协调会3次。' },
      expected: [{ value: 8, verdict: 'no-figure' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('the whole done, said in words', () => {
  it.each<RowCase>([
    {
      description: 'a progress that is only 已完成 meets the target',
      row: { task: '380个行政村规划编制', progress: '已完成。' },
      expected: [{ value: 380, verdict: 'met', reported: { value: 100, unit: '%' } }],
    },
    {
      description: '全部通过…验收 meets the target',
      row: { task: '60个美丽乡村示范村创建', progress: '已全部通过县级验收。' },
      expected: [{ value: 60, verdict: 'met' }],
    },
    {
      description: '全面完成目标任务 and 已完成既定目标 meet the target',
      row: { task: '整治45条城市黑臭水体', progress: '全面完成目标任务，水质持续改善。' },
      expected: [{ value: 45, verdict: 'met' }],
    },
    {
      description: '已完成既定目标 meets every target of the row',
      row: { task: '提升改造12个菜市场、8个社区公园', progress: '已完成既定目标。' },
      expected: [{ value: 12, verdict: 'met' }, { value: 8, verdict: 'met' }],
    },
    {
      description: 'not done: 尚未全部完成 is no share of 100%',
      row: { task: '380个行政村规划编制', progress: '尚未全部完成，正在审查。' },
      expected: [{ value: 380, verdict: 'no-figure' }],
    },
    {
      description: '完成…的任务 reports the task done: its figure is the result, not the plan',
      row: { task: '为全市低保家庭发放爱心礼包5.2万份。', progress: '完成向全市低保家庭发放爱心礼包5.2万份的任务。' },
      expected: [{ value: 52000, verdict: 'met', reported: { value: 52000 } }],
    },
    {
      description: '计划完成…的任务 still restates the plan',
      row: { task: '为全市低保家庭发放爱心礼包5.2万份。', progress: '计划完成发放爱心礼包5.2万份的任务，已发放3.9万份。' },
      expected: [{ value: 52000, verdict: 'on-track', reported: { value: 39000 } }],
    },
    {
      description: 'what works 将解决 once finished is a forecast, not a result',
      row: { task: '解决8万农村人口饮水安全问题', progress: '12个项目均已开工，将解决9万农村人口饮水安全问题。' },
      expected: [{ value: 80000, verdict: 'no-figure' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('numbers of a task that are no targets', () => {
  const valuesOf = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'a count of counties in parentheses sizes the area', text: '山区(15个县)新建农村公路800公里', expected: [800] },
    { description: 'the divisions a count of villages stands in', text: '6个县(市)区120个村人居环境整治', expected: [120] },
    { description: 'the divisions closing a list of names', text: '城关、城南等3个街道垃圾分类全覆盖，改造公厕40座', expected: [40] },
    { description: 'the divisions of an area', text: '实现老城区范围内5个街道乡镇违建清零', expected: [] },
    { description: 'divisions to reach stay a target', text: '新增3个乡镇建成综合养老服务中心', expected: [3] },
    { description: 'continuing and preparing projects are lists, not works of the year', text: '实施12个重点续建项目、8个重点预备和5个重大前期项目', expected: [] },
    { description: 'projects whose preparatory work is sped up are a list, not works of the year', text: '梳理全县15个加快前期工作项目，逐个明确责任单位', expected: [] },
    { description: 'projects to start this year beside them stay a target', text: '推进9个前期工作项目，新开工项目12个', expected: [12] },
    { description: 'continuing projects named before their count are a list', text: '续建项目182个,', expected: [] },
    { description: 'continuing projects of a list, with 共, are a list', text: '2、续建项目。续建项目共118个，计划总投资1238.5亿元，年内计划投资253.9亿元。', expected: [25390000000] },
    { description: 'the continuing ones of a list of works are a list', text: '省级重点工程项目中,建设项目的续建项目130项', expected: [] },
    { description: 'projects under way beside this year’s starts stay the year’s list', text: '新开工及在建项目10项', expected: [10] },
    { description: 'new projects named before their count stay a target', text: '其中新开工项目40个，续建项目46个', expected: [40] },
    { description: 'a list sorted by stage without the word 项目', text: '全年安排重点项目12项,其中新开工5项、续建4项、预备3项。', expected: [12, 5] },
    { description: 'the continuing ones among a list, told with 有', text: '今年新开工重点项目30个,重点项目中续建项目有45个。', expected: [30] },
    { description: 'the stages a work is told in', text: '全县农村饮水工作经历解困、安全、提升三个阶段,今年新建集中供水工程8处。', expected: [8] },
    { description: 'a share of the plan stated in a task is where it stands', text: '安排农村公路4200公里、占年度建设计划的35.5%', expected: [4200] },
    { description: 'every source of a long list of funds in parentheses is a part', text: '总投资2560万元(中央补助资金900.5万元,省级补助资金300万元,县级配套资金600万元,群众自筹759.5万元),改造农房860户', expected: [860] },
  ])('$description', ({ text, expected }) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});

describe('the list of projects an amount is spent on', () => {
  it.each<RowCase>([
    {
      description: 'new and continuing projects together are the list, not a count to start',
      row: { task: '新开工及在建项目30项，年度计划投资12.5亿元', progress: '开工26项，完成投资9.6亿元。' },
      expected: [{ value: 1250000000, reported: { value: 960000000 }, verdict: 'on-track' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('units, parts and changes in words', () => {
  it.each<RowCase>([
    {
      description: 'cases of people treated (例) answer a target of people (名)',
      row: { task: '为2000名困难群众实施白内障复明手术', progress: '累计实施白内障复明手术1800例。' },
      expected: [{ value: 2000, reported: { value: 1800 }, verdict: 'on-track' }],
    },
    {
      description: 'a target that is a part (其中) is answered by the part of the progress',
      row: { task: '实施生态移民搬迁5000人，其中脱贫人口3000人。', progress: '已完成搬迁安置5100人（其中：建档立卡脱贫人口3200人）。' },
      period: '全年',
      expected: [
        { value: 5000, reported: { value: 5100 }, verdict: 'met' },
        { value: 3000, reported: { value: 3200 }, verdict: 'met' },
      ],
    },
    {
      description: '持平 is a change of 0% against a growth to reach',
      row: { task: '农产品网络零售额增长12%。', progress: '全年农产品网络零售额2.1亿元，与上年持平。' },
      period: '全年',
      expected: [{ value: 12, reported: { value: 0 }, verdict: 'unmet' }],
    },
    {
      description: 'works under way named at the start of a long clause are still under way',
      row: { task: '建设城市书房16处', progress: '已完成鼓楼区、台江区、仓山区、晋安区等城市书房共 9处；正在推进新华路、解放路、人民广场北侧等7处城市书房建设。' },
      expected: [{ value: 16, reported: { value: 9 }, verdict: 'behind' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('a past year’s target reported later', () => {
  it.each<RowCase>([
    {
      description: 'a sentence opening with an earlier year states that year’s target, due at its end',
      row: { task: '2019年计划新建城市驿站60座', progress: '实际建成54座。' },
      expected: [{ value: 60, deadline: '2019-12-31', reported: { value: 54 }, verdict: 'unmet' }],
    },
    {
      description: 'a window of years or 以来 names no past target',
      row: { task: '2019年以来累计新建城市驿站60座', progress: '已建成54座。' },
      expected: [{ value: 60, deadline: '2021-12-31', verdict: 'on-track' }],
    },
  ])('$description', expectTargetsOfRow);
});

describe('another statistic of the same words', () => {
  it.each<RowCase>([
    {
      description: 'the registered rate does not answer a surveyed rate (登记 for 调查): unclear, not met',
      row: { task: '城镇调查失业率控制在5.5%以内。', progress: '城镇登记失业率控制在3.2%以内。' },
      expected: [{ value: 5.5, verdict: 'unclear' }],
    },
    {
      description: 'the same statistic is still answered',
      row: { task: '城镇调查失业率控制在5.5%以内。', progress: '城镇调查失业率为5.1%。' },
      expected: [{ value: 5.5, verdict: 'met', reported: { value: 5.1 } }],
    },
    {
      description: 'rural figures do not answer an urban target (农村 for 城镇)',
      row: { task: '城镇居民人均可支配收入增长6%。', progress: '农村居民人均可支配收入增长7.2%。' },
      expected: [{ value: 6, verdict: 'unclear' }],
    },
  ])('$description', expectTargetsOfRow);
});
