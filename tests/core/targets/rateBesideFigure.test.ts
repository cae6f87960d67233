/**
 * A figure written with a rate of its own (`完工率44.62%`, `5 54%`) that reckons it against a plan far from the target: the figure
 * is counted for another plan and the verdict is unclear. A rate that agrees, one near it, one of another stage or indicator, a
 * share that names its plan, a level reached and a rate of another of the row's targets change nothing.
 * Sentences are from published reports (the notes name where), counter-examples are written in their style.
 */
import { ratesStatedAfter } from '../../../src/core/targets/_lib/statedRates';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'a rate that reckons the figure against a plan far from the target leaves it unclear',
    row: { task: '经中期调整，通过两年时间实施项目1357个，总投资239亿元。', progress: '今年以来，蜀粤幼儿园、高县疾病预防控制中心建设项目等257个项目已完工，完工率44.62%。' },
    expected: [{ value: 1357, verdict: 'unclear', reported: null, reason: { key: 'target.why.rateOfAnotherPlan', params: { rate: '44.62%' } } }],
    notes: '宜宾 2022 1-7月: 257/44.62% is a plan of 576 projects, not the 1357 of two years',
  },
  {
    description: 'households paid with a rate of a plan many times the target\'s leave it unclear, though both would call it met',
    row: { task: '新增租赁补贴300户。', progress: '截至9月底，租赁补贴实际发放8922户，完成率100.42%。' },
    expected: [{ value: 300, verdict: 'unclear', reason: { key: 'target.why.rateOfAnotherPlan' } }],
    notes: '宣城 2012 保障性安居工程: 8922/100.42% is 8885 households, all paid, not the 300 new ones',
  },
  {
    description: 'a count and a percent side by side in columns, of a plan far from the target, are unclear',
    period: '上半年',
    row: { task: '困难残疾人家庭无障碍改造', period: '', milestone: '70', progress: '5 54% 已陆续开始施工，预验收录入系统5户' },
    expected: [{ value: 70, verdict: 'unclear', reason: { key: 'target.why.rateOfAnotherPlan', params: { rate: '54%' } } }],
    notes: '岳阳楼区 2022 1-6月 考核指标 table: 5/54% is 9 households, not 70',
  },
  {
    description: 'a rate near figure ÷ target keeps the verdict',
    period: '上半年',
    row: { task: '河北 计划开工(万套)', period: '', milestone: '38', progress: '24.4 | 69.70%' },
    expected: [{ value: 380000, verdict: 'on-track', reported: { value: 244000 } }],
    notes: '全国 2011 保障性住房 上半年 table: 24.4/38 = 64.2% beside a stated 69.7%',
  },
  {
    description: 'a level reached after the figure is no rate of a plan',
    period: '全年',
    row: { task: '新建1所中心敬老院，护理床位达到50%以上。', progress: '建成西平县中心敬老院，增加了护理型床位50张，护理型床位共159张，达到100%。' },
    expected: [{ value: 1, verdict: 'met' }, { value: 50, verdict: 'met' }],
    notes: '西平 2020: 100% is the share of nursing beds, a level',
  },
  {
    description: 'a rate that is figure ÷ target keeps the verdict',
    row: { task: '完成C级危房改造653户。', progress: '目前，C级危房开工474户，开工率72.59%，竣工334户，竣工率51.15%。' },
    expected: [{ value: 653, verdict: 'behind', reported: { value: 334 } }],
    notes: '留坝 2017 危房改造: 334/653 = 51.15%',
  },
  {
    description: 'a rate of the row\'s other target keeps the verdict',
    period: '全年',
    row: {
      task: '2016年国家下达海南农村危房改造任务2.61万户，全省根据实际情况自定计划3.5万户。',
      progress: '截至12月底，实际开工4.1万户，开工率157%，竣工3.57万户，竣工率136%，均超额完成国家下达任务。',
    },
    expected: [{ value: 26100, verdict: 'met' }, { value: 35000, verdict: 'met', reported: { value: 35700 } }],
    notes: '海南 2016 危房改造: 136% is of the national 2.61万',
  },
  {
    description: 'a rate of another stage after the figure is not its rate',
    row: { task: '完成农村危房改造任务21286户。', progress: '截至9月底，已开工21286户、竣工15618户，开工率100%、竣工率73.37%。' },
    expected: [{ value: 21286, verdict: 'behind', reported: { value: 15618 } }],
    notes: '广西 2020 危房改造: 开工率100% rates the starts, 15618 is 73.37% of the target',
  },
  {
    description: 'a share that names its plan may be of another plan and keeps the verdict',
    period: '一季度',
    row: { task: '130个省重点项目计划投资224.3亿元。', progress: '实际完成投资266.7亿元，完成年度计划的32.5%。' },
    expected: [{ value: 22430000000, verdict: 'met', reported: { value: 26670000000 } }],
    notes: '厦门 2023 一季度: 32.5% is of the year\'s plan, 224.3亿元 the quarter\'s',
  },
  {
    description: 'a share column that is of the row\'s other target keeps both verdicts',
    period: '一季度',
    row: { task: '达州市 年度投资计划 600.1(单位:亿元)', milestone: '110.5', progress: '120.5 | 109.1%' },
    expected: [
      { value: 60010000000, verdict: 'behind', reported: { value: 12050000000 } },
      { value: 11050000000, verdict: 'met', reported: { value: 12050000000 } },
    ],
    notes: '达州 2019 一季度 投资 table: 109.1% = 120.5/110.5, the quarter\'s milestone',
  },
  {
    description: 'a rate of another indicator after the figure is not its rate',
    period: '全年',
    row: { task: '城镇新增就业1100万人以上。', progress: '全国城镇新增就业1352万人，城镇登记失业率为3.62%。' },
    expected: [{ value: 11000000, verdict: 'met', reported: { value: 13520000 } }],
    notes: '全国 2019 成绩单',
  },
  {
    description: 'a whole-number rate of thousands whose digits are figure ÷ target with the point lost keeps the verdict',
    period: '1-8月',
    row: { task: '年度投资计划500亿元。', progress: '重点项目完成投资342.5亿元,完成率6850%。' },
    expected: [{ value: 50000000000, verdict: 'on-track', reported: { value: 34250000000 } }],
    notes: 'written for the shape: 342.5/500 = 68.50%, printed 6850%',
  },
  {
    description: 'a rate of thousands that is not figure ÷ target with its point lost still reckons another plan',
    period: '1-8月',
    row: { task: '年度投资计划500亿元。', progress: '重点项目完成投资342.5亿元,完成率4500%。' },
    expected: [{ value: 50000000000, verdict: 'unclear', reason: { key: 'target.why.rateOfAnotherPlan' } }],
    notes: 'written for the shape: 45.00% is not 342.5/500',
  },
];

describe('a rate written beside the figure', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));

  it.each([
    { text: '竣工4986套,竣工率达166.2%;已分配入住3045套', end: 7, phrase: '竣工4986套', expected: [{ value: 166.2, namesItsPlan: false }] },
    { text: '竣工面积约12.2万平方米,竣工率91.7%(占省教育厅下达任务目标的122%)', end: 13, phrase: '竣工面积约12.2万平方米', expected: [{ value: 91.7, namesItsPlan: false }, { value: 122, namesItsPlan: true }] },
    { text: '8.98 | 50.90%', end: 4, phrase: '8.98', expected: [{ value: 50.9, namesItsPlan: false }] },
    { text: '已启动征收 6377户,占年计划的42.5%', end: 11, phrase: '已启动征收 6377户', expected: [{ value: 42.5, namesItsPlan: true }] },
    { text: '完成投资14.5亿元,同比增长12%', end: 10, phrase: '完成投资14.5亿元', expected: [] },
    { text: '竣工15618户,开工率100%', end: 8, phrase: '竣工15618户', expected: [] },
    { text: '护理型床位共159张,达到100%', end: 10, phrase: '护理型床位共159张', expected: [] },
    { text: '已改造住宅面积12万平方米,投资完成率30%', end: 13, phrase: '已改造住宅面积12万平方米', expected: [] },
    { text: '5 54% 已陆续开始施工', end: 1, phrase: '5', expected: [{ value: 54, namesItsPlan: false }] },
  ])('reads the rates after «$text»', ({ text, end, phrase, expected }) => {
    expect(text.slice(end - phrase.length, end)).toBe(phrase);
    expect(ratesStatedAfter(text, end, phrase)).toEqual(expected);
  });
});
