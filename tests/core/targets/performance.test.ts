/**
 * Extraction and matching grow linearly with the sheet. The bar itself (10,000 rows checked in under a
 * second) is measured by the bench (`npm run bench`, section core), not here: a unit test on a shared or
 * slow machine cannot time in absolute terms without flaking.
 */
import { analyzeTargets } from '../../../src/core/targets';
import { growthExponent, MOST_LINEAR_GROWTH_EXPONENT } from '../../support/cpuTime';
import { reportOf, type RowSpec } from './reportFixtures';

const ROWS = 10000;

/** Distinct texts on every row (the number changes), so no cache makes the sheet cheaper than it is. */
function rowSpec(index: number): RowSpec {
  const count = 5 + (index % 50);
  const shapes: RowSpec[] = [
    { task: `年内新增精神科医师 ${count * 10} 名。(责任单位：市卫生健康委)`, milestone: `增加精神科医师 ${count} 名。`, progress: `增加精神科医师 ${count + 2} 人。截至9月底，累计完成培训${count * 100}人次。` },
    { task: `新建改扩建${count}家社区卫生服务中心。`, milestone: `督导${count}家机构建设进展。`, progress: `已建成社区卫生服务中心${count - 1}家，完成率达${90 + (index % 20)}%。` },
    { task: `全市创建${count}所婴幼儿照护机构示范点。`, milestone: '对申报机构进行筛选。', progress: '印发《济南市托育机构示范点现场评审标准》,指导各区县完成示范点初评上报工作。' },
    { task: `以县为单位，覆盖率不低于 ${70 + (index % 20)}%。`, milestone: `完成年度检查任务的 ${60 + (index % 30)}% 以上。`, progress: `截至 9 月底，全市共完成“两癌”筛查 ${126825 + index} 人，完成年度任务的 ${70 + (index % 25)}%。` },
    { task: `2021年至2023年，县级综合医院比例依次达到${count}%、${count + 10}%、${count + 20}%。`, progress: `9月${1 + (index % 28)}日，组织专家督导检查，县级综合医院比例达到${count + 3}%。` },
  ];
  return { ...(shapes[index % shapes.length] ?? {}), assessment: index % 3 === 0 ? '完成' : '序时推进' };
}

/**
 * Ten times the rows; linear work takes about ten times as long, pairwise work across rows a hundred. The
 * larger sheet also costs more garbage collection per row (a fresh CI machine measured 18.8, an exponent of
 * 1.27), so the guard is the exponent halfway between the two.
 */

describe('analyzeTargets on a large sheet', () => {
  it(`reads every target of ${ROWS} rows, at a cost that grows linearly with the rows`, () => {
    const reportOfRows = (rows: number) => reportOf(Array.from({ length: rows }, (_, index) => rowSpec(index)));
    expect(analyzeTargets(reportOfRows(ROWS)).targets.length).toBeGreaterThan(ROWS);
    const growth = growthExponent((rows) => {
      const report = reportOfRows(rows);
      return () => analyzeTargets(report);
    }, ROWS / 10, ROWS);
    expect(growth).toBeLessThan(MOST_LINEAR_GROWTH_EXPONENT);
  });
});
