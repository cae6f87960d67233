/** The check use case with a previous report: the workbook's check, its sheets' issues joined by the comparison's. */
import { summarizeIssues, type Issue } from '../issues/issue';
import type { SheetCheck, WorkbookCheck } from '../check/types';
import { compareWithPrevious } from './compareWithPrevious';
import type { CompareWithPreviousOptions } from './types';

/**
 * Adds the issues of `compareWithPrevious` to the sheets of a workbook check (each sheet's issues stay in
 * row order: sheet-level first, then by row) and recounts the summaries.
 *
 * @example
 * const third = await checkWorkbook(thisQuarter);
 * const second = await checkWorkbook(lastQuarter);
 * checkAgainstPrevious(third, second, { previousFile: '二季度.xlsx' }).summary.byRule['previous.progressUnchanged']
 */
export function checkAgainstPrevious(current: WorkbookCheck, previous: WorkbookCheck, options: CompareWithPreviousOptions = {}): WorkbookCheck {
  const found = compareWithPrevious(current.sheets, previous.sheets, options);
  const bySheet = new Map<string, Issue[]>();
  for (const issue of found) {
    const list = bySheet.get(issue.sheet);
    if (list) list.push(issue);
    else bySheet.set(issue.sheet, [issue]);
  }
  const sheets: SheetCheck[] = current.sheets.map((sheet) => {
    const added = bySheet.get(sheet.sheet);
    if (!added) return sheet;
    const issues = [...sheet.issues, ...added].sort((left, right) => left.row - right.row);
    return { ...sheet, issues, summary: summarizeIssues(issues) };
  });
  return { ...current, sheets, summary: summarizeIssues(sheets.flatMap((sheet) => sheet.issues)) };
}
