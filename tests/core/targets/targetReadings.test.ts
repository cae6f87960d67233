import { analyzeTargets, checkGrid, gridFromRows, parseReport, TargetReadings, type ProgressReport } from '../../../src/core';
import { TextReadings } from '../../../src/core/targets/targetReadings';
import { loadTargetsCorpus } from '../../corpus/loadTargetsCorpus';
import { HEADER, reportOf } from './reportFixtures';

const TASK = '新建改扩建17家社区卫生服务中心。（责任单位：市卫生健康委）';
const MILESTONE = '完成年度任务的70%以上。';

/** The corpus's documents as sheets, as the accuracy run reads them. */
function corpusReports(): ProgressReport[] {
  return loadTargetsCorpus().files.flatMap(({ document, rows }) => {
    const { report } = parseReport(
      gridFromRows(document.period, [
        [`${document.year}年政府工作报告重点工作任务${document.period}进展情况`],
        [`填报单位：${document.place}`],
        ['填报时间：2021年6月30日'],
        ['序号', '任务', '时间', '节点任务', '进展情况', '自我评价'],
        ...rows.map((row, index) => [index + 1, row.task, row.time, row.milestone, row.progress, row.selfAssessment]),
      ]),
    );
    return report ? [report] : [];
  });
}

describe('TargetReadings: targets read once per distinct text in a compile', () => {
  it('gives every document of the corpus the same targets, issues and verdicts with one readings shared by all as without', () => {
    const reports = corpusReports();
    const targetReadings = new TargetReadings();
    // Twice over, so the second pass reads every text from the readings of the first.
    const shared = [...reports, ...reports].map((report) => JSON.stringify(analyzeTargets(report, { targetReadings })));
    const alone = [...reports, ...reports].map((report) => JSON.stringify(analyzeTargets(report)));
    expect(reports.length).toBeGreaterThan(20);
    expect(shared).toEqual(alone);
  });

  it("keeps each bureau's cells, period and figures its own when two bureaus write the same task", () => {
    const targetReadings = new TargetReadings();
    const first = checkGrid(
      gridFromRows('三季度', [
        ['2021年《政府工作报告》重点工作任务三季度进展情况'],
        ['填报单位：市卫生健康委'],
        ['填报时间：2021年10月11日'],
        HEADER,
        [1, TASK, '三季度', MILESTONE, '已新建改扩建社区卫生服务中心12家，完成年度任务的71%。', '序时推进'],
      ]),
      { targetReadings },
    );
    // The same task two rows lower, due at the year's end, with another bureau's progress.
    const secondRows = [
      ['2021年《政府工作报告》重点工作任务三季度进展情况'],
      ['填报单位：市发展改革委'],
      ['填报时间：2021年10月11日'],
      HEADER,
      [1, '推进相关工作。(责任单位：市发展改革委)', '全年', '', '稳步推进。', '序时推进'],
      [2, '推进相关工作。(责任单位：市发展改革委)', '全年', '', '稳步推进。', '序时推进'],
      [3, TASK, '全年', MILESTONE, '已新建改扩建社区卫生服务中心5家，完成年度任务的29%。', '序时推进'],
    ];
    const second = checkGrid(gridFromRows('三季度', secondRows), { targetReadings });
    const secondAlone = checkGrid(gridFromRows('三季度', secondRows));
    expect(second.targets).toEqual(secondAlone.targets);
    expect(second.issues).toEqual(secondAlone.issues);
    const cells = (check: typeof first) => check.targets.map((target) => [target.cell, target.reported?.cell, target.reported?.value]);
    expect(cells(first)).toEqual([['B5', 'E5', 12], ['D5', 'E5', 71]]);
    expect(cells(second)).toEqual([['B7', 'E7', 5], ['D7', 'E7', 29]]);
  });

  it('reads a text again for a report of another year, whose deadlines differ', () => {
    const targetReadings = new TargetReadings();
    const row = { task: '到2022年底新建改扩建17家社区卫生服务中心。', milestone: MILESTONE, progress: '已新建改扩建12家。' };
    for (const year of [2021, 2022, 2021]) {
      expect(analyzeTargets(reportOf([row], year), { targetReadings })).toEqual(analyzeTargets(reportOf([row], year)));
    }
    expect(targetReadings.forYear(2021).task.size).toBe(1);
    expect(targetReadings.forYear(2022).task.size).toBe(1);
  });

  it('holds at most its capacity of texts, forgetting the one read longest ago', () => {
    const readings = new TextReadings(2);
    readings.set('甲', []);
    readings.set('乙', []);
    readings.get('甲');
    readings.set('丙', []);
    expect(readings.size).toBe(2);
    expect(readings.get('乙')).toBeUndefined();
    expect(readings.get('甲')).toEqual([]);
    expect(readings.get('丙')).toEqual([]);
  });
});
