/**
 * Figures that say where counted works stand or how big they are built, not how many to make: the places the works cover,
 * named before them (`覆盖12个村的8座污水处理站`), the villages they stand in, right before their count (`30个行政村42处供水站`),
 * and a plant's capacity per day (`规模3万吨/日`, `日处理能力5000吨`). Phrasings written for this test, with the reaches,
 * lists and capacities to add that must stay targets.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('the scope and size of counted works', () => {
  it.each<ValuesCase>([
    {
      description: 'the villages that counted water works cover, before them with 的',
      row: { task: '年内新建覆盖30个行政村的15处集中供水工程。', progress: '' },
      expected: [15],
    },
    {
      description: 'the communities counted service centres serve, with 服务周边',
      row: { task: '新建服务周边6个社区的3个养老服务中心。', progress: '' },
      expected: [3],
    },
    {
      description: 'the towns a batch of plants covers, with the batch’s capacity per day',
      row: { task: '首批建设覆盖20个乡镇的18座污水处理站，处理总规模约1.2万立方米/天，年底前建成。', progress: '' },
      expected: [18],
    },
    {
      description: 'the villages right before the count of the stations built in them',
      row: { task: '全年完成30个行政村42处供水站改造，铺设管网120公里。', progress: '' },
      expected: [42, 120],
    },
    {
      description: 'the communities right before the count of the estates renovated in them',
      row: { task: '改造15个社区28个老旧小区。', progress: '' },
      expected: [28],
    },
    {
      description: 'a daily capacity named before the figure, after the plants counted',
      row: { task: '新建污水处理厂2座，日处理能力5000吨。', progress: '' },
      expected: [2],
    },
    {
      description: 'a network’s reach with no works counted after it stays a target',
      row: { task: '5G网络覆盖200个行政村。', progress: '' },
      expected: [200],
    },
    {
      description: 'villages and communities joined as a list stay targets',
      row: { task: '完成30个行政村、12个社区环境整治。', progress: '' },
      expected: [30, 12],
    },
    {
      description: 'villages before a name that opens on a figure stay a target',
      row: { task: '新建800个行政村5G基站。', progress: '' },
      expected: [800],
    },
    {
      description: 'a capacity to add stays a target',
      row: { task: '新增污水处理能力2万吨/日。', progress: '' },
      expected: [20000],
    },
    {
      description: 'a place’s daily capacity, with no plant named, stays a level to hold',
      row: { task: '全市日供水能力达到20万吨。', progress: '' },
      expected: [200000],
    },
    {
      description: 'a daily capacity to raise stays a target',
      row: { task: '年内提升城市日供水能力至10万吨。', progress: '' },
      expected: [100000],
    },
  ])('$description', (testCase) => {
    expect(targetValuesOfRow(testCase.row)).toEqual(testCase.expected);
  });
});
