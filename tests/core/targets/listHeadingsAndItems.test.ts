/**
 * A list of 实事 counted at two levels, its headings (大项) and the items under them (小项), is measured by the items done
 * (`等5小项已完成`): the headings only name it. A higher level's list followed by the place's own part of it (`涉及我市13个
 * 大项、27个小项`) is the place's list, measured as any list; the higher level's count says whose part it is. Sentences of
 * published notices (长乐 2017, 六盘水 2024; for a list's count beside the count of its indicators or 子项, 颍桥 2023, 天津 2008,
 * 宁波 2025), and counter-examples written for this test where the items are works to make,
 * the list is measured by money, or the 涉及 names places.
 */
import { extractTargets } from '../../../src/core/targets';
import { isWholeOfAPlacesPart, listSizeOf } from '../../../src/core/targets/_lib/listMeasuredByCount';
import { parseQuantities } from '../../../src/core/numbers';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

describe('a list counted in headings and items', () => {
  it.each<RowCase>([
    {
      description: 'the province’s list and the city’s part of it: the city’s items, counted done, are the target',
      row: {
        task: '省委、省政府为民办实事项目共25大项,涉及我市21个大项、27个小项。',
        progress: '截止目前,“新建改造供水管网10公里”等5小项已完成;完成三格化粪池407户,建制村垃圾治理常态化完成10个村,其余小项顺利推进。',
      },
      period: '1-8月',
      expected: [{ value: 27, reported: { value: 5 }, verdict: 'behind' }],
      notes: '长乐 2017, without its year (the sheet is of 2021): 5/27 = 19% < 67%',
    },
    {
      description: 'the city’s whole list in headings and items, then the county’s part: only the county’s items are its target',
      row: {
        task: '福州市委、市政府为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项。',
        progress: '截止目前,“新增更新公交车50辆”“新建鹤上中心幼儿园1所,新增学位360个”等8小项已完成,其余小项顺利推进。',
      },
      period: '1-8月',
      expected: [{ value: 27, reported: { value: 8 }, verdict: 'behind' }],
      notes: '长乐 2017, without its year (the sheet is of 2021)',
    },
    {
      description: 'a list of areas and items measured by money only names itself; the money is the target',
      row: {
        task: '据悉,2024年市级“十件民生实事”覆盖就业、教育、卫生健康等10个方面32个小项,涉及年度投资目标6.28亿元。',
        progress: '1—10月,完成投资5.8亿元,占年度投资目标92.40%,各项民生实事正有序推进。',
      },
      period: '1-10月',
      expected: [{ value: 628000000 }],
      notes: '六盘水 2024',
    },
    {
      description: 'places involved after 涉及我市 stay the scope of the work, not a list',
      row: { task: '今年农村危房改造涉及我市12个乡镇,改造1200户。', progress: '已竣工800户。' },
      expected: [{ value: 1200, reported: { value: 800 } }],
      notes: 'counter-example',
    },
  ])('$description', (testCase) => {
    expectTargetsOfRow(testCase);
  });

  it.each([
    { description: 'headings beside their items name the list', input: '今年共安排为民办实事10大项32小项。', expected: [32] },
    { description: 'headings in 个大项 beside their items name the list', input: '今年共安排为民办实事10个大项、32个小项。', expected: [32] },
    { description: '大项目 are big projects, no headings', input: '年内开工建设10个大项目,新增学位800个。', expected: [10, 800] },
    { description: '小项目 counted done are projects, no items of a list', input: '年内建成5个小项目,新建改扩建17家社区卫生服务中心。', expected: [5, 17] },
    {
      description: 'a list of 民心工程 beside the sub-works one system carries is named by its count',
      input: '天津市委、市政府确定的2008年新20项民心工程,由城建系统承担的34个子项工程,',
      expected: [34],
    },
    { description: 'a list of 实事 beside its 子项 is named by its count', input: '2025年我市15项市民生实事项目、31个子项,', expected: [31] },
    { description: 'a list of actions beside its indicators is named by its count', input: '实施10项暖民心行动,共分解为38个子项。', expected: [38] },
    { description: 'a list of 实事 counted alone is left a target for its progress to measure', input: '今年办好20项民心工程。', expected: [20] },
    { description: 'works of 水利工程 beside indicators of water quality are no list of matters', input: '新建10项水利工程,水质达标率达到95%。', expected: [10, 95] },
    { description: 'indicator tasks after a list of 实事 are no items of it', input: '全年实施12件民生实事,完成8个指标任务。', expected: [12] },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2021 }).map((target) => target.value)).toEqual(expected);
  });

  it('reads 小项 as the items of a list, and 大项目 as no counting word', () => {
    expect(parseQuantities('等5小项已完成').quantities.map((quantity) => [quantity.value, quantity.unit])).toEqual([[5, '小项']]);
    expect(parseQuantities('推进十大项目').quantities).toEqual([]);
    const text = '为民办实事项目共20个大项、75个小项,涉及我市13个大项、27个小项。';
    const [, whole, , part] = parseQuantities(text).quantities;
    if (!whole || !part) throw new Error('four counts expected');
    expect(listSizeOf(text, part)?.noun).toBe('小项');
    expect(isWholeOfAPlacesPart(text, whole, text.length)).toBe(true);
    expect(isWholeOfAPlacesPart(text, part, text.length)).toBe(false);
  });
});
