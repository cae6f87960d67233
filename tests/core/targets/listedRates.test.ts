/**
 * A rate after names listed with `、` is each name's, with or without `均`: a rate is no sum, so it cannot be the list's
 * total as a count is (`幼儿园、中小学校178所`). Sentences of the 国务院's 2019 量化指标 落实情况 and counter-examples
 * written in the style of 通报.
 */
import { collectiveOf } from '../../../src/core/targets/_lib/collectiveTargets';
import { parseQuantities } from '../../../src/core/numbers';
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

function indicatorsSharing(text: string, figure: string): readonly string[] | null {
  const quantity = parseQuantities(text).quantities.find((candidate) => candidate.text.endsWith(figure));
  if (!quantity) throw new Error(`no figure ${figure} in ${text}`);
  return collectiveOf(text, quantity)?.indicators ?? null;
}

describe('a rate after listed names is each name’s', () => {
  it.each([
    { description: 'two pollutants sharing the measure of the last', text: '2019年二氧化硫、氮氧化物排放量下降3%,化学需氧量、氨氮排放量下降2%。', figure: '3%', expected: ['二氧化硫排放量', '氮氧化物排放量'] },
    { description: 'the second list of the sentence', text: '2019年二氧化硫、氮氧化物排放量下降3%,化学需氧量、氨氮排放量下降2%。', figure: '2%', expected: ['化学需氧量排放量', '氨氮排放量'] },
    { description: 'three indicators, each named whole', text: '规模以上工业增加值、固定资产投资、社会消费品零售总额增长8%', figure: '8%', expected: ['规模以上工业增加值', '固定资产投资', '社会消费品零售总额'] },
    { description: 'two kinds of residents sharing the income of the last', text: '城镇居民、农村居民人均可支配收入增长7%', figure: '7%', expected: ['城镇居民收入', '农村居民人均可支配收入'] },
  ])('$description', ({ text, figure, expected }) => {
    expect(indicatorsSharing(text, figure)).toEqual(expected);
  });
});

describe('figures after a list that stay one target', () => {
  it.each([
    { description: 'a count after listed names is their total', text: '新建幼儿园、中小学校178所', figure: '178所', expected: null },
    { description: 'ways of making one work listed with 、', text: '新建、改扩建校舍面积增长20%', figure: '20%', expected: null },
    { description: 'a list with figures of its own is a distribution, not a shared rate', text: '城镇化率、森林覆盖率分别达到60%、45%', figure: '45%', expected: null },
    { description: 'a rate of one indicator', text: '单位GDP能耗下降3%', figure: '3%', expected: null },
  ])('$description', ({ text, figure, expected }) => {
    expect(indicatorsSharing(text, figure)).toEqual(expected);
  });
});

describe('each listed rate is answered by the change the progress gives at its place', () => {
  it('two lists of two pollutants against two lists of changes', () => {
    const row = {
      task: '生态环保方面,报告明确,2019年二氧化硫、氮氧化物排放量下降3%,化学需氧量、氨氮排放量下降2%。',
      progress: '落实结果显示,去年全国二氧化硫、氮氧化物排放量分别下降4.4%和3.5%,化学需氧量、氨氮排放量分别下降3.2%和3.3%。',
    };
    const { targets } = analyzeTargets(reportOf([row], 2019, '全年'));
    expect(targets.map((target) => [target.indicator, target.value, target.reported?.value, target.verdict])).toEqual([
      ['二氧化硫排放量', 3, 4.4, 'met'],
      ['氮氧化物排放量', 3, 3.5, 'met'],
      ['化学需氧量排放量', 2, 3.2, 'met'],
      ['氨氮排放量', 2, 3.3, 'met'],
    ]);
  });
});
