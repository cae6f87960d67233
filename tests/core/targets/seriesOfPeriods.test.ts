/**
 * Reports give a rate or level one by one for the periods they name before it (`1至3月份,全国城镇调查失业率分别为5.0%、5.0%和5.1%`,
 * `2016年、2017年、2018年上半年…分别较2015年下降16.7%、21.2%、21.2%`): the last is where it stands, the earlier ones baselines. A list
 * of as many values as the periods only; values of places or kinds, and counts that add up, are no such series. Sentences are from
 * published reports (the notes name where), counter-examples are written in their style.
 */
import { readReportedFigures } from '../../../src/core/targets';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

function rolesOf(progress: string): string[] {
  return readReportedFigures(progress, 2018).map((figure) => `${figure.quantity.value}:${figure.role}`);
}

describe('a rate given one by one for the periods named before it', () => {
  it.each([
    {
      description: 'three months, three rates: the last month\'s is the rate now',
      progress: '1至3月份,全国城镇调查失业率分别为5.0%、5.0%和5.1%。',
      roles: ['5:baseline', '5:baseline', '5.1:actual'],
      notes: '国家统计局 2018',
    },
    {
      description: 'three years listed, three falls on the base year: the latest is the fall reached',
      progress: '2016年、2017年、2018年上半年,全省细颗粒物(PM2.5)未达标地级及以上城市浓度分别较2015年下降16.7%、21.2%、21.2%。',
      roles: ['16.7:baseline', '21.2:baseline', '21.2:actual'],
      notes: '湖北 2018 中期评估',
    },
    {
      description: 'the first three years of a plan, a share for each',
      progress: '前3年全省服务业增加值比重分别为47.3%、49.7%和51.4%。',
      roles: ['47.3:baseline', '49.7:baseline', '51.4:actual'],
      notes: '四川 2019 中期评估',
    },
    {
      description: 'counter-example: rates of kinds of projects after a span of months are no series (each a completion share, as one alone is)',
      progress: '1-9月,交通类、产业类、城建类项目投资完成率分别为51.4%、70.7%、53.4%。',
      roles: ['51.4:share', '70.7:share', '53.4:share'],
    },
    {
      description: 'counter-example: rates of places are each place\'s, none a baseline',
      progress: '2018年,湘西州、衡阳市、邵阳市开工率分别为35.29%、39.73%、43.17%。',
      // Each a start rate (开工率 said one by one), of its own place.
      roles: ['35.29:share', '39.73:share', '43.17:share'],
    },
    {
      description: 'counter-example: counts of each year add up, none stands for the others',
      progress: '2016年、2017年、2018年上半年,全省分别完成改造39.6万套、41.3万套、14.5万套。',
      roles: ['396000:actual', '413000:actual', '145000:actual'],
    },
  ])('$description', ({ progress, roles }) => {
    expect(rolesOf(progress)).toEqual(roles);
  });

  const cases: RowCase[] = [
    {
      description: 'a ceiling on the rate is judged by the last month\'s rate',
      row: { task: '城镇调查失业率5.5%以内', progress: '1至3月份,全国城镇调查失业率分别为5.0%、5.0%和5.1%。' },
      expected: [{ value: 5.5, verdict: 'met', reported: { value: 5.1 } }],
      notes: '国家统计局 2018',
    },
  ];
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));
});
