/**
 * Every quantity with a unit in a task or milestone is a candidate target; what is not a target is said by
 * named rules. The shapes are those of real reports of many places; none is taken from the
 * targets corpus, which scores the engine separately.
 */
import { extractTargets } from '../../../src/core/targets';

const cases: { description: string; input: string; expected: string[]; notes?: string }[] = [
  { description: 'a count leading the item name', input: '20个村级养老服务站建设', expected: ['20 个 >='] },
  { description: 'a length leading the item name', input: '300公里农村公路提档升级', expected: ['300 公里 >='] },
  { description: 'an area in 万平方米', input: '改造老旧小区1.2万平方米', expected: ['12000 平方米 >='] },
  { description: 'a space before 万', input: '改造 1100 万平方米老旧小区', expected: ['11000000 平方米 >='] },
  { description: 'wells counted with 眼', input: '新打机井5眼', expected: ['5 眼 >='] },
  { description: 'a growth rate without a comparator word', input: '地区生产总值增长7%', expected: ['7 % >='] },
  { description: 'an approximate growth rate', input: '固定资产投资增长8%左右', expected: ['8 % >='] },
  { description: 'a decrease to reach is a floor on its size', input: '单位GDP能耗降低3%', expected: ['3 % >='] },
  { description: 'a level to hold', input: '城镇调查失业率控制在5.5%以内', expected: ['5.5 % <='] },
  { description: 'half', input: '覆盖一半以上的乡镇', expected: ['50 % >='] },
  { description: 'a range of events', input: '开展文化惠民演出250—270场', expected: ['250 场 range'] },
  { description: 'two targets with the same value are both kept', input: '新建幼儿园3所、中小学3所', expected: ['3 所 >=', '3 所 >='] },
  { description: 'a size qualifying the projects counted', input: '新开工10亿元以上项目20个', expected: ['20 个 >='] },
  { description: 'sizes listed together qualify the projects the last runs into', input: '新开工政府投资5000万元以上、社会投资亿元以上项目各20个', expected: ['20 个 >='] },
  { description: 'sizes listed together qualify the firms counted', input: '培育年营收5000万元以上、年纳税500万元以上的企业15家', expected: ['15 家 >='] },
  { description: 'an amount to reach before a listed count stays a target', input: '完成投资5000万元以上、新开工项目30个', expected: ['50000000 元 >=', '30 个 >='] },
  { description: 'households sizing the villages counted', input: '实现20户以上自然村通硬化路覆盖率达98%', expected: ['98 % >='] },
  { description: 'people sizing the firms counted', input: '帮助300人以上企业建立职工书屋12家', expected: ['12 家 >='] },
  { description: 'people sizing the water works counted', input: '完成千人以上集中供水工程水质检测38处', expected: ['38 处 >='] },
  { description: 'people sizing the rural water works surveyed, with no count of them', input: '今年全面开展500人以上农村供水工程运行情况调查', expected: [] },
  { description: 'people to supply with water stay a target', input: '新增农村集中供水受益人口1200人以上', expected: ['1200 人 >='] },
  { description: 'households to reach stay a target', input: '完成农村危房改造500户以上。', expected: ['500 户 >='] },
  { description: 'a threshold of people that the firms helped pass', input: '对吸纳就业超过100人的企业给予奖励，全年支持企业50家', expected: ['50 家 >='] },
  { description: 'a threshold the reader leaves without a comparator', input: '对用工不足10人的小微企业给予补贴，全年补贴企业200家', expected: ['200 家 >='] },
  { description: 'people to reach over a threshold stay a target', input: '帮助就业困难人员实现就业超过1000人', expected: ['1000 人 >='] },
  { description: 'people to reach, named as the aim after 的, stay a target', input: '完成城镇新增就业5000人的目标', expected: ['5000 人 >='] },
  { description: "the report's count of its own tasks is no target", input: '今年共明确120项目标任务，细化为300个具体工作内容。', expected: [] },
  { description: 'categories and the items counted after them size the list', input: '区政府民生实事共有8大类36个事项，涉及我区6类27件。', expected: [] },
  { description: 'a list counted in its items and their parts sizes the list', input: '今年区政府承诺办好8件15项民生实事，目前进展顺利。', expected: [] },
  { description: 'items and parts counted with 个', input: '全县共实施6件21个为民办实事项目', expected: [] },
  { description: 'a count of items alone stays a target', input: '兴办9件惠民实事，新建口袋公园8个', expected: ['9 件 >=', '8 个 >='] },
  { description: 'how many items the report itself covers is no target', input: '全年重点任务20项，列入本期督查通报的为6项，分别为稳增长、促投资、保民生。', expected: ['20 项 >='] },
  { description: 'what this report covers, counted after 涉及', input: '本次督查通报涉及8项民生实事。', expected: [] },
  { description: 'a count to reach after an inspection stays a target', input: '本期通报后新增整改问题12个', expected: ['12 个 >='] },
  { description: 'a count after the indicator tasks it counts', input: '全年主要经济指标任务12项，均已列入考核。', expected: [] },
  { description: "the change of the plan's own size is no target", input: '年度投资计划12.5亿元，总投资和年度计划分别较上年度增长9%、14%。', expected: ['1250000000 元 >='] },
  { description: 'a share of the whole plan stated as its weight is no target', input: '三个单位合计占全区计划比重58%', expected: [] },
  { description: 'the estimated investment of a project is its size', input: '概算投资36.5亿元，当年计划投资4亿元。', expected: ['400000000 元 >='] },
  { description: 'a growth to reach stays a target', input: '固定资产投资较上年增长9%', expected: ['9 % >='] },
  { description: 'a count in a column of annual tasks stays a target', input: '年度目标任务6个', expected: ['6 个 >='] },
  { description: '500强 and 5G qualify, they do not count', input: '引进500强企业2家，建设5G基站300个', expected: ['2 家 >=', '300 个 >='] },
  { description: 'a batch number is an ordinal', input: '创建第三批省级示范区', expected: [] },
  { description: 'a multi-year window is a period', input: '2021—2025年新建学校10所', expected: ['10 所 >='] },
  { description: '万 inside a word is no number', input: '送戏进万村，千村万户大走访', expected: [] },
  { description: 'the rate of a benefit describes, it does not aim', input: '为困难老人每人每月补助600元', expected: [] },
  { description: 'the parts of a figure in parentheses', input: '建成146所学校（74所中小学和72所幼儿园）', expected: ['146 所 >='] },
  { description: 'a project’s total size', input: '总投资约233亿元，年度投资约76.8亿元', expected: ['7680000000 元 >='] },
  { description: 'the ground a project stands on is its size', input: '体育公园建设项目总占地约8.6万平方米，用地面积130亩', expected: [] },
  { description: 'an area of work to reach stays a target', input: '新增城市绿地面积12万平方米', expected: ['120000 平方米 >='] },
  { description: 'the count of indicators names them', input: '4个结构性指标均实现10%以上增长', expected: ['10 % >='] },
  { description: 'the count of indicators names them with words that sort them between', input: '35个可以量化的指标中', expected: [] },
  { description: "a plan's goals counted with the words that rank them name the list", input: '12项主要预期目标中', expected: [] },
  { description: "a plan's main tasks approved by the congress name the list", input: '省人大会议审议批准的2020年12项主要目标任务', expected: [] },
  { description: 'the areas a list is grouped in, counted before its items, size it', input: '纲要确定了经济发展、民生改善、环境保护等5个方面37项指标。', expected: [] },
  { description: 'areas of work named as the work itself head the plan, beside its aim', input: '各县区要抓好项目谋划、要素保障、督导考核等6个方面工作，确保全年新开工项目120个。', expected: ['120 个 >='] },
  { description: 'areas of key work counted without the names before them', input: '今年重点推进5个方面重点工作。', expected: [] },
  { description: 'areas listed with the count of the matters after them size the list', input: '市政府今年共安排10个方面、31项实事，年度计划投资111.9亿元', expected: ['11190000000 元 >='] },
  { description: 'areas counted before the small items of a list of matters', input: '十件民生实事覆盖就业、教育、养老等10个方面32个小项', expected: ['32 个 >='], notes: 'the items are the list, which the progress may measure' },
  { description: 'a count of the places a goal is reached in stays a target', input: '确保完成100个村脱贫目标', expected: ['100 个 >='] },
  { description: 'a count of key work tasks is left to the progress that may measure it', input: '全年69项重点工作任务', expected: ['69 项 >='] },
  { description: 'the area a task covers', input: '实现155平方公里范围内基本无违建', expected: [] },
  { description: 'a Chinese 一 with a measure word is a phrase', input: '建设一批示范点，打造一张网', expected: [] },
  { description: 'things overseen are not a count to reach', input: '组织专家组对17家机构进行督导', expected: [] },
  { description: 'things worked on are', input: '对162条背街小巷开展综合整治', expected: ['162 条 >='] },
  { description: 'a project title in long quotation marks states its target', input: '“开展322个县级饮用水水源地环境整治”项目', expected: ['322 个 >='] },
  { description: 'the size of a list whose items are named before it', input: '“兜底帮扶2500名困难群体就业”等46件实事', expected: ['2500 名 >='] },
  { description: 'the count of tasks named before it sizes the list', input: '由区卫健局承办的免费孕前检查、家庭医生签约、村卫生室标准化建设等5项任务', expected: [] },
  { description: 'works counted right after their named kinds stay a target', input: '建设口袋公园、街角绿地等5处', expected: ['5 处 >='] },
  { description: 'all the divisions of a place are its scope', input: '全市11个区和相关部门加大投入，全县共18个乡镇全面推进', expected: [] },
  { description: 'divisions to reach across a place stay a target', input: '全县新增3个乡镇建成综合养老服务中心', expected: ['3 个 >='] },
  { description: 'a short quotation is a name', input: '落实“7个一律”要求', expected: [] },
  { description: 'traditional numerals and units', input: '新增貸款戶5000戶，參保人數達390萬人以上', expected: ['5000 户 >=', '3900000 人 >='] },
];

describe('candidate targets and their named exceptions', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const targets = extractTargets(input, { year: 2023 });
    expect(targets.map((target) => `${target.value} ${target.quantity.unit} ${target.op}`)).toEqual(expected);
  });

  it.each([
    { input: '地区生产总值增长7%', direction: 'up' },
    { input: '单位GDP能耗降低3%', direction: 'down' },
    { input: '4个结构性指标均实现10%以上增长', direction: 'up' },
  ])('knows which way $input goes', ({ input, direction }) => {
    expect(extractTargets(input, { year: 2023 })[0]?.direction).toBe(direction);
  });

  it.each([
    { input: '2019—2021年新建农村公路800公里', deadline: { year: 2021, month: 12, day: 31 }, windowStart: { year: 2019, month: 1, day: 1 } },
    { input: '建成农村饮水工程120处（2022年至2024年）', deadline: { year: 2024, month: 12, day: 31 }, windowStart: { year: 2022, month: 1, day: 1 } },
    { input: '2023-2024学年新增公办学位600个', deadline: null, windowStart: null },
    { input: '全年新增公办学位600个', deadline: { year: 2023, month: 12, day: 31 }, windowStart: null },
  ])('dates $input by the window of years it names', ({ input, deadline, windowStart }) => {
    const [target] = extractTargets(input, { year: 2023 });
    expect(target?.deadline ?? null).toEqual(deadline);
    expect(target?.windowStart ?? null).toEqual(windowStart);
  });

  it('tells a share target from a rate to reach', () => {
    expect(extractTargets('完成年度检查任务的70%以上', { year: 2023 })[0]?.isShare).toBe(true);
    expect(extractTargets('投资完成率达到50%以上', { year: 2023 })[0]?.isShare).toBe(false);
  });
});
