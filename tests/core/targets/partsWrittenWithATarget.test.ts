/**
 * Parts written with a target in a bracket opened by 其中 or 包含 are targets of their own, `no-figure` when the progress gives
 * none; bare brackets that spell the whole out, parts of a sum that is no target and brackets that count projects are not.
 * The first phrasings are of 危房改造, 饮水 and 幼儿园 reports; the counter-examples are written in the same style.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { reportOf, type RowSpec } from './reportFixtures';

describe('parts written with a target in a bracket', () => {
  const judged = (row: RowSpec): string[] =>
    analyzeTargets(reportOf([row], 2015, '三季度')).targets.map((target) => `${target.value} ${target.reported?.value ?? '-'} ${target.verdict}`);

  it.each([
    {
      description: 'batches after 其中 are targets of their own, with no figure where the progress counts only the whole',
      row: { task: '2015年省下达的两批农村危房改造计划共2100户、补助资金2077万元(其中:第一批808户、补助资金606万元;第二批1292户、补助资金1169万元。)已分解下达到各乡镇。', progress: '截至目前,房县农村危房改造工程已开工1541户,竣工862户,开工率74%,竣工率42%,危房改造系统录入率62.67%。下一步,房县住建局将督促其他559户尽快动工,确保按时完成2015年上级下达的危房改造任务。' },
      expected: ['2100 862 behind', '808 - no-figure', '1292 - no-figure'],
    },
    {
      description: 'a part after 包含 is a target of its own',
      row: { task: '全年完成农村危房改造6000户(包含列入国家改造任务4430户)。', progress: '正在抓紧施工。' },
      expected: ['6000 - no-figure', '4430 - no-figure'],
    },
    {
      description: 'a bare bracket that spells the whole out stays its split',
      row: { task: '新建、改扩建146所学校(74所中小学和72所幼儿园)。', progress: '正在抓紧施工。' },
      expected: ['146 - no-figure'],
    },
    {
      description: 'a bracket that sorts a list of projects by kind is the list’s, not the whole’s parts',
      row: { task: '全年安排重点项目72宗(其中,投产项目5宗,续建项目28宗,新开工项目39宗)。', progress: '累计完成投资45亿元。' },
      expected: [],
    },
  ])('$description', ({ row, expected }) => {
    expect(judged(row)).toEqual(expect.arrayContaining(expected));
    expect(judged(row)).toHaveLength(expected.length);
  });

  it('a part the progress counts by its own words is answered by that figure', () => {
    expect(judged({ task: '全年新(扩)建幼儿园80所(其中公办30所以上)。', progress: '已建成幼儿园67所,其中公办幼儿园25所。' })).toEqual(['80 67 on-track', '30 25 on-track']);
  });
});
