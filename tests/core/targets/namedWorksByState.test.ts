/**
 * A progress that goes through a target's works by name, some said done and some still building, without a count: it measures
 * the works but states no figure (unclear). Works all under way, a done work of another kind, a forecast, or households rather
 * than works give no figure; works all said done are counted one by one. Sentences are from published reports (the notes name
 * where), counter-examples are written in their style.
 */
import { namedWorkDoneAmongUnderWay } from '../../../src/core/targets/_lib/namedWorksByState';
import { expectTargetsOfRow, type RowCase } from './reportFixtures';

const cases: RowCase[] = [
  {
    description: 'schools named one by one, two finished and others building, leave a count of schools unclear',
    row: {
      task: '着力推进湖田中学、伯塘中学等5所农村中小学校改扩建。',
      progress: '湖田中学教学综合楼已完工投用；伯塘中学师生宿舍楼正在砌筑墙体；天台中学天台中心小学项目已完工投用；飞剑潭中学教学楼已完工，宿舍楼完成墙体粉刷。',
    },
    expected: [{ value: 5, verdict: 'unclear', reported: null, reason: { key: 'target.why.namedWorksByState' } }],
    notes: '袁州区 2023 1-9月',
  },
  {
    description: 'dormitories named in use beside others sped up leave a count of dormitories unclear',
    row: {
      task: '建设9所学校宿舍楼项目。',
      progress: '东坑中学、水唇中学宿舍楼已投入使用，螺溪中学、黄羌中学、河口中学等项目建设加快推进。',
    },
    expected: [{ value: 9, verdict: 'unclear', reason: { key: 'target.why.namedWorksByState' } }],
    notes: '汕尾 2024 成绩单',
  },
  {
    description: 'works all under way give no figure',
    row: { task: '完成5所农村中小学校改扩建。', progress: '湖田中学教学综合楼正在进行主体施工；伯塘中学师生宿舍楼正在砌筑墙体。' },
    expected: [{ value: 5, verdict: 'no-figure' }],
  },
  {
    description: 'a done work of another kind than the target\'s gives no figure',
    row: { task: '完成泉山学校一期2座教学楼建设。', progress: '泉山学校正在主体施工；庙后吕家初级中学食堂建成投用。' },
    expected: [{ value: 2, verdict: 'no-figure' }],
    notes: 'in the style of 招远 2022: the canteen is no teaching building',
  },
  {
    description: 'a work forecast to be done beside others building gives no figure',
    row: { task: '完成5所农村中小学校改扩建。', progress: '湖田中学正在装修，伯塘中学预计10月底前完工投用。' },
    expected: [{ value: 5, verdict: 'no-figure' }],
  },
  {
    description: 'households, to whom no name is given, are not gone through by named works',
    row: { task: '完成居家适老化改造400户。', progress: '丽景美域居家养老服务站已建成，400户适老化改造正在施工。' },
    expected: [{ value: 400, verdict: 'no-figure' }],
    notes: 'in the style of 海安 2023',
  },
];

describe('named works gone through by state', () => {
  it.each(cases)('$description', (testCase) => expectTargetsOfRow(testCase));

  it('names the first done work of the target\'s kind', () => {
    expect(namedWorkDoneAmongUnderWay('湖田中学教学综合楼已完工投用;伯塘中学师生宿舍楼正在砌筑墙体;天台中学天台中心小学项目已完工投用', '农村中小学校改扩建'))
      .toBe('天台中学天台中心小学项目已完工投用');
    expect(namedWorkDoneAmongUnderWay('泉山学校正在装修;食堂建成投用', '教学楼建设')).toBeNull();
    expect(namedWorkDoneAmongUnderWay('东湖幼儿园已完工;西湖幼儿园已完工。', '公办幼儿园')).toBeNull();
  });
});
