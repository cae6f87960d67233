/**
 * The quantity corpus: every numeric phrase of seeds 000 (a filled progress sheet), 001 (a quarterly plan)
 * and 002 (annual business targets), with what it must read as, and what it must not read as a quantity.
 */
import { parseQuantities, type Quantity } from '../../../src/core/numbers';

type Expected = Partial<Pick<Quantity, 'value' | 'upper' | 'unit' | 'unitClass' | 'comparator' | 'approximate' | 'kind' | 'text'>>;

interface QuantityCase {
  readonly description: string;
  readonly input: string;
  readonly expected: readonly Expected[];
  readonly notes?: string;
}

const q = (text: string, value: number, unit: string, extra: Expected = {}): Expected => ({ text, value, unit, ...extra });
const atLeast = { comparator: '>=' as const };
const atMost = { comparator: '<=' as const };
const none = { comparator: null };

const seed000: QuantityCase[] = [
  { description: 'people stated with spaces around the number', input: '增加精神科医师 7 人。', expected: [q('7 人', 7, '人', { unitClass: 'people', ...none })] },
  { description: 'a milestone count in 名', input: '增加精神科医师 5 名。', expected: [q('5 名', 5, '名', { unitClass: 'people' })] },
  { description: 'a task target in 名 within 年内', input: '年内新增精神科医师 100 名。', expected: [q('100 名', 100, '名')] },
  { description: 'a percent with 以上 after a space', input: '完成年度检查任务的 70% 以上。', expected: [q('70% 以上', 70, '%', { unitClass: 'percent', ...atLeast })] },
  { description: 'a reported percent', input: '完成年度任务的 81%。', expected: [q('81%', 81, '%', none)] },
  { description: '不低于 before a percent', input: '覆盖率不低于 81%。', expected: [q('不低于 81%', 81, '%', atLeast)] },
  { description: 'a count of people after 共完成', input: '全市共完成“两癌”筛查 126825 人', expected: [q('126825 人', 126825, '人')] },
  { description: '提高到 before money', input: '将基本公共卫生服务人均经费标准提高到 79 元', expected: [q('提高到 79 元', 79, '元', { unitClass: 'money', ...atLeast })] },
  { description: '万 with decimals in doses', input: '全市累计接种新冠病毒疫苗1561.01万剂次', expected: [q('1561.01万剂次', 15610100, '剂次', { unitClass: 'count' })] },
  { description: '万人 with decimals', input: '覆盖775.19万人。', expected: [q('775.19万人', 7751900, '人', { unitClass: 'people' })] },
  { description: 'an age group is no quantity, the figure after it is', input: '18岁以上人群第一剂次接种723.80万人', expected: [q('723.80万人', 7238000, '人')] },
  { description: '达 before a percent with decimals', input: '接种覆盖率达97.41%', expected: [q('达97.41%', 97.41, '%', atLeast)] },
  { description: 'a figure that begins its clause', input: '748.88万人完成全程接种，全程免疫完成率97.36%。', expected: [q('748.88万人', 7488800, '人'), q('97.36%', 97.36, '%')] },
  { description: 'an age range is no quantity', input: '12-17岁人群第一剂次接种51.39万人', expected: [q('51.39万人', 513900, '人')] },
  { description: 'a rate above 100%', input: '12-17岁人群接种覆盖率101.58%', expected: [q('101.58%', 101.58, '%')] },
  { description: '万余 after the number', input: '共计3万余人参加培训。', expected: [q('3万余人', 30000, '人', { approximate: 'more-than' })] },
  { description: '余万元 of money', input: '市区(县)两级财政承担资金3400余万元。', expected: [q('3400余万元', 34000000, '元', { unitClass: 'money', approximate: 'more-than' })] },
  { description: '0.51万人', input: '2021年计划发放乡村医生养老保险补助0.51万人', expected: [q('0.51万人', 5100, '人')] },
  { description: 'a monthly allowance in 元', input: '每人每月补助600元', expected: [q('600元', 600, '元')] },
  { description: '十余 in Chinese numerals', input: '先后与国药集团山东公司等十余家企业进行对接。', expected: [q('十余家', 10, '家', { approximate: 'more-than' })] },
  { description: '位 counts people even when it looks like a year', input: '共为2018位符合条件的孕妇进行了免费无创DNA产前筛查', expected: [q('2018位', 2018, '位', { unitClass: 'people' })] },
  { description: '例 and percents after 达到', input: '检出目标染色体高风险23例，适用人群检测覆盖率达到99%，阳性病例随访率100%。', expected: [q('23例', 23, '例'), q('达到99%', 99, '%', atLeast), q('100%', 100, '%')] },
  { description: 'a count of things in 个 with a space', input: '9 月评审确定了 27 个市卫生健康医学重点实验室。', expected: [q('27 个', 27, '个')] },
  { description: '家 twice in one sentence', input: '我市6家“智慧中药房”已与522家医疗机构实现互联互通，服务范围覆盖10个区县', expected: [q('6家', 6, '家'), q('522家', 522, '家'), q('10个', 10, '个')] },
  { description: '场 of events', input: '开展老年人运用智能技术教育、培训活动41场。', expected: [q('41场', 41, '场')] },
  { description: '期 after Arabic digits counts sessions', input: '2021年7-9月份，开展3期“不惧小结”复查复诊公益活动。', expected: [q('3期', 3, '期')] },
  { description: '余万 without a counting word is a bare figure', input: '将每年体检的20余万体检客户的肺部CT检查委托', expected: [q('20余万', 200000, '', { unitClass: 'bare', approximate: 'more-than' })] },
  { description: '项 of reforms', input: '合理确定绩效工资水平等9项改革内容。', expected: [q('9项', 9, '项')] },
  { description: '类 with a space', input: '卫生监督等 6 类市级卫生应急队伍', expected: [q('6 类', 6, '类')] },
  { description: '家 after 首批', input: '首批6家企业签约入驻。拓展了6大领域的数据类客户109家。', expected: [q('6家', 6, '家'), q('109家', 109, '家')] },
  { description: '个 in a progress statement with a year range before', input: '在2019-2020年已建设省级示范标准村卫生室34个、市级示范标准村卫生室160个的基础上', expected: [q('34个', 34, '个'), q('160个', 160, '个')] },
  { description: '不少于 in a progress text', input: '2021年底前完成建设省级示范标准村卫生室不少于39个，市级示范标准村卫生室240个的创建任务。', expected: [q('不少于39个', 39, '个', atLeast), q('240个', 240, '个')] },
  { description: '达到 before a count', input: '省级示范标准村卫生室达到500个、市级示范标准村卫生室达到3000个', expected: [q('达到500个', 500, '个', atLeast), q('达到3000个', 3000, '个', atLeast)] },
  { description: 'a count after a long qualifier', input: '年内新增达到“国家优质服务基层行”推荐标准的基层医疗机构100个', expected: [q('100个', 100, '个', none)] },
  { description: '以上 after a count that a noun follows', input: '建设胸痛、卒中、创伤、危重孕产妇救治、危重儿童和新生儿救治、癌症等5个以上中心', expected: [q('5个以上', 5, '个', atLeast)] },
  { description: 'a year series takes the report year', input: '2021年至2023年，符合三级乙等医院服务水平的县级综合医院比例依次达到50%、60%、70%。', expected: [q('达到50%、60%、70%', 50, '%', { kind: 'series', ...atLeast })] },
  { description: 'another year series', input: '2021年至2023年，符合国家医疗服务能力推荐标准的县级中医医院比例依次达到30%、45%、60%。', expected: [q('达到30%、45%、60%', 30, '%', { kind: 'series' })] },
  { description: 'a target count in 家', input: '新建改扩建17家社区卫生服务中心。', expected: [q('17家', 17, '家')] },
  { description: '个 twice joined by 、', input: '建成省级重点专科5个、市级精品专科20个。', expected: [q('5个', 5, '个'), q('20个', 20, '个')] },
  { description: '所 in a task', input: '全市创建30所婴幼儿照护机构示范点。', expected: [q('30所', 30, '所')] },
  { description: 'a percent growth with 以上', input: '开展精准招商，实际使用外资增长15%以上。', expected: [q('15%以上', 15, '%', atLeast)] },
];

const seed001: QuantityCase[] = [
  { description: '达到…以上 around a percent', input: '二级以上综合性医院设立老年医学科或老年病专业比例达到73%以上', expected: [q('达到73%以上', 73, '%', atLeast)] },
  { description: '不低于 a percent', input: '全市建成老年友善医疗机构的比例不低于75%。', expected: [q('不低于75%', 75, '%', atLeast)] },
  { description: '74%以上', input: '比例达到74%以上', expected: [q('达到74%以上', 74, '%', atLeast)] },
  { description: '不低于77%', input: '全市建成老年友善医疗机构的比例不低于77%。', expected: [q('不低于77%', 77, '%', atLeast)] },
  { description: '年底 … 不低于80%', input: '年底全市建成老年友善医疗机构的比例不低于80%', expected: [q('不低于80%', 80, '%', atLeast)] },
  { description: '力争 … 达到70%', input: '力争年度全市DRG付费占医保住院支付比例达到70%。', expected: [q('达到70%', 70, '%', atLeast)] },
  { description: 'a target count of 个 in a task', input: '完善三孩生育政策配套措施，建设20个婴幼儿托育服务机构示范点', expected: [q('20个', 20, '个')] },
  { description: 'progress of construction in percent', input: '新建应急医疗物资储备中心二次结构施工进行50%；市精神卫生中心装饰装修工程完成70%', expected: [q('二次', 2, '次'), q('50%', 50, '%'), q('70%', 70, '%')], notes: '二次 is read as a count; extractTargets keeps it out of the targets' },
  { description: '人 of recruited staff', input: '指导市儿童医院引进生物信息专业、免疫学专业博士后高层次人才2人', expected: [q('2人', 2, '人')] },
  { description: '项 twice', input: '指导市儿童医院争取省自然课题2项、国家自然课题1项。', expected: [q('2项', 2, '项'), q('1项', 1, '项')] },
  { description: '个 of research tasks', input: '启动山东省儿童健康与疾病临床医学研究中心11个研究任务', expected: [q('11个', 11, '个')] },
  { description: '家 of pharmacies', input: '4.建设2家智慧中药房。', expected: [q('2家', 2, '家')] },
  { description: 'a ratio with 不低于', input: '年底前配备卫生专业技术人员(保健教师)学校占比不低于75%', expected: [q('不低于75%', 75, '%', atLeast)] },
  { description: '达到…以上 of coverage', input: '接种覆盖率达到90%以上。', expected: [q('达到90%以上', 90, '%', atLeast)] },
  { description: '所 after the noun', input: '在全市范围内创建婴幼儿托育服务机构示范点20所', expected: [q('20所', 20, '所')] },
  { description: '所 after 择优确定', input: '择优确定20所示范点单位，进行通报表扬和命名挂牌。', expected: [q('20所', 20, '所')] },
];

const seed002: QuantityCase[] = [
  { description: 'a bare 万 figure and a percent, both with 达到…以上', input: '全人群接种人数达到665万以上，比例达到70%以上。', expected: [q('达到665万以上', 6650000, '', { unitClass: 'bare', ...atLeast }), q('达到70%以上', 70, '%', atLeast)] },
  { description: '个以上 before the noun', input: '建成10个以上市级临床医学研究中心。', expected: [q('10个以上', 10, '个', atLeast)] },
  { description: '2个以上', input: '创建2个以上国家临床研究中心分中心。', expected: [q('2个以上', 2, '个', atLeast)] },
  { description: '1个 after 争取创建', input: '争取创建1个国家、省级区域医疗中心。', expected: [q('1个', 1, '个')] },
  { description: '座 of blood-donation houses', input: '增设和更新献血屋4座，按时完成市办实事确定任务。', expected: [q('4座', 4, '座')] },
  { description: '个 of specialty clusters', input: '打造心血管、康复、肺病等3个齐鲁中医药优势专科集群', expected: [q('3个', 3, '个')] },
  { description: '个 of demonstration bases', input: '培育10个市级中医药特色医养结合示范基地。', expected: [q('10个', 10, '个')] },
  { description: '名 of reserve talents', input: '遴选10名冲击国家队的后备人才。', expected: [q('10名', 10, '名')] },
  { description: '提高至 money', input: '基本公共卫生服务人均经费标准提高至79元', expected: [q('提高至79元', 79, '元', atLeast)] },
  { description: '达到…以上 of a service rate', input: '高血压、糖尿病患者基层规范管理服务率达到60%以上', expected: [q('达到60%以上', 60, '%', atLeast)] },
  { description: '不低于 with 的 and two more shares', input: '年内不低于15%的镇街卫生院、社区卫生服务中心达到“国家优质服务基层行”推荐标准，50%达到省提升标准，70%达到基本标准。', expected: [q('不低于15%', 15, '%', atLeast), q('50%', 50, '%'), q('70%', 70, '%')] },
  { description: 'a distribution gives two targets', input: '年内创建省、市级示范标准村卫生室分别不少于20个和50个。', expected: [q('不少于20个', 20, '个', { kind: 'distribution', ...atLeast }), q('50个', 50, '个', { kind: 'distribution', ...atLeast })] },
  { description: 'a shared contribution in percent', input: '单位和个人各缴纳5%，单位缴纳部分由财政全额补助。', expected: [q('5%', 5, '%')] },
  { description: '2021年底 … 不低于81%', input: '2021年底，目标人群覆盖率不低于81%，宫颈癌早诊率达90%以上，乳腺癌早诊率达60%以上。', expected: [q('不低于81%', 81, '%', atLeast), q('达90%以上', 90, '%', atLeast), q('达60%以上', 60, '%', atLeast)] },
  { description: 'an age range before the quantity-free text', input: '为农村35-64岁适龄妇女开展宫颈癌、乳腺癌免费检查', expected: [] },
  { description: '再创建 … 个', input: '再创建10个市级托育服务示范机构', expected: [q('10个', 10, '个')] },
  { description: 'a money range per person per day', input: '支付被保险人在住院期间的住院护理补贴80元-200元/人/天。', expected: [q('80元-200元', 80, '元', { kind: 'range', upper: 200, unitClass: 'money' })] },
  { description: '100% with 实现', input: '12月底前，十区市实现住院护理险100%全覆盖。', expected: [q('100%', 100, '%')] },
  { description: '项 of health actions', input: '组织、协调各部门、各区市全面推进16项健康青岛专项行动计划落实', expected: [q('16项', 16, '项')] },
  { description: '达到…以上 in 个', input: '无烟家庭达到1000个以上。', expected: [q('达到1000个以上', 1000, '个', atLeast)] },
  { description: 'a range of counts', input: '力争每个区市新申报国家卫生镇街1-2个，省级卫生村比例达到65%以上。', expected: [q('1-2个', 1, '个', { kind: 'range', upper: 2 }), q('达到65%以上', 65, '%', atLeast)] },
  { description: '不少于 people and things', input: '汇集健康科普专家不少于1000人，汇集健康科普资料不少于1000件', expected: [q('不少于1000人', 1000, '人', atLeast), q('不少于1000件', 1000, '件', atLeast)] },
  { description: 'percentage points are not percent', input: '2021年全市居民健康素养水平比2020年提升2个百分点以上。', expected: [q('2个百分点以上', 2, '个百分点', { unitClass: 'points', ...atLeast })] },
  { description: 'benchmark values with 种以上 and 家', input: '预约挂号渠道达到4种以上，支付方式支持5种以上，建成35家互联网医院', expected: [q('达到4种以上', 4, '种', atLeast), q('5种以上', 5, '种', atLeast), q('35家', 35, '家')] },
];

const ownCases: QuantityCase[] = [
  { description: '万千瓦 is 万 of the unit 千瓦, not 千万', input: '新增分布式光伏装机3.5万千瓦', expected: [q('3.5万千瓦', 35000, '千瓦', { unitClass: 'measure' })] },
  { description: '平米, the short form of 平方米, is the same measure', input: '竣工面积237.9万平米，拆除面积182万平方米', expected: [q('237.9万平米', 2379000, '平米', { unitClass: 'measure' }), q('182万平方米', 1820000, '平方米', { unitClass: 'measure' })] },
  { description: '千克 and 千米 after a figure are units', input: '发放大米20千克，修复管网12千米', expected: [q('20千克', 20, '千克', { unitClass: 'measure' }), q('12千米', 12, '千米', { unitClass: 'measure' })] },
  { description: '千伏 lines and 千伏安 transformers', input: '新建10千伏线路8条，新增配变容量2.6万千伏安', expected: [q('10千伏', 10, '千伏', { unitClass: 'measure' }), q('8条', 8, '条'), q('2.6万千伏安', 26000, '千伏安', { unitClass: 'measure' })] },
  { description: '千 is still a magnitude before other words', input: '培训3千人', expected: [q('3千人', 3000, '人')] },
  { description: 'full-width digits keep their original text', input: '新建１７家社区卫生服务中心', expected: [q('１７家', 17, '家')] },
  { description: 'full-width percent sign', input: '覆盖率达到８１％', expected: [q('达到８１％', 81, '%', atLeast)] },
  { description: '百分之 with Chinese numerals', input: '覆盖率达到百分之八十', expected: [q('达到百分之八十', 80, '%', atLeast)] },
  { description: 'a fraction in words is a share of the whole', input: '全年财政收入的三分之二以上用于教育', expected: [q('三分之二以上', 66.67, '%', { unitClass: 'percent', ...atLeast })] },
  { description: 'a fraction after 达到', input: '签约率达到四分之三', expected: [q('达到四分之三', 75, '%', { unitClass: 'percent', ...atLeast })] },
  { description: 'a fraction of one or more is no share', input: '二分之二', expected: [] },
  { description: '两千 and 一千五百', input: '培训两千人，发放一千五百份', expected: [q('两千人', 2000, '人'), q('一千五百份', 1500, '份')] },
  { description: '一千五 is 1500', input: '接种一千五人', expected: [q('一千五人', 1500, '人')] },
  { description: '三万 and 一百零五', input: '覆盖三万人，新增一百零五家', expected: [q('三万人', 30000, '人'), q('一百零五家', 105, '家')] },
  { description: '〇 inside a Chinese numeral', input: '完成一千〇五十例', expected: [q('一千〇五十例', 1050, '例')] },
  { description: '4.5万人 and 84.69亿元', input: '服务4.5万人，完成投资84.69亿元', expected: [q('4.5万人', 45000, '人'), q('84.69亿元', 8469000000, '元', { unitClass: 'money' })] },
  { description: '万元 of money', input: '拨付资金600万元', expected: [q('600万元', 6000000, '元')] },
  { description: 'livestock by the head', input: '出栏生猪1300头', expected: [q('1300头', 1300, '头', { unitClass: 'count' })] },
  { description: 'lessons given', input: '送课下乡2000节', expected: [q('2000节', 2000, '节')] },
  { description: 'a concentration of fine particles', input: 'PM2.5平均浓度控制在35微克/立方米以内', expected: [q('控制在35微克/立方米以内', 35, '微克/立方米', { unitClass: 'measure' })] },
  { description: 'a lower section after 亿, as 三亿一千三百万 is read', input: '小额担保贷款发放了3亿1300万元', expected: [q('3亿1300万元', 313000000, '元', { unitClass: 'money' })] },
  { description: '亿 said with 个 before it, as spoken', input: '完成投资3.2个亿', expected: [q('3.2个亿', 320000000, '元', { unitClass: 'money' })] },
  { description: 'a count of projects each of 亿元 or more is no spoken 亿', input: '签约218个亿元以上重点工业项目', expected: [q('218个', 218, '个')] },
  { description: 'a percent in words with decimals after 点', input: '增长百分之八点五', expected: [q('百分之八点五', 8.5, '%', { unitClass: 'percent' })] },
  { description: 'a lower section after 万, in thousands', input: '共培训2万3千人', expected: [q('2万3千人', 23000, '人')] },
  { description: 'a lower section after 亿 with 零 between', input: '投资1亿零500万元', expected: [q('1亿零500万元', 105000000, '元')] },
  { description: 'digits with no magnitude of their own stay apart (spoken, 5万5 may be 5.5万)', input: '建成10万3000套', expected: [q('10万', 100000, ''), q('3000套', 3000, '套')] },
  { description: 'two sums each with its 元 stay two', input: '中央3亿元1300万元', expected: [q('3亿元', 300000000, '元'), q('1300万元', 13000000, '元')] },
  { description: 'approximations before and after', input: '近3000人、约50家、100个左右', expected: [q('近3000人', 3000, '人', { approximate: 'nearly' }), q('约50家', 50, '家', { approximate: 'about' }), q('100个左右', 100, '个', { approximate: 'about' })] },
  { description: '≤ comparators', input: '费用控制在5%以内，投诉不超过3件，空置率低于10%', expected: [q('控制在5%以内', 5, '%', atMost), q('不超过3件', 3, '件', atMost), q('低于10%', 10, '%', atMost)] },
  { description: 'a performance table’s bound written as a sign', input: '≥95%', expected: [q('≥95%', 95, '%', atLeast)] },
  { description: 'a ceiling written as a sign, full width or not', input: '≤5%，＜3次', expected: [q('≤5%', 5, '%', atMost), q('＜3次', 3, '次', atMost)] },
  { description: 'a bound sign before money in 万元', input: '≥11.376万元', expected: [q('≥11.376万元', 113760, '元', atLeast)] },
  { description: '至少 and 超过', input: '至少20家，超过100人', expected: [q('至少20家', 20, '家', atLeast), q('超过100人', 100, '人', atLeast)] },
  { description: 'thousands separators of an ASCII comma', input: '筛查126,825人', expected: [q('126,825人', 126825, '人')] },
  { description: 'a full-width comma separates a list, not thousands', input: '分别为5，100个', expected: [q('100个', 100, '个')], notes: '5 has no counting word of its own' },
  { description: '人次 stays apart from 人', input: '服务3000人次', expected: [q('3000人次', 3000, '人次', { unitClass: 'people' })] },
  { description: 'a range with 至', input: '每区配备3至5名', expected: [q('3至5名', 3, '名', { kind: 'range', upper: 5 })] },
  { description: '分别为 with 、', input: '两地分别为30个、40个', expected: [q('30个', 30, '个', { kind: 'distribution' }), q('40个', 40, '个', { kind: 'distribution' })] },
];

const notQuantities: readonly { description: string; input: string; reasons: readonly string[] }[] = [
  { description: 'an ordinal with 第', input: '省民生实事第16项', reasons: ['ordinal'] },
  { description: 'a Chinese ordinal', input: '为民办实事第六项', reasons: ['ordinal'] },
  { description: 'an ordinal with spaces', input: '省民生实事第 16 项', reasons: ['ordinal'] },
  { description: 'a quarter', input: '三季度', reasons: ['period'] },
  { description: 'a year', input: '2021年《政府工作报告》', reasons: ['period'] },
  { description: 'a year of 年度', input: '做好 2021 年度高校医学实习生入院报到工作', reasons: ['period'] },
  { description: 'a date', input: '截至10月7日', reasons: ['date', 'date'] },
  { description: 'a date with spaces', input: '5 月 28 日至 6 月 2 日', reasons: ['date', 'date', 'date', 'date'] },
  { description: 'a month range', input: '9-10 月中旬开展申报工作', reasons: ['date'] },
  { description: 'months of 月份', input: '2021年7-9月份', reasons: ['period', 'date'] },
  { description: 'a year range', input: '在2019-2020年已建设', reasons: ['period'] },
  { description: 'an age with 以上', input: '18岁以上人群', reasons: ['age'] },
  { description: 'an age range', input: '12-17岁人群', reasons: ['age'] },
  { description: 'an age with 周岁 (含) 以上', input: '60 周岁 (含) 以上老年人', reasons: ['age'] },
  { description: 'an age with 及以上', input: '65岁及以上老年人', reasons: ['age'] },
  { description: 'an age with 以下', input: '发展3岁以下婴幼儿照护服务', reasons: ['age'] },
  { description: 'a document number', input: '(济卫呈〔2021〕39号)', reasons: ['documentNumber', 'documentNumber'] },
  { description: 'a document number with a space', input: '(鲁政字〔2020〕240 号)', reasons: ['documentNumber', 'documentNumber'] },
  { description: 'a phone number', input: '联系电话: 66601746', reasons: ['phone'] },
  { description: 'a phone number with a full-width colon', input: '联系电话：85912521', reasons: ['phone'] },
  { description: 'a plan name in quotes', input: '将每千人托位数指标纳入市“十四五”发展规划', reasons: ['name', 'name'] },
  { description: 'a plan name without quotes', input: '十四五规划', reasons: ['name'] },
  { description: 'a slogan in quotes', input: '严格落实预检分诊和发热门诊“7个一律”管理规定', reasons: ['name'] },
  { description: 'a name with a count inside', input: '实施精神卫生人才“千人工程”', reasons: ['name'] },
  { description: 'a campaign name', input: '开展“万名医护下基层”活动', reasons: ['name'] },
  { description: 'a bare 千 before a classifier is a slogan', input: '开展千家卫生院大提升行动', reasons: ['name'] },
  { description: 'a building number', input: '1号、2号病房楼', reasons: ['ordinal', 'ordinal'] },
  { description: 'a project phase', input: '完成北方中心建设项目一期工程', reasons: ['ordinal'] },
  { description: 'a level', input: '二级以上综合性医院', reasons: ['ordinal'] },
  { description: 'a grade', input: '在校七年级适龄女孩', reasons: ['ordinal'] },
  { description: 'an identifier with letters', input: '开展“O2O”在线培训，推进5G应用', reasons: ['identifier', 'identifier'] },
  { description: 'a year range inside a title', input: '编制完成《济南市中医药产业发展规划(2021-2025年)》', reasons: ['period'] },
  { description: 'a count inside a title', input: '印发《关于开展10家医院试点的通知》', reasons: ['name'] },
  { description: 'a vague number', input: '数十家企业', reasons: ['vague'] },
];

const noQuantityAtAll: readonly { description: string; input: string }[] = [
  { description: 'a numbered list item', input: '1.济南市生物医药产业综合招商服务平台展厅投入使用。2.完成了特医食品产业发展规划编制' },
  { description: 'a version number', input: '开展数据工程标准2.0编制' },
  { description: 'a hotline', input: '搭建96606服务热线省内联网共享平台' },
  { description: 'Chinese numerals inside words', input: '统一全市急救网络内急救车标志图案，一站式结算，三医联动，两癌筛查' },
  { description: 'an index number', input: '索引号: 11370100004189058A/2022-00472' },
  { description: 'an ISO date', input: '成文日期: 2022-06-01' },
  { description: 'a bureau list of regions', input: '胶东五市医疗救援优势互补' },
];

describe('parseQuantities', () => {
  const all = [...seed000, ...seed001, ...seed002, ...ownCases];

  it('covers well over 60 phrases of the seeds', () => {
    expect(seed000.length + seed001.length + seed002.length + notQuantities.length + noQuantityAtAll.length).toBeGreaterThan(100);
  });

  it.each(all)('$description', ({ input, expected }) => {
    const { quantities } = parseQuantities(input, { year: 2021 });
    expect(quantities).toHaveLength(expected.length);
    expected.forEach((fields, index) => expect(quantities[index]).toMatchObject(fields));
  });

  it.each(notQuantities)('does not read $description as a quantity', ({ input, reasons }) => {
    const scan = parseQuantities(input);
    expect(scan.quantities).toEqual([]);
    expect(scan.ignored.map((item) => item.reason)).toEqual(reasons);
  });

  it.each(noQuantityAtAll)('finds no quantity in $description', ({ input }) => {
    expect(parseQuantities(input).quantities).toEqual([]);
  });

  it('keeps every span on the text as written', () => {
    const input = '截至９月底，共完成“两癌”筛查 126825 人，完成年度任务的８１％。';
    for (const quantity of parseQuantities(input).quantities) {
      expect(input.slice(quantity.span.start, quantity.span.end)).toBe(quantity.text);
    }
    expect(parseQuantities(input).quantities.map((quantity) => quantity.text)).toEqual(['126825 人', '８１％']);
  });

  it.each([
    { description: 'the report year of a series', year: 2022, expected: 60 },
    { description: 'the last figure after the series', year: 2025, expected: 70 },
    { description: 'the first figure without a year', year: null, expected: 50 },
  ])('picks $description', ({ year, expected }) => {
    const [series] = parseQuantities('2021年至2023年，县级综合医院比例依次达到50%、60%、70%。', { year }).quantities;
    expect(series?.value).toBe(expected);
    expect(series?.series).toEqual([
      { year: 2021, value: 50 },
      { year: 2022, value: 60 },
      { year: 2023, value: 70 },
    ]);
  });
});
