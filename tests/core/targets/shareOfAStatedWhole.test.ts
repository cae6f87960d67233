/**
 * A target's weight in a wider plan, stated as a share of that plan's own figure: the wider plan's figure and the share
 * weigh the target, they are not something to reach. Shapes of real 通报 and counter-examples in the same style.
 */
import { extractTargets } from '../../../src/core/targets';

const cases: { description: string; input: string; expected: string[]; notes?: string }[] = [
  {
    description: "a year's investment plan weighed against the province's plan of fixed investment",
    input: '全省确定重点工程项目998项,年度投资计划2088.3亿元,占全省固定资产投资计划 6441亿元的32.4%。',
    expected: ['998 项 >=', '208830000000 元 >='],
    notes: 'the 998 projects are left to the progress, which may measure the list by its starts',
  },
  {
    description: "a year's relocation weighed against the five-year plan's",
    input: '黔西南州2018年度项目计划实施易地扶贫搬迁156297人,占“十三五”规划实施易地扶贫搬迁338506人的46%。',
    expected: ['156297 人 >='],
  },
  {
    description: 'a count of schools weighed against the plan of the county',
    input: '今年新建学校10所,占全县规划新建学校20所的50%。',
    expected: ['10 所 >='],
  },
  {
    description: 'a share to reach stated with a verb stays a target',
    input: '新能源汽车销量占全市汽车销量的比重达到30%',
    expected: ['30 % >='],
  },
  {
    description: 'a share to reach of a whole with its figure, with a verb, stays a target',
    input: '力争本地采购额提高到占全年采购总额5000万元的40%以上',
    expected: ['40 % >='],
    notes: 'a bound (以上) makes the percent a level to reach',
  },
  {
    description: 'the ground a project stands on is not read as a whole of a share',
    input: '新建厂房占地120亩,绿化率达到30%',
    expected: ['30 % >='],
  },
  {
    description: 'a count to reach before a share of the places stays a target',
    input: '建成示范村30个,占全市行政村的10%',
    expected: ['30 个 >='],
  },
];

describe('a share of a wider plan stated with its figure', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const targets = extractTargets(input, { year: 2019 });
    expect(targets.map((target) => `${Math.round(target.value)} ${target.quantity.unit} ${target.op}`)).toEqual(expected);
  });
});
