/**
 * The named rules that decide between a verdict and `unclear` / `no-figure` on real reports: each case is a
 * sheet of one row, in phrasings of our own, and says which rule it exercises.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { namesLeadUnitsOfTwoLevels } from '../../../src/core/targets/_lib/higherLevelTarget';
import { reportOf, type RowSpec } from './reportFixtures';

interface Case {
  readonly rule: string;
  readonly description: string;
  readonly row: RowSpec;
  readonly expected: readonly Record<string, unknown>[];
}

const cases: Case[] = [
  {
    rule: 'higher-level target',
    description: "a county's count against the province's amount cannot be paced",
    row: { task: '全年新建农村公路800公里。（省级责任单位：省交通厅；县级责任单位：县交通局）', progress: '全县已新建农村公路35公里。' },
    expected: [{ value: 800, verdict: 'unclear', reported: null, reason: { key: 'target.why.higherLevel', params: { figure: '全县已新建农村公路35公里' } } }],
  },
  {
    rule: 'higher-level target',
    description: "a district's rate against the city's rate is judged as usual",
    row: { task: '社会消费品零售总额增长8%。（市级牵头单位：市商务局；区级牵头单位：区商务局）', progress: '全区社会消费品零售总额同比增长9.6%。' },
    expected: [{ value: 8, verdict: 'met', reported: { value: 9.6 } }],
  },
  {
    rule: 'higher-level target',
    description: "a part that alone reaches the higher level's amount is met",
    row: { task: '培训技能人才200人。（市级牵头单位：市人社局；区级牵头单位：区人社局）', progress: '全区已培训技能人才260人。' },
    expected: [{ value: 200, verdict: 'met', reported: { value: 260 } }],
  },
  {
    rule: 'higher-level target',
    description: 'one lead unit names no second level: judged as usual',
    row: { task: '培训技能人才200人。（牵头单位：区人社局）', progress: '已培训技能人才100人。' },
    expected: [{ value: 200, verdict: 'behind', reported: { value: 100 } }],
  },
  {
    rule: 'target figure repeated',
    description: "the target's own count, in its counting word, as the one count of the progress is the target done",
    row: { task: '完成12所特困供养机构适老化改造。', progress: '为12所敬老院加装了无障碍坡道和扶手。' },
    expected: [{ value: 12, verdict: 'met', reported: { value: 12 } }],
  },
  {
    rule: 'target figure repeated',
    description: 'beside another count of its kind, the same figure is not enough to tie it',
    row: { task: '完成12所特困供养机构适老化改造。', progress: '为12所敬老院加装了无障碍坡道，为5所敬老院配备了呼叫设备。' },
    expected: [{ value: 12, verdict: 'unclear' }],
  },
  {
    rule: 'head noun',
    description: 'a figure that names only the head of the indicator counts the thing of the target',
    row: { task: '创建垃圾分类示范达标小区120个。', progress: '目前在45个小区，建成分类收集亭60个。' },
    expected: [{ value: 120, verdict: 'behind', reported: { value: 45 } }],
  },
  {
    rule: 'things of another kind',
    description: 'enterprises (家) do not count certificates (本): no figure measures the target',
    row: { task: '新取得安全生产许可证书6本以上。', progress: '目前已有9家企业提交许可证书申请材料。' },
    expected: [{ value: 6, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'things of another kind',
    description: '个 counts any thing: lamps reported in 个 still answer a target in 盏',
    row: { task: '新装农村路灯800盏。', progress: '已安装农村路灯650个。' },
    expected: [{ value: 800, verdict: 'on-track', reported: { value: 650 } }],
  },
  {
    rule: 'change against level',
    description: 'a fall of another statistic does not measure a rate to reach: no figure',
    row: { task: '重点项目开工率达到60%以上。', progress: '1-2月，全市工业投资同比下降18.4%，已安排项目41个。' },
    expected: [{ value: 60, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'change against level',
    description: 'a level reported as a level is still judged',
    row: { task: '重点项目开工率达到60%以上。', progress: '重点项目开工率达到52%。' },
    expected: [{ value: 60, verdict: 'behind', reported: { value: 52 } }],
  },
  {
    rule: 'milestone without a period',
    description: "a row without a 时间 of its own states the year's target in its milestone: paced to the year's end",
    row: { task: '城市公厕提升工程', period: '', milestone: '新建公厕10座', progress: '已建成公厕8座。' },
    expected: [{ value: 10, verdict: 'on-track', deadline: '2021-12-31', reported: { value: 8 } }],
  },
  {
    rule: 'milestone without a period',
    description: "a milestone of the row's own 时间, this report's period, is due now",
    row: { task: '城市公厕提升工程', period: '三季度', milestone: '新建公厕10座', progress: '已建成公厕8座。' },
    expected: [{ value: 10, verdict: 'unmet', deadline: '2021-09-30', reported: { value: 8 } }],
  },
  {
    rule: 'figure row',
    description: 'a progress row of numbers alone answers the statistical form with its first number',
    row: { task: '新增城镇就业(万人)', milestone: '3.5', progress: '4.1  117%' },
    expected: [{ value: 35000, verdict: 'met', reported: { value: 41000 } }],
  },
  {
    rule: 'figure row',
    description: 'a task and a milestone stating one figure take the first number of such a row in their unit',
    row: { task: '开展送文艺下乡演出40场', milestone: '40场', progress: '52 130%' },
    expected: [{ value: 40, verdict: 'met', reported: { value: 52 } }, { value: 40, verdict: 'met', reported: { value: 52 } }],
  },
  {
    rule: 'own target of the row',
    description: "a bare milestone is the row's own target in the task's unit; the task's other figure is another level's",
    row: { task: '新建农村公路500公里', period: '', milestone: '60', progress: '48 80%' },
    expected: [
      { value: 500, verdict: 'unclear', reason: { key: 'target.why.otherLevel', params: { own: '60' } } },
      { value: 60, unit: '公里', verdict: 'on-track', reported: { value: 48 } },
    ],
  },
  {
    rule: 'own target of the row',
    description: "a bare milestone repeating the task figure is the same target, recorded once in the task",
    row: { task: '新建农村公路60公里', period: '', milestone: '60', progress: '48 80%' },
    expected: [{ value: 60, unit: '公里', verdict: 'on-track', reported: { value: 48 } }],
  },
  {
    rule: 'figure row',
    description: 'a progress cell opening with its figure column before a remark answers the row target',
    row: { task: '提高城乡居民基础养老金标准', period: '', milestone: '不低于150元', progress: '165  高于目标标准' },
    expected: [{ value: 150, verdict: 'met', reported: { value: 165 } }],
  },
  {
    rule: 'unitless table',
    description: "a table without units: the milestone's number against the progress's first",
    row: { task: '城乡居民免费健康体检', period: '', milestone: '52000', progress: '40100 77.1%' },
    expected: [{ value: 52000, unit: '', verdict: 'on-track', reported: { value: 40100 } }],
  },
  {
    rule: 'unitless table',
    description: 'a bare milestone against a progress in words is the row target, with no figure the words can give it',
    row: { task: '城乡居民免费健康体检', period: '', milestone: '52000', progress: '体检工作有序推进。' },
    expected: [{ value: 52000, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'group with investment',
    description: 'a count of projects before the group\'s investment labels the group; the money is the aim',
    row: { task: '实施市级重点项目20个，总投资120亿元，年度计划投资30亿元。', progress: '累计完成投资25亿元，完成年度计划的83%。' },
    expected: [{ value: 3000000000, verdict: 'on-track' }],
  },
  {
    rule: 'group with investment',
    description: 'a bare count of items after the level of a list labels the group whose planned investment follows',
    row: { task: '县级9项，概算投资42亿元，当年计划投资8亿元。', progress: '完成投资6.4亿元。' },
    expected: [{ value: 800000000, verdict: 'on-track' }],
  },
  {
    rule: 'group with investment',
    description: 'the progress restating the same count only names the group again',
    row: { task: '全年共实施12项民生工程，计划总投入5亿元。', progress: '全市12项民生工程共完成投资4.1亿元。' },
    expected: [{ value: 500000000, verdict: 'on-track' }],
  },
  {
    rule: 'group with investment',
    description: 'a progress that counts the projects started answers the count, which stays a target',
    row: { task: '新开工项目共40个，计划总投资80亿元，年内计划投资20亿元。', progress: '已开工建设33个，完成投资16亿元。' },
    expected: [{ value: 40, reported: { value: 33 } }, { value: 2000000000, reported: { value: 1600000000 } }],
  },
  {
    rule: 'group with investment',
    description: 'a count of things built before their investment is no label',
    row: { task: '新建学校6所，总投资3亿元。', progress: '已建成学校5所。' },
    expected: [{ value: 6, verdict: 'on-track', reported: { value: 5 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects is answered by the projects started',
    row: { task: '今年全市安排市级重点项目共120个。', progress: '已开工96个，开工率80%，完成投资215亿元。' },
    expected: [{ value: 120, verdict: 'on-track', reported: { value: 96 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects whose progress gives money and the start rate is measured by the rate',
    row: { task: '1至9月，全市100个重点项目', progress: '完成投资43.7亿元，比去年同期增加7亿元，开工率达到82%。' },
    expected: [{ value: 100, verdict: 'on-track', reported: { value: 82 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects all started, with a start rate of 100%, names itself: the rate says no more than the words',
    row: { task: '今年新增的4个市重点建设项目', progress: '均已开工，开工率达100%，完成投资5.6亿元。' },
    expected: [],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects whose progress gives money and its share of the plan only names the list',
    row: { task: '1至9月，全市100个重点项目', progress: '完成投资43.7亿元，完成年度计划投资的76%。' },
    expected: [],
  },
  {
    rule: 'list of investment projects',
    description: 'a rate of investment done is no start rate: the list of projects stays named only',
    row: { task: '今年新增的4个市重点建设项目', progress: '完成投资5.6亿元，投资完成率达80%。' },
    expected: [],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects whose progress gives money and a part of the list (其中) only names the list',
    row: { task: '今年全市476个重点建设项目', progress: '完成投资406.96亿元，完成年度计划投资的70.6%；其中，省重点建设项目60个，完成投资176亿元。' },
    expected: [],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects to build whose progress counts the projects started stays a target',
    row: { task: '今年全市476个重点建设项目', progress: '已开工建设400个，完成投资406.96亿元。' },
    expected: [{ value: 476, reported: { value: 400 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects is not measured by the projects finished: its count names the list',
    row: { task: '重大项目建设成效显著，全年193项重点项目', progress: '顺利完工123项，民间投资增长28.9%。' },
    expected: [],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of key projects under way from past years is measured by those finished',
    row: { task: '推进26个市重点在建项目', progress: '已竣工投用15个。' },
    expected: [{ value: 26, reported: { value: 15 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a list of projects for the people is measured by the projects finished',
    row: { task: '该县年度确立的131个民生项目', progress: '已有90个完工，完工率达68.7%。' },
    expected: [{ value: 131, verdict: 'behind', reported: { value: 90 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'a count of industrial projects after their kind is answered by those started',
    row: { task: '全区工业项目38项。', progress: '已开工21项。' },
    expected: [{ value: 38, verdict: 'behind', reported: { value: 21 } }],
  },
  {
    rule: 'list of investment projects',
    description: 'projects that name the works they build are not answered by works started',
    row: { task: '8个乡镇卫生院改扩建项目。', progress: '已开工7个，完成投资3200万元。' },
    expected: [{ value: 8, verdict: 'unclear' }],
  },
  {
    rule: 'list of investment projects',
    description: 'key projects to finish are not answered by projects started',
    row: { task: '年内完成重点项目30个。', progress: '已开工28个。' },
    expected: [{ value: 30, verdict: 'unclear' }],
  },
  {
    rule: 'window of years',
    description: 'a target of three years is paced from the start of its first year',
    row: { task: '2021—2023年新建社区食堂300个。', progress: '已建成社区食堂90个。' },
    expected: [{ value: 300, verdict: 'on-track', deadline: '2023-12-31', reported: { value: 90 } }],
  },
  {
    rule: 'window of years',
    description: 'a school year is no window of years: the target is the year’s',
    row: { task: '2021-2022学年新增公办学位600个。', progress: '已新增公办学位300个。' },
    expected: [{ value: 600, verdict: 'behind', deadline: '2021-12-31' }],
  },
  {
    rule: 'a figure of the kind',
    description: "the only figure counts in the target's own specific word (套) but names other things: unclear, not no-figure",
    row: { task: '全年改造农村危房800套。', progress: '上年度分配公租保障用房520套，今年各项工作有序推进。' },
    expected: [{ value: 800, verdict: 'unclear', reported: null, reason: { key: 'target.why.unclear', params: { figure: '上年度分配公租保障用房520套' } } }],
  },
  {
    rule: 'a figure of the kind',
    description: 'a figure in another specific word (台 against 盏) measures something else: no figure',
    row: { task: '全年安装路灯500盏。', progress: '已安装空调300台，其余工作有序推进。' },
    expected: [{ value: 500, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'a figure of the kind',
    description: "only a part (其中) of the target's things is counted, without the whole: unclear",
    // (A year's list counted only in its sub-projects is no target at all: listMeasuredByCount.)
    row: { task: '全年新增城镇公共停车泊位1500个。', progress: '其中，已建成智慧停车泊位600个，其余正有序推进。' },
    expected: [{ value: 1500, verdict: 'unclear', reported: null }],
  },
  {
    rule: 'a figure of the kind',
    description: 'the whole given before its part answers the target',
    row: { task: '全年办好15件民生实事项目。', progress: '已完成民生实事项目12件，其中子项目6个。' },
    expected: [{ value: 15, verdict: 'on-track', reported: { value: 12 } }],
  },
  {
    rule: 'part of another whole',
    description: "figures of a whole that is not the target's (`下达的30个项目已开工24个，完工9个` against 12个) cannot be told apart",
    row: { task: '12个农村供水项目纳入年度考核。', progress: '截至目前，下达的30个水利项目已开工24个，完工9个。' },
    expected: [{ value: 12, verdict: 'unclear', reported: null, reason: { key: 'target.why.partOfOtherWhole', params: { figure: '完工9个' } } }],
  },
  {
    rule: 'part of another whole',
    description: "the whole named before what of it is done is the target's own: the part done answers it",
    row: { task: '全年完成12个农村供水项目。', progress: '截至目前，12个农村供水项目已完工9个。' },
    expected: [{ value: 12, verdict: 'on-track', reported: { value: 9 } }],
  },
  {
    rule: 'same figure',
    description: 'the same number in another counting word, naming other things, is a coincidence: no figure',
    row: { task: '新安装空调600台、净水设备240套。', progress: '已安装空调600台(涉及教室240个)；净水设备正在采购。' },
    expected: [{ value: 600, verdict: 'met' }, { value: 240, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'same figure',
    description: 'the same number of schools (所) against a count of courses (个) is a coincidence: no figure',
    row: { task: '培育精品课程12个。', progress: '组建名师团队3个，结对帮扶12所乡村学校。' },
    expected: [{ value: 12, verdict: 'no-figure', reported: null }],
  },
  {
    rule: "another target's figure",
    description: "a figure equal to another target's own figure answers that one, not this one",
    row: { task: '全年培训社区医生120人以上；开展线上培训3000人以上。', progress: '已完成社区医生培训120名。' },
    expected: [{ value: 120, verdict: 'met', reported: { value: 120 } }, { value: 3000, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'tie by place',
    description: 'a figure said as the actual (实际) is reported like one, and answers the row\'s one target of its kind',
    row: { task: '下达建筑施工领域生产经营性事故死亡人数控制指标20人、', progress: '实际死亡3人、占全年进度控制指标的15%;其他行业未发生人员伤亡事故。' },
    expected: [{ value: 20, verdict: 'met', reported: { value: 3 } }],
  },
  {
    rule: "another target's figure",
    description: "a count in the target's own words answers it though its number is another target's, reached exactly",
    row: { task: '全年为困难老人送餐150人,上门助浴120人。', progress: '实际完成:送餐150人,上门助浴150人。' },
    expected: [{ value: 150, verdict: 'met', reported: { value: 150 } }, { value: 120, verdict: 'met', reported: { value: 150 } }],
  },
  {
    rule: "another target's figure",
    description: "a rate equal to another target's is that rate restated, whatever its words (counter-example)",
    row: { task: '城镇登记失业率控制在4%以内,调查失业率降至3.5%。', progress: '城镇登记失业率为4%。' },
    expected: [{ value: 4, verdict: 'met' }, { value: 3.5, reported: null }],
  },
  {
    rule: "another target's figure",
    description: 'each target takes its own figure when both are reported',
    row: { task: '新建口袋公园5个，改造社区绿地12个。', progress: '已新建口袋公园5个，改造社区绿地12个。' },
    expected: [{ value: 5, verdict: 'met', reported: { value: 5 } }, { value: 12, verdict: 'met', reported: { value: 12 } }],
  },
  {
    rule: 'same figure',
    description: 'the same number in a kindred counting word (名 ↔ 人) is the target done',
    row: { task: '全年培训乡村医生300名。', progress: '已完成乡村医生轮训300人。' },
    expected: [{ value: 300, verdict: 'met', reported: { value: 300 } }],
  },
  {
    rule: 'part of the plan',
    description: 'the part done of a restated plan (`确定260户…其中160户已完成`) is the result',
    row: { task: '对200户困难家庭进行适老化改造。', progress: '确定260户改造对象，已完成设计，其中160户已完成改造。' },
    expected: [{ value: 200, verdict: 'on-track', reported: { value: 160 } }],
  },
  {
    rule: 'part of the plan',
    description: "a list of counts adding up to the target is the plan's distribution; the part done after it is the result",
    row: { task: '新建社区食堂10个。', progress: '其中城东街道3个，城西街道4个，城南街道3个，其中4个已建成投用。' },
    expected: [{ value: 10, verdict: 'behind', reported: { value: 4 } }],
  },
  {
    rule: 'part of the plan',
    description: 'a part of an actual whole is not the result: the whole is',
    row: { task: '对200户困难家庭进行适老化改造。', progress: '已完成适老化改造180户，其中100户为独居老人家庭。' },
    expected: [{ value: 200, verdict: 'on-track', reported: { value: 180 } }],
  },
  {
    rule: 'part of the plan',
    description: 'a list that does not add up to the target is no distribution of it: its part done is no result',
    row: { task: '新建社区食堂12个。', progress: '其中城东街道3个，城西街道4个，其中2个已建成投用。' },
    expected: [{ value: 12, reported: null }],
  },
  {
    rule: 'share of the figure before it',
    description: 'a bare 完成率 right after an area is the share of the area: it answers neither the households nor the money',
    row: { task: '改造老旧小区住宅40万平方米，涉及6200户，计划投资3亿元。', progress: '已改造住宅面积12万平方米，完成率30%；已改造1500户。' },
    expected: [
      { value: 400000, verdict: 'behind', reported: { value: 120000 } },
      { value: 6200, verdict: 'behind', reported: { value: 1500 } },
      { value: 300000000, verdict: 'no-figure', reported: null },
    ],
  },
  {
    rule: 'share of the figure before it',
    description: 'a completion rate that names its own thing is not the share of the figure before it',
    row: { task: '年度计划投资3亿元。', progress: '已改造住宅面积12万平方米，投资完成率30%。' },
    expected: [{ value: 300000000, verdict: 'behind', reported: { value: 30 } }],
  },
  {
    rule: "the row's own counting word",
    description: "households done answer the row's target of households, not its target of estates",
    row: { task: '改造老旧小区25个，涉及居民4800户。', progress: '已完成改造居民2300户，其余小区正在施工。' },
    expected: [{ value: 25, verdict: 'no-figure', reported: null }, { value: 4800, verdict: 'behind', reported: { value: 2300 } }],
  },
  {
    rule: "the row's own counting word",
    description: "a share stated right after a count in another target's word is that target's share",
    row: { task: '改造老旧小区60个、1.2万户。', progress: '已完成改造6600户，完成年度任务的55%。' },
    expected: [{ value: 60, verdict: 'no-figure', reported: null }, { value: 12000, verdict: 'behind', reported: { value: 6600 } }],
  },
  {
    rule: "the row's own counting word",
    description: 'a share after a count in the target\'s own word stays its share',
    row: { task: '改造老旧小区1.2万户。', progress: '已完成改造6600户，完成年度任务的55%。' },
    expected: [{ value: 12000, verdict: 'behind' }],
  },
  {
    rule: "the row's own counting word",
    description: 'a count in the word two targets share is not tied by the word alone',
    row: { task: '新建公厕20座，改造公厕30座。', progress: '已完成公共设施18座。' },
    expected: [{ value: 20, verdict: 'no-figure' }, { value: 30, verdict: 'no-figure' }],
  },
  {
    rule: "a list of 民生实事",
    description: "the year's list measured by its items started",
    row: { task: '全年实施40个民生实事项目。', progress: '截至目前，已启动实施民生实事项目34个，其余正在开展前期工作。' },
    expected: [{ value: 40, verdict: 'on-track', reported: { value: 34 } }],
  },
  {
    rule: "a list of 民生实事",
    description: "the year's list measured by its items done",
    row: { task: '全年实施40个民生实事项目。', progress: '已完成民生实事项目18个。' },
    expected: [{ value: 40, verdict: 'behind', reported: { value: 18 } }],
  },
  {
    rule: "a list of 民生实事",
    description: 'works to build, not a list, answered by starts alone stay unclear',
    row: { task: '新建社区服务中心40个。', progress: '已开工社区服务中心34个。' },
    expected: [{ value: 40, verdict: 'unclear', reported: null }],
  },
  {
    rule: 'a part of the works done',
    description: 'how far two parts of the works are done does not say how far the school is: unclear',
    row: { task: '新建公办幼儿园2所。', progress: '东区幼儿园主体工程完成90%，室外配套工程完成40%。' },
    expected: [{ value: 2, verdict: 'unclear', reported: null }],
  },
  {
    rule: 'a part of the works done',
    description: 'a count of the works done beside them answers the target',
    row: { task: '新建公办幼儿园2所。', progress: '已建成公办幼儿园1所，另1所主体工程完成90%。' },
    expected: [{ value: 2, verdict: 'behind', reported: { value: 1 } }],
  },
  {
    rule: 'a part of the works done',
    description: 'a share of the whole works still answers the target',
    row: { task: '新建公办幼儿园2所。', progress: '项目已完成总工程量的85%。' },
    expected: [{ value: 2, verdict: 'on-track', reported: { value: 85 } }],
  },
  {
    rule: 'starts reckoned by the report',
    description: 'starts the report itself says reach the target are its progress',
    row: { task: '建设保障性租赁住房5000套。', progress: '已开工建设保障性租赁住房5200套，超额完成年度目标任务。' },
    expected: [{ value: 5000, verdict: 'met', reported: { value: 5200 } }],
  },
  {
    rule: 'starts reckoned by the report',
    description: 'starts the report measures as a share of the year\'s plan are its progress (江西 2023)',
    row: { task: '新建、改扩建公办幼儿园150所。', progress: '全省开工新建、改扩建城区和城乡结合部公办幼儿园195所，完成年度计划的130%。' },
    expected: [{ value: 150, verdict: 'met', reported: { value: 195 } }],
  },
  {
    rule: 'starts reckoned by the report',
    description: 'starts with a share of the year\'s task below the pace are behind',
    row: { task: '新建、改扩建公办幼儿园150所。', progress: '已开工建设公办幼儿园90所，占年度任务的60%。' },
    expected: [{ value: 150, verdict: 'behind', reported: { value: 90 } }],
  },
  {
    rule: 'starts reckoned by the report',
    description: 'starts with their start rate are only rated as starts: unclear',
    row: { task: '新建、改扩建公办幼儿园150所。', progress: '已开工建设公办幼儿园120所，开工率80%。' },
    expected: [{ value: 150, verdict: 'unclear', reported: null }],
  },
  {
    rule: 'starts reckoned by the report',
    description: 'starts followed by other words stay other works: unclear',
    row: { task: '建设保障性租赁住房5000套。', progress: '已开工建设保障性租赁住房5200套，其中竣工部分正在验收。' },
    expected: [{ value: 5000, verdict: 'unclear', reported: null }],
  },
  {
    rule: 'a target for each unit',
    description: 'a total over all units says nothing of each: no figure',
    row: { task: '每个村配备2名以上保洁员。', progress: '全县共配备保洁员1860名。' },
    expected: [{ value: 2, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'a target for each unit',
    description: 'a figure for each unit answers it',
    row: { task: '每个村配备2名以上保洁员。', progress: '全县平均每村配备保洁员3名。' },
    expected: [{ value: 2, verdict: 'met', reported: { value: 3 } }],
  },
  {
    rule: 'a target for each unit',
    description: 'a benefit per person (月人均) is not answered by the sum paid out',
    row: { task: '城市低保月人均补助不低于600元。', progress: '累计发放城市低保金3120.5万元,补助652.3元/人.月。' },
    expected: [{ value: 600, verdict: 'met', reported: { value: 652.3 } }],
  },
  {
    rule: 'a target for each unit',
    description: 'a benefit per person with only the sum paid out: no figure',
    row: { task: '城市低保月人均补助不低于600元。', progress: '累计发放城市低保金3120.5万元。' },
    expected: [{ value: 600, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'a target for each unit',
    description: 'words that say it is done answer it',
    row: { task: '每个村配备2名以上保洁员。', progress: '全县共配备保洁员1860名，已全部完成。' },
    expected: [{ value: 2, verdict: 'met', reported: { value: 100 } }],
  },
  {
    rule: 'a target for each unit',
    description: 'a table’s bare figure under 已完成数 is in the row’s own terms, per unit as the target (岳阳楼区 2022)',
    row: { task: '每个县市区至少1家定点医疗机构实现普通门诊医疗费用跨省直接结算', progress: '1 100%' },
    expected: [{ value: 1, verdict: 'met', reported: { value: 1 } }],
  },
  {
    rule: 'a target for each unit',
    description: 'a bare total among words is still a total: no figure',
    row: { task: '每个村配备2名以上保洁员。', progress: '全县共配备保洁员1860名，覆盖全部行政村。' },
    expected: [{ value: 2, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'a target for each unit',
    description: 'a figure each year is no figure for each unit: totals answer it',
    row: { task: '每年新增就业岗位500个。', progress: '已新增就业岗位420个。' },
    expected: [{ value: 500, reported: { value: 420 } }],
  },
  {
    rule: 'all started',
    description: 'works to rebuild said all started, without a number: a start does not say they are rebuilt (unclear)',
    row: { task: '改造农贸市场8个。', progress: '已全部开工，预计10月底前完工。' },
    expected: [{ value: 8, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherWorks', params: { figure: '已全部开工' } } }],
  },
  {
    rule: 'stage rate',
    description: 'a target of starts answered by its 开工率 of 100% is met',
    row: { task: '新开工保障性租赁住房1200套。', progress: '目前，保障性租赁住房项目开工率100%。' },
    expected: [{ value: 1200, verdict: 'met', reported: { value: 100, unit: '%' } }],
  },
  {
    rule: 'stage rate',
    description: 'a target to finish answered by its 竣工率 is that share of it',
    row: { task: '建成农村公路危桥改造工程30座。', progress: '截至9月底，危桥改造竣工率为60%。' },
    expected: [{ value: 30, verdict: 'behind', reported: { value: 60, unit: '%' } }],
  },
  {
    rule: 'stage rate',
    description: 'a 开工率 does not say how much of a target to rebuild is done',
    row: { task: '改造城镇老旧小区40个。', progress: '项目开工率100%，正在加紧施工。' },
    expected: [{ value: 40, verdict: 'no-figure' }],
  },
  {
    rule: 'stage rate',
    description: 'a rate of works finished does not measure money',
    row: { task: '计划下达补助资金800万元。', progress: '已竣工120户，竣工率60%。' },
    expected: [{ value: 8000000, verdict: 'no-figure' }],
  },
  {
    rule: 'nearly done',
    description: 'works said nearly done without a number: a claim about the target that cannot be checked (unclear)',
    row: { task: '改造城镇老旧小区35个。', progress: '改造工程基本完工。' },
    expected: [{ value: 35, verdict: 'unclear', reported: null, reason: { key: 'target.why.mostlyDone', params: { words: '基本完工' } } }],
  },
  {
    rule: 'nearly done',
    description: 'a step of the works nearly done says nothing of the target (no-figure)',
    row: { task: '新建农贸市场4个。', progress: '选址和前期设计工作基本完成，正在办理用地手续。' },
    expected: [{ value: 4, verdict: 'no-figure' }],
  },
  {
    rule: 'nearly done',
    description: 'a rate target is not measured by words of the work nearly done (no-figure)',
    row: { task: '农村生活污水治理覆盖率达到60%。', progress: '治理工程已基本完成。' },
    expected: [{ value: 60, verdict: 'no-figure' }],
  },
  {
    rule: 'nearly done',
    description: 'a count of the works beside the words answers the target',
    row: { task: '新建公厕20座。', progress: '已建成公厕18座，其余基本完成。' },
    expected: [{ value: 20, verdict: 'on-track', reported: { value: 18 } }],
  },
  {
    rule: 'all started',
    description: 'a target of starts said all started is met',
    row: { task: '新开工保障性住房项目6个。', progress: '6个项目已全部开工。' },
    expected: [{ value: 6, verdict: 'met' }],
  },
  {
    rule: 'all started',
    description: "a year's list of key projects said all started names itself: the words leave no gap to measure",
    row: { task: '推进20个市级重点项目建设。', progress: '20个市级重点项目均已开工。' },
    expected: [],
  },
  {
    rule: 'all started',
    description: 'works all started say nothing of the money spent: no figure',
    row: { task: '完成水利投资3亿元。', progress: '各项工程均已开工。' },
    expected: [{ value: 300000000, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'change on two bases',
    description: 'one change stated on two bases, one above and one below the target, against a target naming no basis: unclear',
    row: { task: '全年税收收入增长6%。', progress: '1—9月，全区税收收入38.2亿元，自然口径增长2.1%，剔除减税因素后同口径增长9.4%。' },
    expected: [{ value: 6, verdict: 'unclear', reported: null, reason: { key: 'target.why.otherBasis', params: { figure: '自然口径增长2.1%', other: '剔除减税因素后同口径增长9.4%' } } }],
  },
  {
    rule: 'change on two bases',
    description: 'one change on one basis only is judged as usual',
    row: { task: '全年税收收入增长6%。', progress: '1—9月，全区税收收入38.2亿元，同口径增长9.4%。' },
    expected: [{ value: 6, verdict: 'met', reported: { value: 9.4 } }],
  },
  {
    rule: 'change on two bases',
    description: 'a target that names its basis is judged by the change on it',
    row: { task: '全年税收收入同口径增长6%。', progress: '1—9月，全区税收收入自然口径增长2.1%，同口径增长9.4%。' },
    expected: [{ value: 6, verdict: 'met', reported: { value: 9.4 } }],
  },
  {
    rule: 'share against a change',
    description: "a share of the year's budget does not say how far revenue grew: the growth answers",
    row: { task: '一般公共预算收入增长5%。', progress: '前三季度，一般公共预算收入完成26.4亿元，同比增长3.2%，完成年度预算76.5%。' },
    expected: [{ value: 5, verdict: 'behind', reported: { value: 3.2 } }],
  },
  {
    rule: 'share against a change',
    description: "a share of the year's budget alone is no growth: no figure",
    row: { task: '一般公共预算收入增长5%。', progress: '前三季度，一般公共预算收入完成年度预算76.5%。' },
    expected: [{ value: 5, verdict: 'no-figure', reported: null }],
  },
  {
    rule: 'share against a change',
    description: "a share of the year's budget still answers an amount to reach",
    row: { task: '一般公共预算收入完成35亿元。', progress: '前三季度，一般公共预算收入完成年度预算76.5%。' },
    expected: [{ value: 3500000000, verdict: 'on-track', reported: { value: 76.5 } }],
  },
];

describe('verdict rules on real phrasings', () => {
  it.each(cases)('$rule: $description', ({ row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row]));
    expect(targets).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(targets[index]).toMatchObject(fields));
  });
});

interface FilledOnCase {
  readonly description: string;
  readonly filledOn: string;
  readonly row: RowSpec;
  readonly expected: Record<string, unknown>;
}

// The as-of date of a 全年 report is never after the day it was filled in: one read out in December is paced.
const filledOnCases: FilledOnCase[] = [
  {
    description: 'a 全年 report filled in on 12月20日, close to the pace, is on track, not unmet',
    filledOn: '2021年12月20日',
    row: { task: '全年新建社区食堂60个', period: '全年', progress: '已建成社区食堂59个。' },
    expected: { verdict: 'on-track', reported: { asOf: '2021-12-20' } },
  },
  {
    description: 'a 全年 report filled in on 12月20日, far from the pace, is behind',
    filledOn: '2021年12月20日',
    row: { task: '全年新建社区食堂60个', period: '全年', progress: '已建成社区食堂41个。' },
    expected: { verdict: 'behind', reported: { asOf: '2021-12-20' } },
  },
  {
    description: 'a 全年 report filled in after the year is judged at the year end: short is unmet',
    filledOn: '2022年1月15日',
    row: { task: '全年新建社区食堂60个', period: '全年', progress: '已建成社区食堂58个。' },
    expected: { verdict: 'unmet', reported: { asOf: '2021-12-31' } },
  },
  {
    description: 'a 全年 report filled in on 12月30日 has no time left: short is unmet',
    filledOn: '2021年12月30日',
    row: { task: '全年新建社区食堂60个', period: '全年', progress: '已建成社区食堂58个。' },
    expected: { verdict: 'unmet' },
  },
  {
    description: '截至 in the progress names the as-of date, whatever the filling day',
    filledOn: '2021年12月20日',
    row: { task: '全年新建社区食堂60个', period: '全年', progress: '截至11月底，已建成社区食堂56个。' },
    expected: { verdict: 'on-track', reported: { asOf: '2021-11-30' } },
  },
];

describe('the as-of date of a report filled in before its period ends', () => {
  it.each(filledOnCases)('$description', ({ filledOn, row, expected }) => {
    const { targets } = analyzeTargets(reportOf([row], 2021, '全年', filledOn));
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject(expected);
  });
});

describe('namesLeadUnitsOfTwoLevels', () => {
  it('reads lead units of two levels, and not one level twice', () => {
    expect(namesLeadUnitsOfTwoLevels('（市级牵头单位：市发改委；区级牵头单位：区发改局）')).toBe(true);
    expect(namesLeadUnitsOfTwoLevels('（省级责任单位：省卫健委；县级责任单位：县卫健局）')).toBe(true);
    expect(namesLeadUnitsOfTwoLevels('（市级牵头单位：市发改委；市级配合单位：市财政局）')).toBe(false);
    expect(namesLeadUnitsOfTwoLevels('推进市级重点项目建设，区级财政给予支持')).toBe(false);
  });
});
