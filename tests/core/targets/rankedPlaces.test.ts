/**
 * A 督查通报 ranks the places it oversees, each with its own figure (`整改完成率较高的为自贡市100%、广元市100%`): what each
 * place has reached, not a target. Sentences of a published notice (四川 2020) and counter-examples written for this test in
 * the same style, where a place's figure is its aim or no place is ranked.
 */
import { extractTargets } from '../../../src/core/targets';
import { isFigureOfARankedPlace } from '../../../src/core/targets/_lib/rankedPlaces';
import { parseQuantities } from '../../../src/core/numbers';

describe("a notice's ranking of places states what each has reached, not targets", () => {
  it.each([
    {
      description: 'the prefectures with the highest rates of problems put right, each with its rate',
      input: '截至6月底,第一轮省级生态环保督察各市州问题整改完成率较高的为自贡市100%、广元市100%、遂宁市99.4%、巴中市99.4%、甘孜州99.4%;',
      expected: [],
    },
    {
      description: 'the cities with the most problems put right, each with its count',
      input: '问题整改完成数量较多的为成都市1134个、宜宾市594个、凉山州593个、南充市514个、绵阳市486个。',
      expected: [],
    },
    {
      description: 'the districts that invested most, after 是 and a colon',
      input: '全市重点项目完成投资较多的是:渝北区52.3亿元、江北区48.1亿元、南岸区40.2亿元。',
      expected: [],
    },
    {
      description: 'the three counties ranked last, by their rate',
      input: '开工进度排名后三位的是平阳县45%、泰顺县43%、文成县40%,',
      expected: [],
    },
    {
      description: 'the cities ranked first by their start rate, named without their level word',
      input: '全省开工率排在前三位的分别是江城100%、河阳88%、山口71%。',
      expected: [],
    },
    {
      description: 'the districts that invested most, named short after a colon, beside the notice\'s own aim',
      input: '完成投资较多的是:城西5.2亿元、城东4.8亿元、高新3.1亿元。年底前完成投资20亿元。',
      expected: [2000000000],
    },
    {
      description: 'the towns ranked last, bare names in order, beside a rate to reach that stays',
      input: '进度靠后的依次为东城58%、西城55%、南城41%,要求年底前完成率达到100%。',
      expected: [100],
    },
    {
      description: 'a ranking copula opening works to do, not a list of names and figures: the count stays',
      input: '今年排名前三的是新建学校3所、改造操场5处。',
      expected: [3, 5],
    },
    {
      description: 'the notice\'s own aim beside the ranking stays',
      input: '整改完成率较低的为甲县60%、乙县58%。年底前全市整改任务315项全部完成。',
      expected: [315],
    },
    {
      description: 'a place\'s rate to reach, with no ranking, stays',
      input: '自贡市问题整改完成率达到100%。',
      expected: [100],
    },
    {
      description: 'a ranking word with no place before the figure: the counties\' work to do stays',
      input: '进度较慢的县区要加快推进,年内完成改造1200户。',
      expected: [1200],
    },
    {
      description: 'a place named before its work to do, with no ranking, stays',
      input: '城关镇新建改扩建17家社区卫生服务中心。',
      expected: [17],
    },
  ])('$description', ({ input, expected }) => {
    expect(extractTargets(input, { year: 2020 }).map((target) => target.value)).toEqual(expected);
  });

  it.each([
    { text: '完成率较高的为自贡市100%、广元市100%', figure: '100%', at: 1, expected: true },
    { text: '完成投资较多的是:渝北区52.3亿元', figure: '52.3亿元', at: 0, expected: true },
    { text: '排名前五的县区中城关镇完成率达到95%', figure: '达到95%', at: 0, expected: false },
    { text: '排名前五的是城关镇,力争全镇完成率90%', figure: '90%', at: 0, expected: false },
    { text: '自贡市问题整改完成率100%', figure: '100%', at: 0, expected: false },
  ])('isFigureOfARankedPlace($text, $figure) is $expected', ({ text, figure, at, expected }) => {
    const quantity = parseQuantities(text).quantities.filter((candidate) => candidate.text === figure)[at];
    if (!quantity) throw new Error(`no quantity ${figure} in ${text}`);
    expect(isFigureOfARankedPlace(text, quantity)).toBe(expected);
  });
});
