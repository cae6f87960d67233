/** Checks every report sheet of a workbook (or the one asked for). */
import { summarizeIssues } from '../issues/issue';
import type { WorkbookReader } from '../ports';
import { findReportSheets } from '../report/findReportSheets';
import { reportIssue } from '../report/reportIssue';
import { TargetReadings } from '../targets/targetReadings';
import { checkGrid } from './checkGrid';
import type { CheckOptions, WorkbookCheck } from './types';

/**
 * Reads the workbook's report sheets through the port and checks each. When no sheet looks like a
 * report, every visible sheet is checked anyway, so the user sees why (`header.missing`) rather than nothing.
 * A missing `options.sheet` gives no sheets and a `sheet.notFound` notice.
 */
export async function checkWorkbook(reader: WorkbookReader, options: CheckOptions = {}): Promise<WorkbookCheck> {
  if (options.sheet !== undefined) {
    const names = (await reader.listSheets()).map((sheet) => sheet.name);
    if (!names.includes(options.sheet)) {
      const notice = reportIssue({ rule: 'sheet.notFound', severity: 'error', sheet: options.sheet, params: { sheet: options.sheet } });
      return { sheets: [], notices: [notice], summary: summarizeIssues([]) };
    }
  }
  const found = await findReportSheets(reader, options.sheet);
  let grids = found.grids;
  let notices = found.issues;
  if (grids.length === 0) {
    const visible = (await reader.listSheets()).filter((sheet) => sheet.visible).map((sheet) => sheet.name);
    grids = reader.readSheets ? await reader.readSheets(visible) : await Promise.all(visible.map((name) => reader.readSheet(name)));
    notices = [];
  }
  // A workbook's sheets (one a quarter, a bureau's copy of each) repeat the plan's task texts: read each once for targets.
  const sheetOptions = grids.length > 1 && options.targetReadings === undefined ? { ...options, targetReadings: new TargetReadings() } : options;
  const sheets = grids.map((grid) => checkGrid(grid, sheetOptions));
  return { sheets, notices, summary: summarizeIssues(sheets.flatMap((sheet) => sheet.issues)) };
}
