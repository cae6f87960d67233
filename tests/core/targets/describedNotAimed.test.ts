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
