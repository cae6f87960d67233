/**
 * Next quarter's sheet from this one: the same tasks and milestones, progress and 自我评价 cleared, the period
 * advanced (三季度 → 四季度) in the title and in every row that reported this period, 填报时间 left to fill.
 */
import { cellAddress, parseCellAddress } from '../grid/a1';
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';
import type { WorkbookOperation, WritableValue } from '../ports';
import { parsePeriod, periodCoversReport } from '../report/parsePeriod';
import type { ColumnRole, ProgressReport, ReportRow } from '../report/types';
import type { GeneratorResult } from './generateFromPlan';
import { isMergeFollower, writableValue } from '../grid/mergedCells';
import { nextPeriod } from './nextPeriod';
import { formatProgressSheet } from './standardLayout';

export interface NextQuarterOptions {
  /** Name of the new sheet; defaults to the next period's label (`四季度`). */
  readonly sheet?: string;
  readonly selfAssessments?: readonly string[];
  readonly replace?: boolean;
}

export interface NextQuarterResult extends GeneratorResult {
  /** The new sheet's name, '' when nothing was generated. `rows` counts its tasks. */
  readonly sheet: string;
}

const CLEARED_ROLES: readonly ColumnRole[] = ['progress', 'selfAssessment'];

function sheetIssue(rule: string, report: ProgressReport, value: string): Issue {
  const address = report.title?.address ?? '';
  const position = parseCellAddress(address);
  return { rule, severity: 'error', sheet: report.sheet, cell: address, row: position ? position.row + 1 : 0, column: '', value };
}

/** Rows whose own cells belong to a task: the task's first row and its page-split remainders. */
function isTaskLine(row: ReportRow): boolean {
  return row.kind === 'task' || row.kind === 'continuation';
}

/**
 * @example
 * const { report } = parseReport(grid);
 * generateNextQuarter(grid, report).sheet // '四季度' for a 三季度 report
 */
export function generateNextQuarter(grid: SheetGrid, report: ProgressReport, options: NextQuarterOptions = {}): NextQuarterResult {
  const thisPeriod = report.title?.period ?? null;
  if (!report.title || !thisPeriod) {
    return { operations: [], issues: [sheetIssue('fill.titlePeriodMissing', report, report.title?.text ?? '')], rows: 0, sheet: '' };
  }
  const next = nextPeriod(thisPeriod);
  if (!next) {
    return { operations: [], issues: [sheetIssue('fill.titlePeriodMissing', report, report.title.text)], rows: 0, sheet: '' };
  }
  const sheet = options.sheet ?? next.label;
  const values: WritableValue[][] = grid.values.map((row) => row.map(writableValue));
  const set = (address: string, value: WritableValue) => {
    const position = parseCellAddress(address);
    const row = position ? values[position.row] : undefined;
    if (position && row && position.column < row.length) row[position.column] = value;
  };

  const title = report.title;
  let titleText = title.text.replace(thisPeriod.label, next.label);
  if (next.yearShift === 1 && title.year !== null) titleText = titleText.replace(`${title.year}年`, `${title.year + 1}年`);
  set(title.address, titleText);

  const reportDate = report.metadata.reportDate;
  if (reportDate && reportDate.text !== '') {
    const position = parseCellAddress(reportDate.address);
    const cell = position ? (grid.text[position.row]?.[position.column] ?? '') : '';
    // The date may share its cell with its label (`填报时间：2021年10月11日`): keep the label, drop the date.
    set(reportDate.address, cell.trim() === reportDate.text.trim() ? null : cell.replace(reportDate.text, '').trimEnd());
  }

  let bodyRows = 0;
  let lastBodyRow = report.header.row + 1;
  for (const row of report.rows) {
    if (!isTaskLine(row)) continue;
    if (row.kind === 'task') bodyRows += 1;
    lastBodyRow = Math.max(lastBodyRow, row.row);
    for (const role of CLEARED_ROLES) {
      const column = report.header.roles[role];
      if (column !== undefined && !isMergeFollower(grid, row.row, column)) values[row.row]?.splice(column, 1, null);
    }
    const periodColumn = report.header.roles.period;
    if (row.kind !== 'task' || periodColumn === undefined || isMergeFollower(grid, row.row, periodColumn)) continue;
    const rowPeriod = parsePeriod(grid.text[row.row]?.[periodColumn] ?? '');
    // Whole-year periods stay; a row that reported this quarter reports the next one.
    if (rowPeriod && rowPeriod.kind !== 'year' && rowPeriod.kind !== 'yearEnd' && periodCoversReport(rowPeriod, thisPeriod)) {
      values[row.row]?.splice(periodColumn, 1, next.label);
    }
  }

  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const columnRoles = Array.from({ length: width }, (_, column) => report.header.columns.find((header) => header.column === column)?.role ?? null);
  const titlePosition = parseCellAddress(title.address);
  const copiedMerges: WorkbookOperation[] = grid.merges.map((area) => ({
    op: 'mergeCells',
    sheet,
    range: `${cellAddress(area.top, area.left)}:${cellAddress(area.bottom, area.right)}`,
  }));
  const titleAlreadyMerged = grid.merges.some((area) => titlePosition !== null && area.top === titlePosition.row && area.left === titlePosition.column);
  const formats = formatProgressSheet({
    sheet,
    titleRow: titleAlreadyMerged || titlePosition === null ? null : titlePosition.row,
    headerRow: report.header.row,
    columnRoles,
    // Borders and drop-downs end with the table: the footer (联系电话) stays plain.
    lastBodyRow,
    selfAssessments: options.selfAssessments ?? DEFAULT_VOCABULARY,
  });
  const operations: WorkbookOperation[] = [
    { op: 'addSheet', sheet, replace: options.replace ?? false },
    { op: 'writeBlock', sheet, row: 0, column: 0, values: values.map((row) => [...row, ...Array<WritableValue>(width - row.length).fill(null)]) },
    ...copiedMerges,
    ...formats,
  ];
  return { operations, issues: [], rows: bodyRows, sheet };
}

