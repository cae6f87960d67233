/**
 * A workbook's report sheets checked, for every caller: `jindu check` on a file and the pane's 全部报表工作表 on
 * the host's workbook. The core says which sheets are reports and names each other one with the reason
 * (`sheet.notReport`, `sheet.hidden`), so both list the same sheets, issues and skipped sheets.
 */
import { checkAgainstPrevious, checkWorkbook, type CheckOptions, type Issue, type WorkbookCheck, type WorkbookReader } from '../../core';
import type { OpenedFile } from './useCaseContext';

/** The previous report to check against: opened only once the current one was read (its errors come first). */
export interface PreviousReport {
  /** The file's name as the issues name it (`二季度.xlsx`). */
  readonly file: string;
  readonly open: () => Promise<OpenedFile>;
  /** Only this sheet of it; every report sheet when absent. */
  readonly sheet?: string;
}

export type ReportsCheck =
  | { readonly ok: true; readonly result: WorkbookCheck }
  /** Nothing could be checked: a named sheet is not there, or the previous report could not be read. */
  | { readonly ok: false; readonly problem: { readonly key: string; readonly params: Readonly<Record<string, string | number>> } };

function missingSheet(checked: WorkbookCheck): ReportsCheck | null {
  const notice = checked.notices.find((issue) => issue.rule === 'sheet.notFound');
  return notice ? { ok: false, problem: { key: 'sheet.notFound', params: { sheet: notice.sheet } } } : null;
}

export async function checkReports(reader: WorkbookReader, options: CheckOptions, previous?: PreviousReport): Promise<ReportsCheck> {
  const checked = await checkWorkbook(reader, options);
  const missing = missingSheet(checked);
  if (missing) return missing;
  if (!previous) return { ok: true, result: checked };
  const opened = await previous.open();
  if (!opened.ok) return { ok: false, problem: opened.problem };
  // The previous report is read as its own period's sheet: only the sheet choice and the vocabulary carry over.
  const earlier = await checkWorkbook(opened.workbook, {
    ...(previous.sheet !== undefined ? { sheet: previous.sheet } : {}),
    ...(options.vocabulary !== undefined ? { vocabulary: options.vocabulary } : {}),
  });
  return missingSheet(earlier) ?? { ok: true, result: checkAgainstPrevious(checked, earlier, { previousFile: previous.file }) };
}

/** Every issue of a check in the order `jindu check --json` lists them: each sheet's, then each skipped sheet's. */
export function issuesInOrder(result: WorkbookCheck): Issue[] {
  return [...result.sheets.flatMap((sheet) => sheet.issues), ...result.notices];
}
