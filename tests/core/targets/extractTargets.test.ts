/** What a task or milestone text states as a target, and what it only mentions (seeds 000, 001, 002). */
import { extractTargets } from '../../../src/core/targets';

interface TargetCase {
  readonly description: string;
  readonly input: string;
  /** `indicator value unit op`, one per target, in order. */
  readonly expected: readonly string[];
  readonly notes?: string;
}

const cases: TargetCase[] = [
  { description: 'seed 000: a milestone count', input: '增加精神科医师 5 名。协同有关部门推动精神障碍社区康复机构建设。', expected: ['精神科医师 5 名 >='] },
  { description: 'seed 000: a share of the annual task', input: '开展项目督导和质量控制，完成年度检查任务的 70% 以上。', expected: ['年度检查任务 70 % >='] },
  { description: 'seed 000: a coverage floor', input: '以县为单位，全面实施农村适龄妇女宫颈癌、乳腺癌免费筛查，覆盖率不低于 81%。', expected: ['覆盖率 81 % >='] },
  { description: 'seed 000: a count before its noun', input: '积极推广远程诊疗，完善分级诊疗体系，新建改扩建17家社区卫生服务中心。', expected: ['社区卫生服务中心 17 家 >='] },
  { description: 'seed 000: two counts joined by 、', input: '提升中医服务水平，建成省级重点专科5个、市级精品专科20个。', expected: ['省级重点专科 5 个 >=', '市级精品专科 20 个 >='] },
  { description: 'seed 000: three targets in one sentence', input: '年内新增达到“国家优质服务基层行”推荐标准的基层医疗机构100个，省级示范标准村卫生室达到500个、市级示范标准村卫生室达到3000个。', expected: ['基层医疗机构 100 个 >=', '省级示范标准村卫生室 500 个 >=', '市级示范标准村卫生室 3000 个 >='] },
  { description: 'seed 000: a series gives the report year’s figure', input: '2021年至2023年，符合国家医疗服务能力推荐标准的县级中医医院比例依次达到30%、45%、60%。', expected: ['县级中医医院比例 30 % >='] },
  { description: 'seed 000: a growth floor', input: '开展精准招商，实际使用外资增长15%以上。', expected: ['实际使用外资增长 15 % >='] },
  { description: 'seed 000: a monthly allowance is no target', input: '对在职在岗(不含返聘)且与镇卫生院或社区卫生服务中心签订合同或管理协议的乡村医生,每人每月补助600元,引导参加基本养老保险。', expected: [] },
  { description: 'seed 000: an age with 以上 is no target', input: '我省及省外来鲁的 60 周岁 (含) 以上老年人，一律享受优待政策。', expected: [] },
  { description: 'seed 000: a name in quotes is no target', input: '深化公共卫生管理改革，加快公共卫生“六大中心”建设。', expected: [] },
  { description: 'seed 000: years and dates are no targets', input: '组织 2021 年度市临床医学研究中心申报。', expected: [] },
  { description: 'seed 001: a share to reach', input: '二级以上综合性医院设立老年医学科或老年病专业比例达到73%以上', expected: ['二级以上综合性医院设立老年医学科或老年病专业比例 73 % >='] },
  { description: 'seed 001: a floor on a share', input: '全市建成老年友善医疗机构的比例不低于75%。', expected: ['老年友善医疗机构的比例 75 % >='] },
  { description: 'seed 001: 力争 … 达到', input: '力争年度全市DRG付费占医保住院支付比例达到70%。', expected: ['年度全市DRG付费占医保住院支付比例 70 % >='] },
  { description: 'seed 001: a count in a task', input: '完善三孩生育政策配套措施，建设20个婴幼儿托育服务机构示范点，争创全国婴幼儿照护服务示范城市。', expected: ['婴幼儿托育服务机构示范点 20 个 >='] },
  { description: 'seed 001: progress of works in percent, not the 二次 of a name', input: '新建应急医疗物资储备中心二次结构施工进行50%；市精神卫生中心装饰装修工程完成70%', expected: ['结构施工 50 % >=', '市精神卫生中心装饰装修工程 70 % >='] },
  { description: 'seed 001: two counts sharing one verb', input: '指导市儿童医院争取省自然课题2项、国家自然课题1项。', expected: ['省自然课题 2 项 >=', '国家自然课题 1 项 >='] },
  // Both specialties listed with 、 are of the 2 people to recruit: the indicator begins at the first.
  { description: 'seed 001: people to recruit, of two specialties listed', input: '指导市儿童医院引进生物信息专业、免疫学专业博士后高层次人才2人', expected: ['生物信息专业、免疫学专业博士后高层次人才 2 人 >='] },
  { description: 'seed 001: a count after 确定', input: '择优确定20所示范点单位，进行通报表扬和命名挂牌。', expected: ['示范点单位 20 所 >='] },
  { description: 'seed 001: ordinals are no targets', input: '为市人才服务中心推送的第一批、第二批AB类人才配备保健医生。', expected: [] },
  { description: 'seed 002: a bare 万 figure and a share', input: '继续推进18岁以上人群接种，全人群接种人数达到665万以上，比例达到70%以上。', expected: ['全人群接种人数 6650000  >=', '比例 70 % >='] },
  { description: 'seed 002: 以上 between a count and its noun', input: '积极引导各医疗机构开展临床研究，建成10个以上市级临床医学研究中心。', expected: ['市级临床医学研究中心 10 个 >='] },
  { description: 'seed 002: a count behind its noun', input: '增设和更新献血屋4座，按时完成市办实事确定任务。', expected: ['献血屋 4 座 >='] },
  { description: 'seed 002: a distribution with a shared qualifier', input: '年内创建省、市级示范标准村卫生室分别不少于20个和50个。', expected: ['省级示范标准村卫生室 20 个 >=', '市级示范标准村卫生室 50 个 >='] },
  {
    description: 'two distributions in a row keep their own indicators',
    input: '创建省、市级示范标准村卫生室分别不少于20个和50个；建设智慧中药房分别不少于3家和5家。',
    expected: ['省级示范标准村卫生室 20 个 >=', '市级示范标准村卫生室 50 个 >=', '智慧中药房 3 家 >=', '智慧中药房 5 家 >='],
  },
  { description: 'seed 002: a money range', input: '保险公司将根据保险合同支付被保险人在住院期间的住院护理补贴80元-200元/人/天。', expected: ['住院护理补贴 80 元 range'] },
  { description: 'seed 002: percentage points', input: '2021年全市居民健康素养水平比2020年提升2个百分点以上。', expected: ['居民健康素养水平比2020年提升 2 个百分点 >='] },
  { description: 'seed 002: a range of counts and a share', input: '力争每个区市新申报国家卫生镇街1-2个，省级卫生村比例达到65%以上。', expected: ['国家卫生镇街 1 个 range', '省级卫生村比例 65 % >='] },
  { description: 'seed 002: people and things with 不少于', input: '汇集健康科普专家不少于1000人，汇集健康科普资料不少于1000件。', expected: ['健康科普专家 1000 人 >=', '健康科普资料 1000 件 >='] },
  { description: 'seed 002: shares that are subjects of 达到', input: '年内不低于15%的镇街卫生院、社区卫生服务中心达到“国家优质服务基层行”推荐标准，50%达到省提升标准，70%达到基本标准。', expected: ['镇街卫生院 15 % >=', '省提升标准 50 % >=', '基本标准 70 % >='] },
  { description: 'seed 002: a slogan and a plan name are no targets', input: '严格落实预检分诊和发热门诊“7个一律”管理规定。将每千人托位数指标纳入市“十四五”发展规划。', expected: [] },
  { description: 'seed 002: a contribution share is no target', input: '单位和个人各缴纳5%，单位缴纳部分由财政全额补助。', expected: [] },
  { description: 'a Chinese numeral right after its verb', input: '年内新增精神科医师一百名。', expected: ['精神科医师 100 名 >='] },
  { description: 'a ceiling', input: '药品费用增长控制在5%以内。', expected: ['药品费用增长 5 % <='] },
];

describe('extractTargets', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const targets = extractTargets(input, { year: 2021 });
    expect(targets.map((target) => `${target.context.indicator} ${target.value} ${target.quantity.unit} ${target.op}`)).toEqual(expected);
  });

  it.each([
    { description: '年内 sets the year end', input: '年内新增精神科医师 100 名。', expected: '2021-12-31' },
    { description: '上半年 sets 6月30日', input: '上半年完成培训500人。', expected: '2021-06-30' },
    { description: 'a month end before', input: '6月底前完成培训500人。', expected: '2021-06-30' },
    { description: 'a named year end', input: '2022年底前建成社区卫生服务中心5家。', expected: '2022-12-31' },
    { description: 'a series year', input: '2021年至2023年，县级中医医院比例依次达到30%、45%、60%。', expected: '2021-12-31' },
    { description: 'nothing: the row decides', input: '增加精神科医师 5 名。', expected: null },
    { description: 'nothing when 年度 only names the task a share is of', input: '完成年度检查任务的 70% 以上。', expected: null },
  ])('reads the deadline: $description', ({ input, expected }) => {
    const [target] = extractTargets(input, { year: 2021 });
    const deadline = target?.deadline;
    expect(deadline ? `${deadline.year}-${String(deadline.month).padStart(2, '0')}-${String(deadline.day).padStart(2, '0')}` : null).toBe(expected);
  });

  it('shows each figure of a list running through a whole cell with a phrase of its own, not the whole list', () => {
    let cell = '分别不少于';
    for (let count = 1; cell.length < 32_767; count += 1) cell += `${count}个和`;
    const targets = extractTargets(cell.slice(0, 32_767), { year: 2021 });
    expect(targets.length).toBeGreaterThan(1_000);
    // Repeating the shared words for every figure would print the cell again for each of them.
    expect(Math.max(...targets.map((target) => target.context.phrase.length))).toBeLessThanOrEqual(120);
  });
});
