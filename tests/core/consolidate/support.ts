/** Helpers of the consolidation tests: sources from fixture sheets, parsed by the real report parser. */
import { gridFromRows, type CellValue } from '../../../src/core/grid/sheetGrid';
import { parseReport } from '../../../src/core/report';
import type { CompileSource } from '../../../src/core/consolidate';
import type { BureauWorkbook } from '../../fixtures/consolidate/bureaus';

export function sourceFromRows(file: string, sheet: string, rows: readonly (readonly CellValue[])[], extra: Partial<CompileSource> = {}): CompileSource {
  const grid = gridFromRows(sheet, rows);
  const { report } = parseReport(grid);
  if (report === null) throw new Error(`fixture sheet ${file}/${sheet} is not a report`);
  return { origin: { file, sheet }, report, grid, ...extra };
}

/** Every report sheet of the fixture workbooks, in order (non-report sheets skipped as the CLI does). */
export function sourcesOf(workbooks: readonly BureauWorkbook[]): CompileSource[] {
  const sources: CompileSource[] = [];
  for (const workbook of workbooks) {
    for (const [sheet, rows] of Object.entries(workbook.sheets)) {
      const grid = gridFromRows(sheet, rows);
      const { report } = parseReport(grid);
      if (report !== null) sources.push({ origin: { file: workbook.file, sheet }, report, grid });
    }
  }
  return sources;
}

const TITLE = '2021年《政府工作报告》重点工作任务和民生实事三季度进展情况';
const HEADER = ['序号', '《政府工作报告》重点工作任务（省、市民生实事）', '时间', '节点任务', '进展情况', '自我评价'];

/** A standard sheet of one unit with the given task rows. */
export function standardSheet(unit: string, tasks: readonly (readonly CellValue[])[]): CellValue[][] {
  return [[TITLE], [`填报单位：${unit}`], ['填报时间：2021年10月9日'], HEADER, ...tasks.map((task) => [...task])];
}
