/**
 * A size whose 以上 or 以下 follows the stuff it measures, then the bodies it sorts (`年耗能1万吨标准煤以上的企业`): a threshold of
 * the bodies watched or helped, not an amount to reach. Sentences written for this test; the counter-examples make the stuff
 * itself the aim.
 */
import { targetValuesOfRow, type ValuesCase } from './reportFixtures';

describe('a threshold of the bodies, after the stuff it measures', () => {
  it.each<ValuesCase>([
    {
      description: 'energy users above a yearly use of standard coal',
      row: { task: '对年综合能耗1万吨标准煤以上的重点用能单位开展节能监察。', progress: '已完成监察45家。' },
      expected: [],
    },
    {
      description: 'water users above a yearly intake of new water',
      row: { task: '将年用水量5万立方米新水以上的企业纳入重点监控。', progress: '已纳入监控企业32家。' },
      expected: [],
    },
    {
      description: 'firms below a sum of output, with the aim counted after',
      row: { task: '扶持年产值500万元产值以下的小微企业200家。', progress: '已扶持小微企业150家。' },
      expected: [200],
    },
    {
      description: 'counter-example: a cut of the stuff to reach stays a target',
      row: { task: '全年节约标准煤5万吨以上。', progress: '已节约标准煤3.8万吨。' },
      expected: [50000],
    },
  ])('$description', ({ row, expected }) => {
    expect(targetValuesOfRow(row)).toEqual(expected);
  });
});
