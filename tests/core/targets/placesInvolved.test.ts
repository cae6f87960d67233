/**
 * The places a work involves, counted in a list after `涉及` (`涉及9个乡镇、20个村`, `涉及311个小区`), say where it is done,
 * not how much of it: they are no targets, while the households, people and works beside them may be; the projects it
 * involves say which works it is made of, in the same way. Sentences of published reports (九寨沟 2010, 临沂 2022, 兰州 2018,
 * 北京 2017), and counter-examples written for this test.
 */
import { extractTargets } from '../../../src/core/targets';
import { isPlacesInvolved } from '../../../src/core/targets/_lib/scopeOfTheWork';
import { parseQuantities } from '../../../src/core/numbers';

describe('places involved are the scope of the work', () => {
  it.each([
    {
      description: 'towns and villages in the list after 涉及; its households and people stay',
      input: '据悉,阿坝州九寨沟县2010年牧民定居行动计划涉及9个乡镇、20个村、1221户、5642人。',
      expected: [1221, 5642],
    },
    {
      description: 'the 小区 a list of renovation projects involves, after the projects counted',
      input: '2022年,省住建厅下达我市老旧小区改造项目297个,涉及311个小区。',
      expected: [297],
    },
    {
      description: 'the places the works are said to cover, with a bracket of their parts in the list',
      input: '全县今年计划建设供水工程120处,工程覆盖 9 个乡镇、86 个行政村(其中贫困村 31 个)、402 个自然村,受益人口5.2万人。',
      expected: [120, 52000],
      notes: 'written for this test',
    },
    {
      description: 'a network to cover places stays a target',
      input: '年内实现5G网络覆盖200个行政村。',
      expected: [200],
      notes: 'counter-example: the reach of a network is what is made',
    },
    {
      description: 'a verb of making after 涉及 makes the places the work',
      input: '年内完成涉及改造12个小区的管网工程。',
      expected: [12],
    },
    {
      description: 'the projects a task involves, listed after its households, say which works it is made of',
      input: '2018年,省政府下达兰州棚改新建任务31206户、涉及项目18个,',
      expected: [31206],
    },
    {
      description: 'the projects a task involves, with their breakdown in parentheses',
      input: '下达基本建成任务13594户、涉及项目17个(其中货币化安置项目5个,6287户),',
      expected: [13594],
      notes: 'the parts in parentheses describe the projects',
    },
    {
      description: 'the projects a year\'s task involves, counted after it',
      input: '今年年初,本市定下3.6万套棚户区改造任务,涉及128个项目。',
      expected: [36000],
    },
    {
      description: 'households a listed work involves stay the same work in another unit',
      input: '新开工改造城镇老旧小区5.3万个、涉及居民865万户。',
      expected: [53000, 8650000],
    },
    {
      description: 'households with their breakdown in parentheses after a listed work stay a target',
      input: '改造农村危房1.2万户、涉及群众4.5万人(其中建档立卡贫困人口1.1万人)。',
      expected: [12000, 45000],
    },
    {
      description: 'projects to start, with no 涉及, stay a target',
      input: '棚改新建任务31206户、新开工项目18个。',
      expected: [31206, 18],
    },
    {
      description: 'places to build, with no 涉及, stay targets',
      input: '新建村级综合服务中心20个村。',
      expected: [20],
    },
  ] as { description: string; input: string; expected: number[]; notes?: string }[])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2021 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '计划涉及9个乡镇、20个村、1221户', figure: '20个', expected: true },
    { text: '计划涉及9个乡镇、20个村、1221户', figure: '1221户', expected: false },
    { text: '完成涉及改造12个小区', figure: '12个', expected: false },
    { text: '各项指标分解落实到14个县区', figure: '14个', expected: true },
    { text: '年度任务分解到21个街道', figure: '21个', expected: true },
  ])('isPlacesInvolved($text, $figure) is $expected', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text === figure);
    if (!quantity) throw new Error(`no ${figure} in ${text}`);
    expect(isPlacesInvolved(text, quantity)).toBe(expected);
  });
});
