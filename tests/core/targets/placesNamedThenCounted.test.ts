/**
 * Places named one by one and then counted (`杭州、温州、…、丽水等9个设区市`) say where a work is done: the count totals
 * the names and is no target, while the work's own figures beside it are. Sentences of published reports (浙江 2018,
 * 四川 2020, 商水 2024), and counter-examples written for this test.
 */
import { extractTargets } from '../../../src/core/targets';
import { isCountOfPlacesNamedBefore } from '../../../src/core/targets/_lib/placesNamedThenCounted';
import { parseQuantities } from '../../../src/core/numbers';

describe('places named and then counted are the scope of the work', () => {
  it.each([
    {
      description: 'the cities a programme involves, named and closed by 等9个设区市; the households to rebuild stay',
      input: '今年全省农村困难家庭危房改造工作涉及杭州、温州、湖州、嘉兴、金华、衢州、舟山、台州、丽水等9个设区市,总任务户数12534户。',
      expected: [12534],
    },
    {
      description: 'the prefectures an inspection went to; the problems to put right stay',
      input: '2019年,四川省对泸州市、德阳市、绵阳市、内江市、南充市、宜宾市、达州市、巴中市、资阳市、凉山州等10个市州开展了第二轮省级生态环保督察。第二轮省级生态环保督察反馈意见整改任务315项。',
      expected: [315],
    },
    {
      description: 'the villages of a batch, named without 等; the area to harden stays',
      input: '第二、三批申报的是周王、吴吉屯、施营、杜庄、王老、后李、秦黄、赵庄8个村,计划硬化道路面积34000平方米。',
      expected: [34000],
    },
    {
      description: 'a verb of making over the named villages makes them the work',
      input: '年内完成李庄、王庄、张庄等12个村的美丽乡村建设。',
      expected: [12],
    },
    {
      description: 'a verb of making after the named villages makes them the work',
      input: '年内对李庄、王庄、张庄等12个村实施人居环境整治。',
      expected: [12],
    },
    {
      description: 'the villages visited are where the work is done; the households helped stay',
      input: '走访李庄、王庄、张庄等12个村,慰问困难群众300户。',
      expected: [300],
    },
    {
      description: 'provinces of a national report, named and closed by 等…个地区, are where the work was done',
      input: '分地区看，北江、南岭、东川、西原等4个地区进度较快，今年计划新开工小区2.1万个。',
      expected: [21000],
    },
    {
      description: 'provinces counted as 省份 after their names are where the work was done',
      input: '北江、南岭、东川等3个省份列入首批，全年培训农民工120万人次。',
      expected: [1200000],
    },
    {
      description: 'regions counted without names before them stay targets',
      input: '年内在12个地区开展试点示范。',
      expected: [12],
    },
    {
      description: 'places counted without names before them stay targets',
      input: '年内完成12个村的美丽乡村建设。',
      expected: [12],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2021 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '工作涉及杭州、温州、丽水等9个设区市', figure: '9个', expected: true },
    { text: '申报的是周王、吴吉屯、赵庄8个村,', figure: '8个', expected: true },
    { text: '完成李庄、王庄、张庄等12个村的美丽乡村建设', figure: '12个', expected: false },
    { text: '对李庄、王庄、张庄等12个村实施人居环境整治', figure: '12个', expected: false },
    { text: '在东城、西城、南城等3个村级服务站开展培训', figure: '3个', expected: false },
    { text: '新建党群服务中心、卫生室、文化广场等3个项目', figure: '3个', expected: false },
    { text: '涉及东城、西城两区的12个社区', figure: '12个', expected: false },
  ])('isCountOfPlacesNamedBefore($text, $figure) is $expected', ({ text, figure, expected }) => {
    const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text === figure);
    if (!quantity) throw new Error(`no ${figure} in ${text}`);
    expect(isCountOfPlacesNamedBefore(text, quantity)).toBe(expected);
  });
});
