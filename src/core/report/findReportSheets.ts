/** Which sheets of a workbook are progress reports; the others (说明, 目录) are skipped with an info. */
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import type { WorkbookReader } from '../ports';
import { findHeaderRow } from './findHeaderRow';
import { reportIssue } from './reportIssue';

/** A sheet is a report when a header naming at least three roles sits in its first rows. */
export function isReportSheet(grid: SheetGrid): boolean {
  return findHeaderRow(grid) !== null;
}

export interface ReportSheets {
  /** The report sheets' grids, in workbook order. */
  readonly grids: readonly SheetGrid[];
  /** One info per skipped sheet (`sheet.notReport`, `sheet.hidden`). */
  readonly issues: readonly Issue[];
}

/**
 * Reads the sheets of a workbook and keeps the reports. With `only`, just that sheet is read and it is
 * returned even when it has no header (its check then says so).
 */
export async function findReportSheets(reader: WorkbookReader, only?: string): Promise<ReportSheets> {
  const sheets = await reader.listSheets();
  if (only !== undefined) return { grids: sheets.some((sheet) => sheet.name === only) ? [await reader.readSheet(only)] : [], issues: [] };
  const visible = sheets.filter((sheet) => sheet.visible).map((sheet) => sheet.name);
  // A workbook that reads sheets together reads them in one go; the others one by one, keeping only the reports.
  const batch = reader.readSheets ? new Map((await reader.readSheets(visible)).map((grid) => [grid.name, grid])) : null;
  const grids: SheetGrid[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    if (!sheet.visible) {
      issues.push(reportIssue({ rule: 'sheet.hidden', severity: 'info', sheet: sheet.name, params: { sheet: sheet.name } }));
      continue;
    }
    const grid = batch?.get(sheet.name) ?? (await reader.readSheet(sheet.name));
    if (isReportSheet(grid)) grids.push(grid);
    else issues.push(reportIssue({ rule: 'sheet.notReport', severity: 'info', sheet: sheet.name, params: { sheet: sheet.name } }));
  }
  return { grids, issues };
}
