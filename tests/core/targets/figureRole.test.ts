/** What a figure of a progress text says: only an actual answers a target (DOMAIN §4, roles). */
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { namesWholeBeforeDone } from '../../../src/core/targets/_lib/figureRole';
import { reportOf } from './reportFixtures';

const cases: { description: string; progress: string; expected: [string, string][]; notes?: string }[] = [
  { description: 'a plan restated before the result', progress: '计划新建17家，已建成12家。', expected: [['17家', 'plan'], ['12家', 'actual']] },
  { description: 'a share of the annual task', progress: '完成年度任务的81%。', expected: [['81%', 'share']] },
  { description: 'a count with its share in parentheses', progress: '已完成8个（53%）。', expected: [['8个', 'actual'], ['53%', 'share']] },
  { description: 'a share alone as the whole progress', progress: '80%', expected: [['80%', 'share']] },
  { description: 'a share of an amount written with the plan between', progress: '收入完成114814万元，为全年预算数185000万元的62.1%。', expected: [['114814万元', 'actual'], ['185000万元', 'plan'], ['62.1%', 'share']] },
  { description: 'a baseline and what was added to it', progress: '在已建成34个的基础上，新增12个。', expected: [['34个', 'baseline'], ['12个', 'new']] },
  { description: 'a part of the whole', progress: '累计建成20所，其中农村地区5所。', expected: [['20所', 'actual'], ['5所', 'part']] },
  { description: 'a figure said in total after the parts sums the whole', progress: '其中物业局负责26个，住建局负责25个，现已全部改造完成，共计投入资金1.06亿元。', expected: [['26个', 'part'], ['25个', 'part'], ['现已全部改造完成', 'share'], ['1.06亿元', 'actual']], notes: '呼和浩特新城区 2014' },
  { description: 'a part counted later in the clauses of its opener stays a part', progress: '其中物业局负责26个，住建局已完成改造25个。', expected: [['26个', 'part'], ['25个', 'part']] },
  { description: 'the works finished among the works started are a count of their own', progress: '我市农村危房改造已开工8984户，其中已竣工5054户。', expected: [['8984户', 'actual'], ['5054户', 'actual']], notes: '梅州 2016' },
  { description: 'the works finished among works said all started; their shells stay parts', progress: '已全部开工，其中：完成主体348户，封顶261户，完工179户。', expected: [['已全部开工', 'share'], ['348户', 'part'], ['261户', 'part'], ['179户', 'actual']], notes: '久治 2013' },
  { description: 'the works finished among works all started, said done after their count, are a count of their own', progress: '61个村庄已全部开工建设,其中44个村庄已完成治理建设。', expected: [['61个', 'actual'], ['已全部开工', 'share'], ['44个', 'actual']], notes: '汶上 2023' },
  { description: 'the works finished among works being built, said done after their count', progress: '进场施工,其中1家已完成建设,2家正在有序推进中。', expected: [['1家', 'actual'], ['2家', 'part']], notes: '宝山 2022: the rest under way stay a part' },
  { description: 'a part of works started said done after its count only in its main structure stays a part', progress: '已开工20个，其中8个已完成主体工程。', expected: [['20个', 'actual'], ['8个', 'part']] },
  { description: 'a part of households chosen, not started, said done after its count stays a part', progress: '确定260户改造对象，其中118户已完工。', expected: [['260户', 'plan'], ['118户', 'part']] },
  { description: 'a part of works finished that were not counted as started stays a part', progress: '已竣工120户，其中已入住80户。', expected: [['120户', 'actual'], ['80户', 'part']] },
  { description: 'a part of works started that only has its main structure done stays a part', progress: '已开工20个，其中已完成主体工程8个。', expected: [['20个', 'actual'], ['8个', 'part']] },
  { description: 'places ranked by their own rate in parentheses are parts, not the row\'s share', progress: '竣工6760户，竣工率达67.1%。改造进度较快、竣工率较高的市县有东方市(100%)、临高县(95%)、儋州市(88.1%)等。', expected: [['6760户', 'actual'], ['达67.1%', 'share'], ['100%', 'part'], ['95%', 'part'], ['88.1%', 'part']], notes: '海南 2019' },
  { description: 'a share of the whole works after 进度的', progress: '项目完成总体进度的98.42%。', expected: [['98.42%', 'share']], notes: '缙云 2023' },
  { description: 'a sentence opened by the month alone gives what the month added, its share of the plan too', progress: '9月当月,重点项目完成投资80亿元,为年度计划的8%。1-9月,完成投资760亿元,为年度计划的76%。', expected: [['80亿元', 'new'], ['8%', 'new'], ['760亿元', 'actual'], ['76%', 'share']] },
  { description: 'a sentence opened by 本月 alone gives the month\'s added figures', progress: '本月,新开工项目12个。', expected: [['12个', 'new']] },
  { description: 'the month named as a date to which figures are counted is no span alone (counter-example)', progress: '截至9月底,完成投资760亿元。', expected: [['760亿元', 'actual']] },
  { description: 'a share of the whole works after 整体进度的', progress: '现已完成整体进度的76%。', expected: [['76%', 'share']], notes: '北京 2020' },
  { description: 'points above the overall pace are no share', progress: '投资完成率高于总体进度的9.8个百分点。', expected: [['9.8个百分点', 'actual']], notes: 'counter-example in the style of 武进 2017' },
  { description: 'districts ranked by their start rate in parentheses are parts', progress: '按各县(市、区)开工率从高到低排序，依次是古田县(104.9%)、蕉城区(103.5%)。', expected: [['104.9%', 'part'], ['103.5%', 'part']], notes: '宁德 2017' },
  { description: 'the whole\'s own rate in parentheses after its name stays the share', progress: '全市(95%)，我县(90%)。', expected: [['95%', 'share'], ['90%', 'share']] },
  { description: 'a target in parentheses', progress: '增长7.2%（目标9%）。', expected: [['7.2%', 'actual'], ['9%', 'plan']] },
  { description: 'the total investment of the works named is their size, not money spent', progress: '新开工项目18个,总投资96亿元;累计完成投资31亿元。', expected: [['18个', 'actual'], ['96亿元', 'plan'], ['31亿元', 'actual']] },
  { description: 'the task’s figure in parentheses after its name', progress: '全市完成农村旱厕改造32697户,完成省定任务(14266户)的229%。', expected: [['32697户', 'actual'], ['14266户', 'plan'], ['229%', 'share']], notes: '东营 2016' },
  { description: 'the task’s figure in words in parentheses after its name', progress: '累计完成90场,已超额完成年度目标(50场)的180%。', expected: [['90场', 'actual'], ['50场', 'plan'], ['180%', 'share']], notes: '大连 2021' },
  { description: 'a parenthesis after the task that says what is done holds the result', progress: '年度任务(已完成12个)正在验收。', expected: [['12个', 'actual']] },
  { description: "the year's forecast", progress: '1—9月完成428.3亿元，全年预计完成600亿元。', expected: [['428.3亿元', 'actual'], ['600亿元', 'forecast']] },
  { description: "an estimate of the period's own figure", progress: '预计一季度投资增长20%左右。', expected: [['20%左右', 'actual']] },
  { description: "an estimate of the period with 以上 is the period's figure", progress: '前三季度，预计全区工业增加值增长6%以上。', expected: [['6%以上', 'actual']] },
  { description: "the year's estimate with 以上 stays a forecast", progress: '1—9月增长5.1%，预计全年增长6%以上。', expected: [['5.1%', 'actual'], ['6%以上', 'forecast']] },
  { description: 'an aim with 确保…以上 stays a plan', progress: '1—9月增长5.1%，确保全年增长6%以上。', expected: [['5.1%', 'actual'], ['6%以上', 'plan']] },
  { description: 'the whole named before what of it is done', progress: '209个重点点位已整治155个。', expected: [['209个', 'plan'], ['155个', 'actual']] },
  { description: 'the whole named before 中 and what of it is done', progress: '截至目前，自治区80个重点建设项目中79个开工建设，开工率达98.75%。', expected: [['80个', 'plan'], ['79个', 'actual'], ['达98.75%', 'share']], notes: '宁夏 2019' },
  { description: 'the whole named before 中有 and what of it is done', progress: '纳入移民搬迁和保障房安置的907户中有820户已安置到位。', expected: [['907户', 'plan'], ['820户', 'actual']], notes: '子长 2013' },
  { description: 'the 中 of another item of a list names no whole', progress: '新增省一级示范幼儿园5所、一级高完中2所。', expected: [['5所', 'new'], ['2所', 'new']], notes: '昆明 2021' },
  { description: 'what a progress says will be done by a date ahead is a promise', progress: '截至目前，29件实事已经完成，在年底前做到30件实事全部完成。', expected: [['29件', 'actual'], ['30件', 'plan'], ['全部完成', 'share']], notes: '北京 2017' },
  { description: 'what was done before a date is a result', progress: '6月底前已完成改造12个小区。', expected: [['12个', 'actual']] },
  { description: 'what is chosen and needed, not what is done', progress: '确定49个村共需安装路灯1108盏。', expected: [['49个', 'plan'], ['1108盏', 'plan']] },
  { description: 'those chosen to be served are the plan', progress: '确定260户改造对象，其中已完工118户。', expected: [['260户', 'plan'], ['118户', 'part']] },
  { description: 'what there will be once the works are in use is the plan', progress: '校舍已全部开工，投用后预计新增学位8600个。', expected: [['8600个', 'plan']] },
  { description: 'what is added in use now is a result', progress: '新校区已投用，新增学位8600个。', expected: [['8600个', 'new']] },
  { description: 'a choice already made and counted is a result', progress: '已确定示范村12个。', expected: [['12个', 'actual']] },
  { description: 'works planned beyond the task are planned, not done', progress: '另谋划15处街心游园建设，已建成6处。', expected: [['15处', 'plan'], ['6处', 'actual']] },
  { description: 'a result stated with 达…以上', progress: '参保人数达430万人以上。', expected: [['达430万人以上', 'actual']] },
  { description: 'an aim stated with 力争…以上', progress: '力争年底达到500人以上。', expected: [['达到500人以上', 'plan']] },
  { description: 'a rate that is not a completion share', progress: '入住率为17%。', expected: [['17%', 'actual']] },
  { description: 'the things an office oversees are its scope, not works done', progress: '对8家在建养老机构开展专项督导。', expected: [['8家', 'plan']] },
  { description: 'works done on things named after 对 are a result', progress: '对8家养老机构完成了适老化改造。', expected: [['8家', 'actual']] },
  { description: 'oversight done, counted after its verb, is a result', progress: '已督导检查养老机构8家。', expected: [['8家', 'actual']] },
  { description: "a share of the year's budget said after 完成, without 的", progress: '收入完成年度预算82.2%。', expected: [['82.2%', 'share']] },
  { description: 'a rate of works started is the share of the works started (whether it answers the plan is the stage\'s to say)', progress: '已开工18个，开工率60%。', expected: [['18个', 'actual'], ['60%', 'share']] },
  { description: 'what remains to do is the plan', progress: '已有18个村完成改造，剩余3个村正在施工。', expected: [['18个', 'actual'], ['3个', 'plan']] },
  { description: 'what is still undone, counted before the words that say so, is the plan', progress: '已开工26所，尚有4所未开工。', expected: [['26所', 'actual'], ['4所', 'plan']] },
  { description: 'the rest still being done is the plan', progress: '已办结20件，其余12件正在全力推进。', expected: [['20件', 'actual'], ['12件', 'plan']], notes: '保定 2021' },
  { description: 'the rest being prepared is the plan', progress: '已有23个项目动工实施，其余12个项目正在紧张开展前期准备工作。', expected: [['23个', 'actual'], ['12个', 'plan']], notes: '长乐 2019' },
  { description: 'the rest rated against their schedules is counted as said', progress: '已完成12个，其余28个按序时推进。', expected: [['12个', 'actual'], ['28个', 'actual']] },
  { description: 'the rest said done is a result', progress: '除19家关闭或停业外，其余235家已全部完成签约。', expected: [['19家', 'actual'], ['235家', 'actual']], notes: '锡山 2022' },
  { description: 'a target named after a promise (承诺的9万户改造目标) is the plan', progress: '实际完成11.3万户，已超过承诺的9万户改造目标。', expected: [['11.3万户', 'actual'], ['9万户', 'plan']], notes: '湖北 2013' },
  { description: 'a share of all the works without 的 is a share', progress: '项目开工率100%，完成总工程量80%。', expected: [['100%', 'share'], ['80%', 'share']], notes: '邢台 2022' },
  { description: 'a count after 还有 that is done is a result', progress: '已建成12个，还有站点5个投入运营。', expected: [['12个', 'actual'], ['5个', 'actual']] },
  { description: 'a promise quoted in the progress is the plan', progress: '“每个乡镇新建1所标准化卫生院”的承诺已经兑现。', expected: [['1所', 'plan'], ['已经兑现', 'share']] },
  { description: 'a short quoted name with a figure in the result stays a result', progress: '已建成“口袋公园”15个。', expected: [['15个', 'actual']] },
  { description: 'a count inside a short quoted name does not make the result a plan', progress: '“三个一”工程已完成120户。', expected: [['120户', 'actual']] },
  { description: 'the level a rate rose from is a baseline, the level it rose to the result', progress: '村民组通畅率从2017年6月的69.5%提高至81.4%,沿线受益建档立卡贫困人口112.2万人。', expected: [['69.5%', 'baseline'], ['提高至81.4%', 'actual'], ['112.2万人', 'actual']], notes: '贵州 2018' },
  { description: 'a count of beds raised from one level to another', progress: '综合ICU床位从37张提升至151张,60岁及以上人群全程接种疫苗率达98.47%。', expected: [['37张', 'baseline'], ['提升至151张', 'actual'], ['达98.47%', 'actual']], notes: '琼海 2022' },
  { description: 'a share fallen from one year\'s level to another\'s', progress: '农村公路危桥比例从2015年底的14.6%降至2022年底的2.8%。', expected: [['14.6%', 'baseline'], ['2.8%', 'actual']], notes: '交通运输部 2023' },
  { description: 'a level in two units moved at once', progress: '全县贫困人口由13677户49479人减至887户1472人。', expected: [['13677户', 'baseline'], ['49479人', 'baseline'], ['887户', 'actual'], ['1472人', 'actual']], notes: '陇县 2019' },
  { description: 'counter-example: a count done from a date on is no level moved from', progress: '从3月起已完成改造120户,提高了群众居住条件。', expected: [['120户', 'actual']] },
  { description: 'counter-example: a sum raised by, not from, is a result', progress: '由县财政补助500万元,增加了农户收入。', expected: [['500万元', 'actual']] },
];

describe('figure roles', () => {
  it.each(cases)('$description', ({ progress, expected }) => {
    expect(readReportedFigures(progress, 2023).map((figure) => [figure.quantity.text, figure.role])).toEqual(expected);
  });

  it.each([
    { progress: '地区生产总值同比下降2.6%', direction: 'down', value: 2.6 },
    { progress: '地区生产总值增长-2.1%', direction: 'up', value: -2.1 },
    { progress: '专利申请量分别增长-3.75%、-36.52%', direction: 'up', value: -3.75 },
  ])('reads the direction of a change: $progress', ({ progress, direction, value }) => {
    const [first] = readReportedFigures(progress, 2023);
    expect(first?.direction).toBe(direction);
    expect(first?.quantity.value).toBe(value);
  });

  it('gives a listed figure the direction of the one before it', () => {
    expect(readReportedFigures('分别同比增长-3.75%、-36.52%', 2023).map((figure) => figure.direction)).toEqual(['up', 'up']);
  });

  it('marks a rate of works at one stage with that stage, and a change or a plain percent without it', () => {
    const figures = readReportedFigures('已开工18个，开工率60%，竣工率为25%，完成投资增长12%。', 2023);
    expect(figures.map((figure) => [figure.quantity.text, figure.stage, figure.stageRate ?? false])).toEqual([
      ['18个', 'start', false], ['60%', 'start', true], ['25%', 'finish', true], ['12%', null, false],
    ]);
  });

  it("takes a figure's subject from its sentence when its own words name nothing", () => {
    const figures = readReportedFigures('一般公共预算收入完成114814万元，同比增长31.2%。', 2023);
    expect(figures[1]?.namesNothing).toBe(true);
    expect(figures[1]?.context.indicator).toBe('一般公共预算收入');
  });
});

describe('a whole named before what of it is done', () => {
  it.each([
    ['个重点建设项目中79个开工建设', true],
    ['户中有820户已安置到位', true],
    ['个重点点位已报销账155个', true],
    ['个项目正在建设中3个已完工', false],
    ['个项目施工中2个已竣工', false],
    ['所、一级高完中2所', false],
  ])('%s → %s', (clauseAfterFigure, expected) => {
    expect(namesWholeBeforeDone(clauseAfterFigure)).toBe(expected);
  });
});

describe('the works finished among the works started, against a target to build', () => {
  it('answer it, as a count of its own', () => {
    const { targets } = analyzeTargets(reportOf([{
      task: '今年省下达我市农村危房改造任务为10702户。',
      progress: '截至9月底，我市农村危房改造已开工8984户，其中已竣工5054户，开工率为83.95%。',
    }], 2016));
    expect(targets.map((target) => [target.value, target.reported?.value ?? null, target.verdict])).toEqual([[10702, 5054, 'behind']]);
  });
});

describe('a level moved from one figure to another', () => {
  it('is answered by the level it reached, not the one it started from', () => {
    const report = reportOf([{ task: '全省村民组通畅率达到90%。', progress: '村民组通畅率从2017年6月的69.5%提高至81.4%。' }]);
    const [target] = analyzeTargets(report).targets;
    expect(target?.reported?.value).toBe(81.4);
    expect(target?.verdict).toBe('behind');
  });
});
