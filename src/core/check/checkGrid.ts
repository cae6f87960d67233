/** Checks one sheet: parse it, run the analysers, summarise. */
import { appendAll } from '../_lib/appendAll';
import type { SheetGrid } from '../grid/sheetGrid';
import { placeInDocumentTable } from '../issues/documentPlace';
import { summarizeIssues, type Issue } from '../issues/issue';
import { parseReport } from '../report/parseReport';
import type { TaskRow } from '../report/types';
import type { TargetResult } from '../targets/types';
import { resolveSettings } from './resolveSettings';
import { SHEET_ANALYSERS } from './sheetAnalysers';
import type { CheckOptions, SheetCheck } from './types';

/**
 * Checks a sheet grid. Never throws on user data: a sheet without a header gives a `header.missing` issue.
 *
 * @example
 * const check = checkGrid(gridFromRows('三季度', seed000Rows));
 * check.summary // { error: 0, warning: …, info: …, byRule: { … } }
 */
export function checkGrid(grid: SheetGrid, options: CheckOptions = {}): SheetCheck {
  const checked = checkSheetGrid(grid, options);
  // A Word table's issues also say where they are in the document (表1 第3行 第5列).
  if (grid.documentTable === undefined) return checked;
  const issues = placeInDocumentTable(checked.issues, grid.documentTable);
  return { ...checked, issues, documentTable: grid.documentTable };
}

function checkSheetGrid(grid: SheetGrid, options: CheckOptions): SheetCheck {
  const parsed = parseReport(grid);
  const report = parsed.report;
  if (report === null) {
    return {
      sheet: grid.name,
      unit: null,
      period: options.period ?? null,
      rows: 0,
      report: null,
      issues: parsed.issues,
      targets: [],
      summary: summarizeIssues(parsed.issues),
    };
  }
  const tasks = report.rows.filter((row): row is TaskRow => row.kind === 'task');
  const settings = resolveSettings(report, tasks, options);
  const context = { grid, report, tasks, settings, targetReadings: options.targetReadings };
  const found: Issue[] = [];
  const targets: TargetResult[] = [];
  for (const analyser of options.analysers ?? SHEET_ANALYSERS) {
    const analysis = analyser.analyse(context);
    appendAll(found, analysis.issues);
    appendAll(targets, analysis.targets);
  }
  // Sheet-level issues first, then by row; the sort is stable, so each row keeps the catalogue order.
  const issues = [...parsed.issues, ...found.sort((left, right) => left.row - right.row)];
  const unit = report.metadata.unit?.text.trim() ?? '';
  return {
    sheet: grid.name,
    unit: unit === '' ? null : unit,
    period: settings.reportPeriod?.label ?? null,
    rows: tasks.length,
    report,
    issues,
    targets,
    summary: summarizeIssues(issues),
  };
}
