/**
 * How performance tables (绩效目标表, 年度指标值 / 实际完成值) write their figures: bounds spelled with ASCII signs
 * (`>=9431人`), measures by their Latin symbols (`5719m`, `14.7km`), and a count of days, hours or minutes bounded by a
 * sign (`≥360天`, `≥928小时`, `≤30分钟`), which prose never bounds so (`3天内办结`, `24小时值守` are time limits, not counts).
 */
import { parseQuantities } from '../../../src/core/numbers';

const cases: readonly { description: string; input: string; expected: readonly { value: number; unit: string; comparator: string | null }[]; notes?: string }[] = [
  { description: 'an ASCII >= bounds a benefit standard from below', input: '>=530元/人*月', expected: [{ value: 530, unit: '元', comparator: '>=' }] },
  { description: 'an ASCII >= with spaces before a percent', input: '>= 99 %(百分比)', expected: [{ value: 99, unit: '%', comparator: '>=' }] },
  { description: 'an ASCII <= bounds from above', input: '<=5%', expected: [{ value: 5, unit: '%', comparator: '<=' }] },
  { description: 'the result of a sum after = is no bound', input: '每班按40人计算，共计可以增加学位40*40=1600个', expected: [{ value: 40, unit: '人', comparator: null }, { value: 1600, unit: '个', comparator: null }] },
  { description: 'metres by their symbol', input: '5719m', expected: [{ value: 5719, unit: 'm', comparator: null }] },
  { description: 'kilometres by their symbol after a sign', input: '道路硬化≥0.565km;项目(工程)验收合格率≥100%', expected: [{ value: 0.565, unit: 'km', comparator: '>=' }, { value: 100, unit: '%', comparator: '>=' }] },
  { description: 'upper-case KM of a works list', input: '护彻防渗渠道32条33.83KM', expected: [{ value: 32, unit: '条', comparator: null }, { value: 33.83, unit: 'KM', comparator: null }] },
  { description: 'square metres as ㎡', input: '新建校舍2400㎡', expected: [{ value: 2400, unit: 'm2', comparator: null }] },
  { description: 'a longer Latin word is no symbol (millimetres)', input: '钢筋直径12mm', expected: [] },
  { description: 'a bus line named with M is no measure', input: '新增599B、855H、7806M和2754等4条公交线路', expected: [{ value: 4, unit: '条', comparator: null }] },
  { description: 'days bounded by ≥ are a count of days', input: '≥360天服务读者', expected: [{ value: 360, unit: '天', comparator: '>=' }] },
  { description: 'days set by = are a count of days', input: '=365天', expected: [{ value: 365, unit: '天', comparator: null }] },
  { description: 'a time limit in prose stays a period', input: '不动产登记3天内办结', expected: [] },
  { description: 'days in a sentence stay a period', input: '距离年底不到80天时间', expected: [] },
  { description: 'days after a computed = stay a period', input: '共2*3=6天', expected: [] },
  { description: 'hours bounded by ≥ are a count of hours', input: '飞机飞行时长≥928小时,', expected: [{ value: 928, unit: '小时', comparator: '>=' }] },
  { description: 'minutes bounded by ≤ are a count of minutes', input: '急救响应时间≤15分钟', expected: [{ value: 15, unit: '分钟', comparator: '<=' }] },
  { description: 'hours in a sentence stay a period', input: '实行24小时值守', expected: [] },
  { description: 'minutes in a sentence stay a period', input: '城区15分钟健身圈覆盖率100%', expected: [{ value: 100, unit: '%', comparator: null }] },
];

describe('performance-table forms of a figure', () => {
  it.each(cases)('$description', ({ input, expected }) => {
    const read = parseQuantities(input).quantities.map((quantity) => ({ value: quantity.value, unit: quantity.unit, comparator: quantity.comparator }));
    expect(read).toEqual(expected);
  });
});

/** Measure words of sets and of cases (组, 起), in tables and in prose, and the words they open that count nothing. */
const measureWordCases: readonly { description: string; input: string; expected: readonly { value: number; unit: string; comparator: string | null }[] }[] = [
  { description: 'sets of trials bounded by a sign', input: '≧15组', expected: [{ value: 15, unit: '组', comparator: '>=' }] },
  { description: 'samples counted in 组 in prose', input: '其中水稻抽样25组,玉米16组。', expected: [{ value: 25, unit: '组', comparator: null }, { value: 16, unit: '组', comparator: null }] },
  { description: 'a number before 组织 counts nothing', input: '全县32组织关系转接', expected: [] },
  { description: 'cases counted in 起', input: '查处违法行为31起,结案18起', expected: [{ value: 31, unit: '起', comparator: null }, { value: 18, unit: '起', comparator: null }] },
  { description: 'no incident, counted in 起', input: '0起', expected: [{ value: 0, unit: '起', comparator: null }] },
  { description: 'a number before 起算 counts nothing', input: '工龄从1起算', expected: [] },
];

describe('measure words of sets and cases', () => {
  it.each(measureWordCases)('$description', ({ input, expected }) => {
    const read = parseQuantities(input).quantities.map((quantity) => ({ value: quantity.value, unit: quantity.unit, comparator: quantity.comparator }));
    expect(read).toEqual(expected);
  });
});
