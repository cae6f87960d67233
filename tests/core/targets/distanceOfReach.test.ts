/**
 * `300米见绿、500米见园`: a distance followed by 见 and the thing seen within it is a standard of reach, how near green or a
 * park stands to every home, and no length of work to reach. The works counted beside it stay targets.
 */
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: readonly RowCase[] = [
  {
    description: 'two radii of reach before the parks to build',
    row: { task: '构建300米见绿、500米见园的城市公园体系,新建口袋公园15个', progress: '已建成口袋公园9个' },
    expected: [{ value: 15, unit: '个', reported: { value: 9 } }],
  },
  {
    description: 'a radius in 公里 of the woods to be seen',
    row: { task: '推动城乡绿化,实现出门1公里见林,新增绿道40公里', progress: '新增绿道28公里' },
    expected: [{ value: 40, unit: '公里', reported: { value: 28 } }],
  },
  {
    description: 'a radius of water seen, written without a list',
    row: { task: '打造“800米见水”的滨水空间,完成河道整治12公里', progress: '完成河道整治7.5公里' },
    expected: [{ value: 12, unit: '公里', reported: { value: 7.5 } }],
  },
  {
    description: 'a length of work followed by 见效 stays a target',
    row: { task: '新建绿道500米见效后全区推广', progress: '已建成绿道320米' },
    expected: [{ value: 500, unit: '米' }],
  },
];

describe('a distance of reach', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
