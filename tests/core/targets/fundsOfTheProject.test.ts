/**
 * A performance self-assessment names the money its project was given — a budget, a grant allotted, funds applied
 * for, the project's funds — and then how much was paid out: the money is no target, its outputs are. Sentences of
 * published self-assessments (奉化 2021, 棠溪镇 2022, 西平 2022, 牟定 2020, 宣州区 2023) and counter-examples in their style:
 * sums still to be allotted, paid, put in or obtained stay targets. Money received or awarded (扎兰屯 2022, 东丽 2020,
 * 安康 2013) and the 年度资金总额 row of a 绩效自评表 (临翔区 2023, 隆阳区 2022) are the same kind of sum.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the money a project was given', () => {
  it.each<ValuesCase>([
    {
      description: 'a year’s budget is no target',
      row: { task: '2021年预算安排2700万元,', progress: '全年实际支出1723.62万元,余款结转下年待付。' },
      expected: [],
    },
    {
      description: 'a budget applied for, and its parts by use, are no targets',
      row: {
        task: '本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元用于基建工程项目设计、规划、测绘。',
        progress: '本项目共完成预算资金89.97万元。',
      },
      expected: [],
    },
    {
      description: 'money said won with 到 is funds in hand, no target',
      row: { task: '今年我县还争取到农村公路养护补助资金1200万元,实施村道安防工程共36处。', progress: '截至10月底,已完工30处。' },
      expected: [36],
    },
    {
      description: 'money to win in a plan’s words stays a target',
      row: { task: '全年力争争取到上级补助资金3000万元。', progress: '截至9月底,已争取到上级补助资金2600万元。' },
      expected: [30000000],
    },
    {
      description: 'money told as put in place with 共 is funds in hand, no target',
      row: { task: '一季度全县共落实农村供水工程资金860万元,新建集中供水点12处。', progress: '已建成9处。' },
      expected: [12],
    },
    {
      description: 'money to put in place in a plan’s words stays a target',
      row: { task: '计划共落实农村供水工程资金860万元。', progress: '已落实资金700万元。' },
      expected: [8600000],
    },
    {
      description: 'a grant the county obtained, named before its sum, is funds in hand',
      row: { task: '全县获得今年第二批中央农村危房改造补助资金860万元,用于完成危房改造430户。', progress: '已完成改造380户。' },
      expected: [430],
    },
    {
      description: 'money to seek, without 到, stays a target',
      row: { task: '争取中央预算内补助资金5000万元。', progress: '已争取到位资金4200万元。' },
      expected: [50000000],
    },
    {
      description: 'the project’s funds are no target',
      row: { task: '项目资金共2179万元,', progress: '截止2022年12月8日,已完成拨付2113.63万元,执行率97%。' },
      expected: [],
    },
    {
      description: 'a grant allotted beside the length to build: the length stays the target',
      row: { task: '建设里程8公里,下达车购税补助56万元。', progress: '2020年6月20日完工。下达资金56万元,实际完成投资54.6万元。' },
      expected: [8],
    },
    {
      description: 'a subsidy allotted to the district is no target',
      row: { task: '2023年共下达我区补助资金246.2万元(其中:中央补助资金226.7万元,省级补助资金19.5万元)。', progress: '2023年全区共完成发放补助资金141.8万元。' },
      expected: [],
    },
    {
      description: 'a plan to allot funds stays a target',
      row: { task: '2020年全县全年计划下达资金2422万余元', progress: '已下达资金2422万元。' },
      expected: [24220000],
    },
    {
      description: 'funds to pay out stay a target',
      row: { task: '全年所需拨付资金703.8万元', progress: '已拨付资金703.8万元。' },
      expected: [7038000],
    },
    {
      description: 'a budget’s money to obtain stays a target',
      row: { task: '争取中央预算资金5000万元。', progress: '已争取中央预算资金3000万元。' },
      expected: [50000000],
    },
    {
      description: 'budget revenue to reach stays a target',
      row: { task: '一般公共预算收入达到12亿元。', progress: '一般公共预算收入完成9.1亿元。' },
      expected: [1200000000],
    },
    {
      description: 'a sum to put in, split by its uses, stays a target with its parts',
      row: { task: '全年计划投入资金2亿元,其中1.5亿元用于农村公路建设。', progress: '累计投入资金1.6亿元。' },
      expected: [200000000, 150000000],
    },
    {
      description: 'a grant received is no target',
      row: { task: '2022年产业园收到中央财政奖补资金3000万元,已制定《财政奖补资金使用方案》,', progress: '实际完成2700万元,完成率达到90%。' },
      expected: [],
    },
    {
      description: 'money the treasury arranged for the project is no target',
      row: { task: '区财政通过抗疫特别国债安排资金700万元。', progress: '该项目已拨付工程款700万元。' },
      expected: [],
    },
    {
      description: 'a prize awarded is no target',
      row: { task: '我市被省政府表彰为“2012年度保障性住房建设工作一等奖”,并获得5000万元奖励。', progress: '' },
      expected: [],
    },
    {
      description: 'a plan to arrange funds stays a target',
      row: { task: '今年计划安排资金1.2亿元,用于农村公路养护。', progress: '已安排资金0.8亿元。' },
      expected: [120000000],
    },
    {
      description: 'a grant to obtain stays a target',
      row: { task: '力争获得省级奖补资金500万元以上。', progress: '已获得省级奖补资金300万元。' },
      expected: [5000000],
    },
    {
      description: 'a subsidy standard raised stays a target',
      row: { task: '城乡居民医保财政补助标准提高到每人每年610元。', progress: '财政补助标准已提高到610元。' },
      expected: [610],
    },
    {
      description: 'a prize to win by a count stays a target of the count',
      row: { task: '获得省级以上奖励3项。', progress: '已获得省级奖励2项。' },
      expected: [3],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('the performance table’s row of the project’s money', () => {
  it.each<ValuesCase>([
    {
      description: 'the year’s funds total, its budget beside what was spent, is no target',
      row: { task: '年度资金总额', milestone: '32.4', progress: '31.69 | 97.80%' },
      expected: [],
    },
    {
      description: 'the year’s treasury funds total is no target',
      row: { task: '年度财政资金总额', milestone: '278.4449', progress: '30.00 | 10.77%' },
      expected: [],
    },
    {
      description: 'a cost to keep within stays a target',
      row: { task: '项目总成本', milestone: '≤90', progress: '89.97' },
      expected: [90],
    },
    {
      description: 'a count of the table without a unit stays a target',
      row: { task: '资金支持项目数量', milestone: '12', progress: '12' },
      expected: [12],
    },
    {
      description: 'the share of funds arrived in time stays a target',
      row: { task: '资金到位率', milestone: '100', progress: '100' },
      expected: [100],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
