/**
 * A completion share stated right after the plan it is of (`完成省定任务(14266户)的229%`, `为全年任务740万元的56.6%`, `完成全年
 * 23万人目标任务的95.17%`) measures a target of that very plan, and the plan itself is restated, never a result. Against another
 * plan of the row in the same unit (`完成2万户`), or a target of another kind, it is no share of the target: the count done, or the
 * share of the target's own plan, answers it.
 */
import { analyzeTargets, readReportedFigures } from '../../../src/core/targets';
import { reportOf } from './reportFixtures';

describe('the plan a share is of', () => {
  it.each([
    { description: 'a plan in parentheses after the task\'s name', progress: '全市完成农村旱厕改造32697户,完成省定任务(14266户)的229%。', plan: '14266户', notes: '东营 2016' },
    { description: 'a plan after the name of the year\'s investment plan', progress: '累计完成投资4.55亿元,完成年度投资计划6.48亿元的70.22%。', plan: '6.48亿元', notes: '北海 2017' },
    { description: 'a budget named after 为', progress: '一般公共预算收入完成114814万元,为全年预算数185000万元的62.1%。', plan: '185000万元', notes: '赤壁 2021' },
    { description: 'a plan named after its figure, in a release of jobs', progress: '前三季度共实现城镇新增就业21.89万人,完成全年23万人目标任务的95.17%。', plan: '23万人', notes: '成都 2021' },
    { description: 'a year\'s plan named after its figure', progress: '截止6月底,我县城镇新增就业2842人,完成4600人年计划的61.78%。', plan: '4600人', notes: '秀山 2018' },
    { description: 'a plan handed down, named after its figure', progress: '广西棚户区改造新开工6.6万套,占国家下达12万套年度开工任务的55%。', plan: '12万套', notes: '广西 2019' },
  ])('$description', ({ progress, plan }) => {
    const figures = readReportedFigures(progress, 2016);
    const share = figures.find((figure) => figure.role === 'share');
    expect(share?.ofPlan?.text).toContain(plan);
    // The plan is restated, no result: it is never tied as what was done.
    expect(figures.filter((figure) => figure.quantity.text.includes(plan) && figure.role !== 'plan')).toEqual([]);
  });

  it.each([
    { description: 'counter-example: a share right after a count done is of no plan it names', progress: '已完成改造1200户,完成年度任务的80%。' },
    { description: 'counter-example: a forecast before a share is no plan', progress: '投用后预计新增学位10.74万个,完成年度计划的214.8%。' },
    { description: 'counter-example: a count done, then after a comma the share of the year\'s task, is the result', progress: '全区棚户区改造累计开工6.6万套,占全年开工任务的55%。' },
    { description: 'counter-example: a count done right before the task\'s words is no plan without a share\'s word before it', progress: '累计开工6.6万套年度任务的一半以上,完成率55%。' },
    { description: 'counter-example: an amount done, then after a listing mark the share of the year\'s plan, is the amount rated', progress: '1-8月累计完成投资318.4亿元、占年度计划的62.5%。' },
    { description: 'counter-example: an amount done, then 占 the year\'s task, is the amount rated', progress: '全年已发放补贴1.2万户占年度任务的80%。' },
  ])('$description', ({ progress }) => {
    expect(readReportedFigures(progress, 2023).find((figure) => figure.role === 'share')?.ofPlan).toBeUndefined();
  });

  const judge = (task: string, progress: string) => analyzeTargets(reportOf([{ task, progress }], 2016, '1-11月', '2016年12月5日')).targets
    .map((target) => ({ value: target.value, reported: target.reported?.value ?? null, verdict: target.verdict }));

  it('leaves the share of the province\'s plan to that plan, and the city\'s own target to the count done or its own share', () => {
    const progress = '截至11月底,全市完成农村旱厕改造32697户,完成省定任务(14266户)的229%,进度位列全省第一;完成年度任务(市里原定的2万户)的163%;完成年度总任务(含追加的1万户,共计3万户)的109%。';
    const target = judge('根据省政府要求,东营市原计划利用三年时间基本完成全市160118户农村旱厕改造。其中,2016年完成2万户', progress).find((found) => found.value === 20000);
    expect(target?.reported).not.toBe(229);
    expect([32697, 163]).toContain(target?.reported);
    expect(target?.verdict).toBe('met');
  });

  it('a target of the plan named inside the share is answered by the count done, not by the plan restated', () => {
    const found = analyzeTargets(reportOf([{ task: '新开工棚户区改造12万套', progress: '前三季度,全区棚户区改造新开工6.6万套,占国家下达12万套年度开工任务的55%。' }], 2021, '三季度')).targets;
    expect(found.map((target) => ({ value: target.value, reported: target.reported?.value ?? null, verdict: target.verdict }))).toEqual([{ value: 120000, reported: 66000, verdict: 'behind' }]);
  });

  it('an amount done with the share of the year\'s plan after a listing mark answers the year\'s plan', () => {
    const found = analyzeTargets(reportOf([{ task: '全市重点项目年度计划投资500亿元', progress: '1-8月累计完成投资360亿元、占年度计划的72%。' }], 2021, '1-8月')).targets;
    expect(found.map((target) => ({ reported: target.reported?.value ?? null, verdict: target.verdict }))).toEqual([{ reported: 36000000000, verdict: 'on-track' }]);
  });

  it('counter-example: a share of the target\'s own plan answers it', () => {
    expect(judge('全年开展心理健康培训服务50场。', '截至9月底,累计完成90场心理健康培训服务,已超额完成年度目标(50场)的180%。')[0]?.verdict).toBe('met');
  });
});
