/**
 * Numbers of a task or milestone that a reviewer does not read as targets, each rule with phrasings written for this
 * test (not taken from the targets corpus) and the counter-examples that must stay targets.
 */
import { analyzeTargets, extractTargets } from '../../../src/core/targets';
import { reportOf, targetValuesOfRow, type RowSpec, type ValuesCase } from './reportFixtures';

describe('the parts (其中) of a list that is no target', () => {
  it.each<ValuesCase>([
    {
      description: 'the kinds of projects of a list whose investment is the aim',
      row: { task: '全区今年安排重点项目86个，总投资320亿元，年度计划投资95亿元。其中新开工项目40个、续建项目46个。', progress: '1-9月完成投资70亿元。' },
      expected: [9500000000],
    },
    {
      description: 'the share of a list’s money that goes to one kind of project',
      row: { task: '省重点项目共计300个，其中数字经济项目投资占比达30%以上。', progress: '完成投资500亿元，占年度计划的60%。' },
      expected: [],
    },
    {
      description: 'the parts of a whole that is a target stay targets',
      row: { task: '实施易地扶贫搬迁1.2万人，其中贫困人口8000人。', progress: '已搬迁1万人，其中贫困人口7000人。' },
      expected: [12000, 8000],
    },
    {
      description: 'a part the progress answers with a count stays a target',
      row: { task: '重点项目共86个，年度计划投资95亿元，其中新开工项目40个。', progress: '新开工35个，完成投资70亿元。' },
      expected: [9500000000, 40],
    },
    {
      description: 'a figure after the parenthesis 其中 opened is no part',
      row: { task: '全县重点项目共50项(其中20项为省重点项目),年度计划投资30亿元', progress: '完成投资24亿元。' },
      expected: [3000000000],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('the list of projects an amount is spent on, in traditional characters', () => {
  it.each<ValuesCase>([
    {
      description: 'a count of 項目 where only money is reported is the list’s size',
      row: { task: '120個省列重點項目', progress: '累計完成投資310億元，年度計劃投資完成率68%。' },
      expected: [],
    },
    {
      description: 'a count of 項目 the progress answers with a count stays a target',
      row: { task: '120個省列重點項目', progress: '已開工建設96個。' },
      expected: [120],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('a list of divisions is the area of a task', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'divisions helped, listed before what is made for them', text: '对口支援西部12县和3个民族县开展结对帮扶，结对学校不少于10所', expected: [10] },
    { description: 'divisions listed with named ones, where a level must hold', text: '6个街道办事处以及东城、西城等3个镇违建动态清零', expected: [] },
    { description: 'divisions to reach, after a verb of making, stay targets', text: '新增3个乡镇和2个街道建成养老服务中心', expected: [3, 2] },
    { description: 'a division leading the things counted stays a target', text: '12个乡镇综合文化站和8个社区服务中心提档升级', expected: [12, 8] },
    { description: 'divisions with a comparator stay targets', text: '不少于5个乡镇和街道开展垃圾分类试点', expected: [5] },
    { description: 'counties of a status to reach stay targets', text: '5个示范县和10个示范乡镇创建', expected: [5, 10] },
    { description: 'every division of a place is its area', text: '家庭医生签约服务覆盖全市6个区', expected: [] },
    { description: 'a 区级 qualifier is no division', text: '新建6个区级养老中心和2个县级养老中心', expected: [6, 2] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the size of a list of projects named before it', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'a count of the projects just named', text: '东湖、西湖、南湖3个湿地修复项目', expected: [] },
    { description: 'the named list’s size beside a target of the works', text: '实施老城、新城2个棚户区改造项目，改造房屋800户', expected: [800] },
    { description: 'a count that is not the number of names stays a target', text: '东湖、西湖片区5个湿地修复项目', expected: [5] },
    { description: 'works counted after their kinds stay a target', text: '新建口袋公园、街角绿地8处', expected: [8] },
    { description: 'works counted after the noun stay a target', text: '完成城南、城北污水处理厂提标改造工程2个', expected: [2] },
    { description: 'a count of the villages just named', text: '试点选在王庄、石桥、柳河3个村，硬化道路12公里', expected: [12] },
    { description: 'a count of the communities just named', text: '幸福、和平2个社区', expected: [] },
    { description: 'villages to reach after a list of kinds stay a target', text: '新增美丽乡村、文明村60个村', expected: [60] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('a milestone without 时间 that says its task’s words again', () => {
  const targetsOf = (row: RowSpec): string[] =>
    analyzeTargets(reportOf([row], 2021, '三季度')).targets.map((target) => `${target.source === '节点任务' ? 'milestone' : 'task'} ${target.value}`);

  it.each([
    {
      description: 'with the task’s figure is the task’s target once more',
      row: { task: '狠抓招商引资，实际利用外资增长12%以上', period: '', milestone: '实现实际利用外资增长12%以上。', progress: '实际利用外资同比增长15.2%。' },
      expected: ['task 12'],
    },
    {
      description: 'with a smaller amount is the row’s own share, and the task’s figure the level above’s',
      row: { task: '新建和改造提升城市绿道300公里', period: '', milestone: '新建和改造提升城市绿道45公里', progress: '已完成城市绿道38公里。' },
      expected: ['milestone 45'],
    },
    {
      description: 'a milestone with a 时间 is a stage of the task and stays a target',
      row: { task: '新建和改造提升城市绿道300公里', period: '9月底', milestone: '新建和改造提升城市绿道200公里', progress: '已完成城市绿道210公里。' },
      expected: ['task 300', 'milestone 200'],
    },
    {
      description: 'a rate of another figure is the row’s own rate beside the task’s',
      row: { task: '社会消费品零售总额增长8%', period: '', milestone: '社会消费品零售总额增长6%', progress: '社会消费品零售总额增长6.5%。' },
      expected: ['task 8', 'milestone 6'],
    },
    {
      description: 'another indicator is another target',
      row: { task: '新建城市绿道300公里', period: '', milestone: '新建乡村绿道45公里', progress: '已建成城市绿道120公里、乡村绿道30公里。' },
      expected: ['task 300', 'milestone 45'],
    },
    {
      description: 'the row’s share in parentheses, which the milestone repeats, is the task’s target; the whole is the level above’s',
      row: { task: '建设标准化学校12所(其中本县5所)。', period: '', milestone: '建设标准化学校5所', progress: '已完成。' },
      expected: ['task 5'],
    },
    {
      description: 'the row’s share named apart from a whole it does not give, which the milestone repeats in the task’s words',
      row: { task: '新增普惠性托位(略)个(其中本县860个)。', period: '', milestone: '新增普惠性托位860个', progress: '已新增普惠性托位900个。' },
      expected: ['task 860'],
    },
    {
      description: 'the same figure in words the task does not state is another target',
      row: { task: '新建城市绿道45公里', period: '', milestone: '新建乡村绿道45公里', progress: '已建成城市绿道30公里、乡村绿道40公里。' },
      expected: ['task 45', 'milestone 45'],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetsOf(row)).toEqual(expected);
  });
});

describe('the bodies a sum of money goes to', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the schools money is put into', text: '共为全县12所乡村小学投入改薄资金', expected: [] },
    { description: 'the villages a fund is paid to, beside the fund', text: '向8个脱贫村拨付衔接资金1200万元', expected: [12000000] },
    { description: 'people a benefit is paid to stay a target', text: '为1000名困难老人发放高龄津贴', expected: [1000] },
    { description: 'schools something is done for stay a target', text: '为20所学校配备专职校医', expected: [20] },
    { description: 'a comparator keeps the count a target', text: '为不少于10所幼儿园投入资金', expected: [10] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('funds named by their source, allotted with a plan', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the subsidy allotted beside the plan’s count', text: '今年省下达我县农村危房改造计划1500户、补助资金1800万元，已分解到各乡镇。', expected: [1500] },
    { description: 'subsidies and matching funds by level', text: '补助资金共6亿多元，其中中央补助资金5.2亿元，省级财政配套资金6000万元。', expected: [] },
    { description: 'matching funds with 财政 after their kind, beside the plan’s count', text: '今年新建农村公路80公里，市级配套财政资金500万元。', expected: [80] },
    { description: 'a subsidy to secure stays a target', text: '全年争取中央补助资金5000万元以上', expected: [50000000] },
    { description: 'a subsidy to pay out stays a target', text: '发放农机购置补贴资金1.2亿元', expected: [120000000] },
    { description: 'matching funds to put in place stay a target', text: '落实县级配套资金3000万元', expected: [30000000] },
    { description: 'a fund to invest named by its use stays a target', text: '全年投入衔接资金2亿元', expected: [200000000] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the words a target is stated in', () => {
  const phrasesOf = (text: string): string[] => extractTargets(text, { year: 2021 }).map((statement) => statement.context.phrase);
  const indicatorsOf = (text: string): string[] => extractTargets(text, { year: 2021 }).map((statement) => statement.context.indicator);

  it('reads the indicator of a figure inside a quotation from the quotation', () => {
    expect(indicatorsOf('“新建学校8所，社区驿站100家”项目')).toEqual(['学校', '社区驿站']);
  });

  it('reads the indicator of a figure before a connector from the words before it', () => {
    expect(indicatorsOf('新建学校3所和幼儿园5所')).toEqual(['学校', '幼儿园']);
  });

  it.each([
    { description: 'an alternative in parentheses inside the words', text: '新增3个乡镇(街道)建有托育机构', expected: ['新增3个乡镇(街道)建有托育机构'] },
    { description: 'an alternative verb in parentheses', text: '完成农村户用厕所改(新)建5000户', expected: ['完成农村户用厕所改(新)建5000户'] },
    { description: 'another name in parentheses before the figure', text: '新增社区食堂（助餐点）12个', expected: ['新增社区食堂（助餐点）12个'] },
    { description: 'a phase in full-width parentheses inside a name', text: '6个滨江公园（一期）工程', expected: ['6个滨江公园（一期）工程'] },
    { description: 'a parenthesis with a figure ends the words', text: '贫困地区(32个县)新建农村公路800公里', expected: ['新建农村公路800公里'] },
    { description: 'a parenthesis after the words ends them', text: '建设口袋公园20处(含提升改造)', expected: ['建设口袋公园20处'] },
    { description: 'a connector between two items ends neither’s words', text: '完成20个社区智慧安防系统建设和35所学校视频监控改造', expected: ['完成20个社区智慧安防系统建设', '35所学校视频监控改造'] },
    { description: 'the words after a connector are the next figure’s', text: '新建学校3所和幼儿园5所', expected: ['新建学校3所', '幼儿园5所'] },
    { description: 'a figure inside a quotation is stated in its words', text: '市教育局牵头的“新建学校8所，新增学位1.2万个”项目', expected: ['新建学校8所', '新增学位1.2万个'] },
    { description: 'a connector and a preposition after a figure open none of the next item’s words', text: '疏浚河道3公里和对5座泵站更新改造', expected: ['疏浚河道3公里', '5座泵站更新改造'] },
    { description: 'a preposition with words of its own before a figure stays in them', text: '疏浚河道3公里，对老城区5座泵站更新改造', expected: ['疏浚河道3公里', '对老城区5座泵站更新改造'] },
    { description: 'a quoted name inside the words stays in them', text: '新建500个社区“邻里中心”服务点', expected: ['新建500个社区“邻里中心”服务点'] },
  ])('$description', ({ text, expected }) => {
    expect(phrasesOf(text)).toEqual(expected);
  });
});

describe('the count of a year’s list is a target only where the progress measures the list by it', () => {
  it.each<ValuesCase>([
    {
      description: 'a list of 实事 answered only in words',
      row: { task: '今年确保办好12件民生实事', progress: '全县12件民生实事整体推进有力，多数按计划进行。' },
      expected: [],
    },
    {
      description: 'a list of 实事 said all done without a count',
      row: { task: '区政府承办的8件为民实事共20项内容', progress: '均已按期完成。' },
      expected: [],
    },
    {
      description: 'a list of key work tasks answered by counts of other things',
      row: { task: '市政府确定45项重点工作任务', progress: '新增就业岗位3000个，开工建设保障房12个小区。' },
      expected: [],
    },
    {
      description: 'a list of key projects measured only by money',
      row: { task: '城东片区18个市级重点项目', progress: '累计完成投资21亿元，完成年度计划的80%。' },
      expected: [],
    },
    {
      description: 'a list whose items the progress sorts by state, each with a count',
      row: { task: '全市40个民生项目', progress: '已完成12个，其余28个按序时推进。' },
      expected: [],
    },
    {
      description: 'a list of 实事 measured by the items started stays a target',
      row: { task: '年度22件民生实事', progress: '截至9月底，已有17件开始实施。' },
      expected: [22],
    },
    {
      description: 'a list of key projects measured by its starts stays a target, beside its investment',
      row: { task: '全年计划实施重点项目120个，总投资600亿元，年度计划投资150亿元', progress: '已开工98个，开工率81.7%，完成投资120亿元。' },
      expected: [120, 15000000000],
    },
    {
      description: 'a list counted in 件 measured by its items done, counted in 个 with the list’s name',
      row: { task: '全县民生实事项目30件', progress: '目前已完成民生实事项目21个。' },
      expected: [30],
    },
    {
      description: 'the progress naming the list by its size again measures nothing',
      row: { task: '今年实施28项民生工程', progress: '全市28项民生工程累计完成投资5亿元。' },
      expected: [],
    },
    {
      description: 'a list the progress says is all started, repeating its size, names itself (corpus README: all started is read as all done)',
      row: { task: '今年共安排16个民生实事项目', progress: '16个项目已全部开工建设。' },
      expected: [],
    },
    {
      description: 'a list of key projects named by example (等) and measured by its starts stays a target',
      row: { task: '滨河公园提升工程等35个县本级重点项目', progress: '已开工28个，开工率80%。' },
      expected: [35],
    },
    {
      description: 'a list of key projects named by example and measured only by money is no target',
      row: { task: '滨河公园提升工程等35个县本级重点项目', progress: '累计完成投资9亿元。' },
      expected: [],
    },
    {
      description: 'a list of projects sized by investment before its count, measured by starts that name the list',
      row: { task: '全市计划实施投资亿元以上项目260个，总投资900亿元', progress: '已开工重大项目215个，完成投资300亿元。' },
      expected: [260],
    },
    {
      description: 'a list of projects planned for the year, beside its money, measured by its starts',
      row: { task: '今年180个计划实施项目，年度计划投资60亿元', progress: '目前已开工120个，完成投资30亿元。' },
      expected: [180, 6000000000],
    },
    {
      description: 'a list of projects planned for the year, beside its money, measured only by money',
      row: { task: '今年180个计划实施项目，年度计划投资60亿元', progress: '完成投资30亿元。' },
      expected: [6000000000],
    },
    {
      description: 'the parts of a list the progress measures as a whole are no targets',
      row: { task: '全县民生实事项目50件，其中县级20件、镇级30件', progress: '已启动实施民生实事项目28个。' },
      expected: [50],
    },
    {
      description: 'a part the progress counts by its own words stays a target',
      row: { task: '全县民生实事项目50件，其中县级20件、镇级30件', progress: '已启动实施民生实事项目28个，其中县级已完成12件。' },
      expected: [50, 20],
    },
    {
      description: 'a list of projects under way from past years is measured by those finished',
      row: { task: '城区18个市重点在建项目', progress: '已竣工投用5个，累计完成投资12亿元。' },
      expected: [18],
    },
    {
      description: 'a list of projects under way from past years is not measured by starts',
      row: { task: '城区18个市重点在建项目', progress: '本年度复工9个，累计完成投资12亿元。' },
      expected: [],
    },
    {
      description: 'a time span in Chinese numerals counts no items of a list',
      row: { task: '城区18个市重点项目', progress: '完成投资12亿元，提前一个季度完成全年投资计划。' },
      expected: [],
    },
    {
      description: 'a count of projects to start is no list of the year and stays a target',
      row: { task: '新开工项目共14项', progress: '各项目正在推进前期工作。' },
      expected: [14],
    },
    {
      description: 'a list of 重点建设项目 (建设 in its name) measured only by money is no target',
      row: { task: '33个省重点建设项目', progress: '1-7月份,33个省重点建设项目完成投资168.3亿元,占年计划的87.4%。' },
      expected: [],
    },
    {
      description: 'a list of 重点建设项目 measured by its starts stays a target',
      row: { task: '全市210个重点建设项目', progress: '已开工在建170个，完成投资180亿元。' },
      expected: [210],
    },
    {
      description: 'projects whose 建设 names works to make, not the list, stay targets',
      row: { task: '新增3个重点专科建设项目', progress: '正在建设中。' },
      expected: [3],
    },
    {
      description: 'works counted after a verb of making stay targets',
      row: { task: '建设省级重点实验室项目6个', progress: '正在建设中。' },
      expected: [6],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('the sizes in a project’s description', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the length and width of a road described', text: '滨江路延伸段：东起滨河路，西至人民路，全长420米，宽16米。', expected: [] },
    { description: 'a bridge’s width, length and span', text: '新桥跨越南河，桥面宽度为24米，桥长120米，采用3-40米桥跨。', expected: [] },
    { description: 'the floor area of a project', text: '城南社区中心：含服务站和活动室改造，建筑面积约3.2万平方米。', expected: [] },
    { description: 'a clause opening on the area of what was just described', text: '对老街片区进行整体风貌改造，面积约8万平方米。', expected: [] },
    { description: 'the approximate cost of a named road', text: '其中东环路投资约300万元、西环路投资约180万元。', expected: [] },
    { description: 'a length after a verb of making stays a target', text: '新建城市道路全长5公里', expected: [5] },
    { description: 'the length of the roads of a list of projects', text: '其中通村公路项目12个，里程80公里；', expected: [12] },
    { description: 'a length to build stays a target', text: '今年农村公路建设里程达500公里', expected: [500] },
    { description: 'a length to finish stays a target', text: '全年完成农村公路里程1000公里', expected: [1000] },
    { description: 'an area of work stays a target', text: '完成老旧小区改造面积50万平方米', expected: [500000] },
    { description: 'widening to a width stays a target', text: '拓宽县道至宽12米', expected: [12] },
    { description: 'a year’s planned investment of a project stays a target', text: '东环路年度计划投资约3000万元', expected: [30000000] },
    { description: 'a project’s investment stated without an estimate stays a target', text: '城北污水厂项目投资8000万元', expected: [80000000] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the scope of a plan with no date', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the projects and homes a resettlement plan covers', text: '全市规划安置房项目120个、6.5万套', expected: [] },
    { description: 'a plan’s area', text: '规划用地范围内绿地面积40万平方米', expected: [] },
    { description: 'a plan to build stays a target', text: '规划建设社区养老服务中心12个', expected: [12] },
    { description: 'a plan’s scope with a year to reach it stays a target', text: '规划安置房项目今年完成30个', expected: [30] },
    { description: 'a plan’s scope due by a deadline stays a target', text: '规划安置房8000套2022年底前交付', expected: [8000] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the scope a task involves, and things already counted', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the households a renewal involves', text: '城中村改造涉及群众1200户，年底前完成签约。', expected: [] },
    { description: 'the villages a road scheme involves', text: '乡村道路提档工程涉及全县12个镇35个行政村。', expected: [] },
    { description: 'projects referred back to by 这', text: '这12个项目总投资3亿元。', expected: [] },
    { description: 'schools referred back to by 上述', text: '上述5所学校由县教育局统一招标。', expected: [] },
    { description: 'the list a task is one of', text: '该工程被列为全省20项重点民生工程之一。', expected: [] },
    { description: 'both lists a task is one of', text: '入选全市12项重大工程和10件民生实事之一。', expected: [] },
    { description: 'a count before a later clause of 之一 stays a target', text: '新建公园8个，这是今年民生实事之一。', expected: [8] },
    { description: 'the wider list a work is put into', text: '农村公路提升工程纳入全市10件民生实事,新改建农村公路120公里。', expected: [120] },
    { description: 'villages to put into a programme stay a target', text: '将12个村纳入美丽乡村示范村建设。', expected: [12] },
    { description: 'work done on the places 涉及 names stays a target', text: '完成涉及3万户居民小区的供水管网改造。', expected: [30000] },
    { description: 'a clause of 涉及 after the work counted measures the same work and stays a target', text: '今年计划改造老旧小区60个，涉及8000户。', expected: [60, 8000] },
    { description: 'a count after 该 as part of a name is no reference back', text: '该县新建村级养老服务站20个。', expected: [20] },
    { description: 'the bar of the counties a notice lists (阿克苏 2014)', text: '阿克苏地区上半年重点民生工程开工率达90%以上的县(市)有:', expected: [] },
    { description: 'the bar of investment of the counties listed', text: '累计投入资金超过年度投资计划60%的县有:', expected: [] },
    { description: 'a bar of the towns listed below it, written 为', text: '截至9月底,民生实事完成率低于50%的乡镇为:', expected: [] },
    { description: 'a share of the villages to reach stays a target', text: '力争80%以上的行政村实现生活垃圾分类。', expected: [80] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the rate of a benefit, and a rate it is raised to', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'a rate per person a benefit is paid at', text: '为高龄老人每人每月发放津贴200元。', expected: [] },
    { description: 'a rate per household in a slash', text: '按照1500元/户标准给予补助。', expected: [] },
    { description: 'a rate raised to a level is an aim', text: '将城乡居民医保财政补助标准提高至每人每年550元。', expected: [550] },
    { description: 'a floor under a rate is an aim', text: '残疾人护理补贴标准不低于每人每月80元。', expected: [80] },
    { description: 'rates listed after 达到, each an aim', text: '城乡特困供养标准分别达到800元/人、600元/人。', expected: [800, 600] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('a population that sizes the places counted, with a word of size between', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'households that size a larger village', text: '实现50户以上较大自然村通硬化路比例达到98%。', expected: [98] },
    { description: 'people that size a large firm', text: '推动300人以上大型企业建立职工书屋。', expected: [] },
    { description: 'people to reach stay a target', text: '培训农村劳动力3000人以上。', expected: [3000] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the parts in parentheses of a count of projects in 宗', () => {
  const extracted = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'the kinds of the projects counted', text: '今年全县安排建设项目60宗（其中新开工项目25宗、投产项目35宗），年度计划投资80亿元。', expected: [60, 8000000000] },
    { description: 'a count in 宗 with no parentheses stays a target', text: '新开工项目25宗。', expected: [25] },
  ])('$description', ({ text, expected }) => {
    expect(extracted(text)).toEqual(expected);
  });
});

describe('the parts in parentheses after a figure, targets only where the progress counts them', () => {
  it.each<ValuesCase>([
    {
      description: 'kinds of work the progress counts by their words are targets of their own',
      row: { task: '全年完成造林绿化任务5.6万亩（其中人工造林2.6万亩、封山育林1万亩、森林抚育2万亩）。', progress: '已完成人工造林1.2万亩、封山育林1万亩、森林抚育1.5万亩，完成全年任务的66%。' },
      expected: [56000, 26000, 10000, 20000],
    },
    {
      description: 'sub-projects of a list the progress counts are a target',
      row: { task: '全区兴办10件惠民实事项目（含16个子项目）', progress: '其中，已完成子项目9个，其他项目正按序时推进。' },
      expected: [16],
    },
    {
      description: 'kinds of schools the progress does not count describe the whole',
      row: { task: '计划建成投入使用学校40所（28所中小学和12所幼儿园），年度投资约20亿元。', progress: '累计完成投资12亿元，占年度投资计划的60%。' },
      expected: [40, 2000000000],
    },
    {
      description: 'batches of a plan after 其中 are targets of their own even when the progress answers only the whole',
      row: { task: '农村危房改造计划共1800户（其中第一批700户、第二批1100户），已分解下达到各乡镇。', progress: '已竣工1300户，竣工率72%。' },
      expected: [1800, 700, 1100],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });

  it('leaves the parts out of extractTargets unless asked for them', () => {
    const text = '全年完成造林绿化任务5.6万亩（其中人工造林2.6万亩、封山育林1万亩）。';
    expect(extractTargets(text, { year: 2021 }).map((statement) => statement.value)).toEqual([56000]);
    expect(extractTargets(text, { year: 2021, partsInParentheses: true }).map((statement) => [statement.value, statement.inParentheses ?? false]))
      .toEqual([[56000, false], [26000, true], [10000, true]]);
  });
});

describe('the groups of a list the sentence’s heading sorts', () => {
  it.each<ValuesCase>([
    {
      description: 'projects sized by industry after 分行业看',
      row: { task: '分行业看,39个工业项目', progress: '全部开工建设,完成投资165.3亿元,完成年度投资计划的72.06%。5个服务业项目全部开工建设,完成投资22.3亿元。' },
      expected: [],
    },
    {
      description: 'projects sized by stage after 按阶段划分, with 其中',
      row: { task: '按阶段划分,其中46个投产项目', progress: '完成投资442.4亿元,为年计划的52.4%;136个续建项目完成投资335.5亿元,为年计划的39.4%。' },
      expected: [],
    },
    {
      description: 'every group of the sentence, behind an item number and a full-width colon',
      row: { task: '(二)分领域看：120个产业项目、45个基础设施项目。', progress: '产业项目完成投资300亿元,占年度计划的60%;45个基础设施项目完成投资80亿元。' },
      expected: [],
    },
    {
      description: 'the same count without a heading stays a target',
      row: { task: '今年实施39个工业项目', progress: '已开工35个。' },
      expected: [39],
    },
    {
      description: 'works counted under a heading stay targets',
      row: { task: '分领域看,新建学校10所、改造医院5家。', progress: '已建成学校6所,改造医院3家。' },
      expected: [10, 5],
    },
    {
      description: 'a heading of an earlier sentence does not reach the next one',
      row: { task: '分行业看,工业投资增长10%。新开工项目20个。', progress: '工业投资增长12%,新开工项目18个。' },
      expected: [10, 20],
    },
    {
      description: 'a plan followed by 看 is no heading (按计划看护…)',
      row: { task: '按计划看护留守儿童,实施关爱项目12个。', progress: '已实施关爱项目10个。' },
      expected: [12],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('the capacity a work offers once built, said with 可', () => {
  it.each<ValuesCase>([
    {
      description: 'the places a kindergarten will offer are no target beside its building',
      row: { task: '完成城南幼儿园、城北幼儿园等2所公办幼儿园建设，可提供学位960个。', progress: '城南幼儿园已完工，城北幼儿园主体已封顶。' },
      expected: [2],
    },
    {
      description: 'a store’s tonnage after 建成后可 describes the store',
      row: { task: '粮食储备库扩建项目', milestone: '预计10月完工，建成后可新增2.4万吨仓容。', progress: '主体工程已完成，正在进行屋面施工。' },
      expected: [],
    },
    {
      description: 'places stated as an estimate with 约 are capacity too',
      row: { task: '新、改扩建公办幼儿园12所，预计建成后可新增学位约3600个。', progress: '已开工建设8所。' },
      expected: [12],
    },
    {
      description: 'places to add without 可 stay a target',
      row: { task: '新建幼儿园3所，新增学位800个。', progress: '已建成2所，新增学位520个。' },
      expected: [3, 800],
    },
    {
      description: 'a feasibility study (可研) is no capacity',
      row: { task: '完成可研批复项目12个。', progress: '已完成可研批复9个。' },
      expected: [12],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('a voltage, the class of the lines and stations', () => {
  it.each<ValuesCase>([
    {
      description: 'the stations to build, of their voltage',
      row: { task: '新建35千伏变电站3座,改造10千伏线路120公里。', progress: '已建成变电站2座,改造线路96公里。' },
      expected: [3, 120],
    },
    {
      description: 'a voltage alone in the task is no target',
      row: { task: '推进220kV输变电工程建设。', progress: '已完成线路架设。' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('numerals glued to a figure in digits', () => {
  const valuesOf = (text: string): number[] => extractTargets(text, { year: 2021 }).map((statement) => statement.value);

  it.each([
    { description: 'a name ending a list that the figure counts', text: '完成东关、西岭、三台4个社区的管网改造', expected: [4] },
    { description: 'numerals with a space before a figure stay a count', text: '新建公厕两座 3个停车场', expected: [2, 3] },
    { description: 'numerals closing their clause stay a count', text: '新建公厕两座,改造停车场3个', expected: [2, 3] },
  ])('$description', ({ text, expected }) => {
    expect(valuesOf(text)).toEqual(expected);
  });
});
