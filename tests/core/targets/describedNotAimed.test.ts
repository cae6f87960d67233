/**
 * Figures of a task that describe the work or the things it is done for, not an amount to reach, beside the phrasings that
 * stay targets. Phrasings written for this test.
 * - the rate in force before a change (`现行…`), in the task and in the progress;
 * - the people whose travel a road serves (`…群众的出行`);
 * - a threshold of people that sizes the bodies it names (`服务人口超过3万的卫生院`).
 */
import { expectTargetsOfRow, targetValuesOfRow, type RowCase, type ValuesCase } from './reportFixtures';

describe('the rate in force before a change', () => {
  it.each<RowCase>([
    {
      description: 'the rate in force is no target, and its repetition in the progress answers nothing',
      row: { task: '将小规模纳税人现行3%的征收率降至1%。', progress: '自4月1日起,小规模纳税人现行3%的征收率降至1%。' },
      expected: [{ value: 1, reported: { value: 1 }, verdict: 'met' }],
    },
    {
      description: 'a rate to reach after 降至 stays a target without a rate in force',
      row: { task: '普惠小微贷款平均利率降至4.5%以下。', progress: '平均利率已降至4.3%。' },
      expected: [{ value: 4.5, reported: { value: 4.3 }, verdict: 'met' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});

describe('people served by what is built', () => {
  it.each<ValuesCase>([
    {
      description: 'the people whose travel a road serves describe the road',
      row: { task: '新建通村公路12公里,方便沿线3万余群众的出行。', progress: '已完成路基8公里。' },
      expected: [12],
    },
    {
      description: 'the people a water work is for stay a target',
      row: { task: '年内解决2万人的饮水安全问题。', progress: '已解决1.6万人的饮水安全问题。' },
      expected: [20000],
    },
    {
      description: 'a threshold of people that sizes the health centres named',
      row: { task: '服务人口超过3万的乡镇卫生院配备专职康复医师。', progress: '已配备。' },
      expected: [],
    },
    {
      description: 'people to serve without the bodies they size stay a target',
      row: { task: '家庭医生签约服务人口超过30万。', progress: '已签约32万人。' },
      expected: [300000],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});

describe('a forecast, a named list of actions, and the whole cost of projects started or funds secured', () => {
  it.each<ValuesCase>([
    {
      description: 'a sentence that opens on 预计 and reaches the figure through 将 forecasts it',
      row: { task: '预计今年底,全市新能源汽车保有量将达到50万辆。', progress: '截至9月底,全市新能源汽车保有量42万辆。' },
      expected: [],
    },
    {
      description: 'a forecast with a word of aim stays a target',
      row: { task: '预计年底前,全市将力争建成5G基站3000个。', progress: '已建成5G基站2600个。' },
      expected: [3000],
    },
    {
      description: 'the whole a kind of projects is counted from, with 中有',
      row: { task: '120个项目中有交通类45个,计划投资300亿元。', progress: '一季度完成投资80亿元。' },
      // the class's count is a list of its own, sized only, as the progress gives its money and counts none of it
      expected: [30000000000],
    },
    {
      description: 'things identified by the past year they were begun in',
      row: { task: '自2019年开工建设的40个美丽乡村示范村', progress: '已全部建成。' },
      expected: [],
    },
    {
      description: 'the firms whose year’s planned investment is the aim',
      row: { task: '其中,市属12家大型企业年度计划投资800亿元,', progress: '1-9月累计完成投资620亿元。' },
      expected: [80000000000],
    },
    {
      description: 'what a place holds under it is its size',
      row: { task: '该县辖9个乡镇8.6万户群众,今年实施农村危房改造1200户。', progress: '已完工980户。' },
      expected: [1200],
    },
    {
      description: 'firms to bring in stay a target',
      row: { task: '年内新引进规上企业12家,实现投资50亿元。', progress: '已引进规上企业9家。' },
      expected: [12, 5000000000],
    },
    {
      description: 'the count of actions named one by one before it names the list',
      row: { task: '“老有所养”“幼有所育”2项惠民行动', progress: '均已完成年度任务的60%以上。' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });

  it.each<RowCase>([
    {
      description: 'the whole cost of the projects started answers no investment to make',
      row: { task: '年度计划投资120亿元。', progress: '一季度新开工项目15个,总投资48亿元。' },
      period: '一季度',
      expected: [{ value: 12000000000, reported: null }],
    },
    {
      description: 'funds secured answer no investment to make',
      row: { task: '年度计划投资120亿元。', progress: '今年以来,累计落实上级补助资金26亿元。' },
      period: '一季度',
      expected: [{ value: 12000000000, reported: null, verdict: 'no-figure' }],
    },
    {
      description: 'the investment done answers it',
      row: { task: '年度计划投资120亿元。', progress: '一季度新开工项目15个,总投资48亿元;完成投资31亿元。' },
      period: '一季度',
      expected: [{ value: 12000000000, reported: { value: 3100000000 }, verdict: 'on-track' }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});

describe('the level a change starts from, the investment of counted projects, and a mark passed', () => {
  it.each<RowCase>([
    {
      description: 'the level after 从 is where the plan starts; the level after 增加到 is the aim, of the same thing',
      row: { task: '今年全市植树造林任务从80万亩增加到120万亩。', progress: '全年完成植树造林126.5万亩。' },
      period: '全年',
      expected: [{ value: 1200000, indicator: '今年全市植树造林任务', reported: { value: 1265000 }, verdict: 'met' }],
    },
    {
      description: 'a round mark passed before the figure reached is not the result',
      row: { task: '全年完成植树造林120万亩。', progress: '全年植树造林面积首次突破120万亩,达到126.5万亩。' },
      period: '全年',
      expected: [{ value: 1200000, reported: { value: 1265000 }, verdict: 'met' }],
    },
    {
      description: 'a sum named 投资 after a count of projects (a kind of a list), before the year’s plan to spend, is their whole investment',
      row: { task: '其中,新建项目120个,投资2800亿元,计划完成投资600亿元。', progress: '一季度完成投资150亿元。' },
      period: '一季度',
      expected: [{ value: 60000000000, reported: { value: 15000000000 } }],
    },
    {
      description: 'a sum named 投资 after works to build stays a target',
      row: { task: '新建学校6所,投资3亿元。', progress: '已完成投资2.1亿元。' },
      expected: [{ value: 6 }, { value: 300000000, reported: { value: 210000000 } }],
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });
});
