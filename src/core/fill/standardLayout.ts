/**
 * The layout of the standard progress sheet (DOMAIN §1) shared by every generator: where the title, metadata
 * and header go, and the formatting that makes the sheet fillable and printable (widths, wrap, frozen header,
 * list validation, A4 landscape with the header repeated on every page).
 */
import { columnLetters, rangeAddress } from '../grid/a1';
import type { WorkbookOperation } from '../ports';
import type { CalendarDate, ColumnRole } from '../report/types';
import { COLUMN_ROLES, STANDARD_HEADERS } from '../report/types';

/** The period values offered in the 时间 drop-down. */
export const STANDARD_PERIOD_CHOICES: readonly string[] = [
  '一季度', '二季度', '三季度', '四季度', '一、二季度', '上半年', '下半年', '全年', '年底前',
];

/** Column widths in characters, by role; extra columns get the default. */
const ROLE_WIDTHS: Readonly<Record<ColumnRole, number>> = {
  serial: 9,
  task: 46,
  period: 10,
  milestone: 36,
  progress: 56,
  selfAssessment: 11,
};
const EXTRA_COLUMN_WIDTH = 14;

/** Rows of the standard sheet, 0-based. */
export const STANDARD_TITLE_ROW = 0;
export const STANDARD_UNIT_ROW = 1;
export const STANDARD_DATE_ROW = 2;
export const STANDARD_HEADER_ROW = 3;

const HEADER_FILL = '#DDEBF7';

/**
 * The title the standard sheet carries.
 *
 * @example
 * standardTitle(2021, '三季度') // '2021年《政府工作报告》重点工作任务和民生实事三季度进展情况'
 */
export function standardTitle(year: number, periodLabel: string): string {
  return `${year}年《政府工作报告》重点工作任务和民生实事${periodLabel}进展情况`;
}

/** `2021年10月11日`, the way 填报时间 is written on the sheets. */
export function formatChineseDate(date: CalendarDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

export function unitLine(unit: string): string {
  return `填报单位：${unit}`;
}

export function dateLine(date: CalendarDate | null): string {
  return `填报时间：${date ? formatChineseDate(date) : ''}`;
}

export function standardHeaderTexts(): string[] {
  return COLUMN_ROLES.map((role) => STANDARD_HEADERS[role]);
}

export interface SheetLayout {
  readonly sheet: string;
  /** 0-based row of the title (merged across the table), or null when the sheet has none. */
  readonly titleRow: number | null;
  readonly headerRow: number;
  /** The role of each column from A, null for an extra column. */
  readonly columnRoles: readonly (ColumnRole | null)[];
  /** 0-based last row of the table body that gets borders, wrap and validation. */
  readonly lastBodyRow: number;
  readonly selfAssessments: readonly string[];
}

/**
 * The formatting operations of a progress sheet whose cells are already written.
 *
 * @example
 * formatProgressSheet({ sheet: '三季度', titleRow: 0, headerRow: 3, columnRoles: COLUMN_ROLES, lastBodyRow: 53,
 *   selfAssessments: STANDARD_SELF_ASSESSMENTS })
 */
export function formatProgressSheet(layout: SheetLayout): WorkbookOperation[] {
  const { sheet, titleRow, headerRow, columnRoles, lastBodyRow } = layout;
  const lastColumn = Math.max(columnRoles.length - 1, 0);
  const firstBodyRow = headerRow + 1;
  const bodyEnd = Math.max(lastBodyRow, firstBodyRow);
  const operations: WorkbookOperation[] = [];
  if (titleRow !== null) {
    const title = rangeAddress(titleRow, 0, titleRow, lastColumn);
    operations.push(
      { op: 'mergeCells', sheet, range: title },
      { op: 'setFormat', sheet, range: title, format: { bold: true, fontSize: 16, horizontalAlignment: 'center', verticalAlignment: 'center', wrap: true } },
    );
  }
  operations.push(
    {
      op: 'setFormat',
      sheet,
      range: rangeAddress(headerRow, 0, headerRow, lastColumn),
      format: { bold: true, wrap: true, fill: HEADER_FILL, horizontalAlignment: 'center', verticalAlignment: 'center', border: true },
    },
    {
      op: 'setFormat',
      sheet,
      range: rangeAddress(firstBodyRow, 0, bodyEnd, lastColumn),
      format: { wrap: true, verticalAlignment: 'top', border: true },
    },
    { op: 'setColumnWidths', sheet, widths: columnRoles.map((role) => (role ? ROLE_WIDTHS[role] : EXTRA_COLUMN_WIDTH)) },
    { op: 'freezeRows', sheet, count: headerRow + 1 },
  );
  const bodyColumn = (role: ColumnRole): string | null => {
    const column = columnRoles.indexOf(role);
    return column < 0 ? null : `${columnLetters(column)}${firstBodyRow + 1}:${columnLetters(column)}${bodyEnd + 1}`;
  };
  const periodRange = bodyColumn('period');
  if (periodRange) operations.push({ op: 'setValidationList', sheet, range: periodRange, list: STANDARD_PERIOD_CHOICES });
  const selfAssessmentRange = bodyColumn('selfAssessment');
  if (selfAssessmentRange && layout.selfAssessments.length > 0) {
    operations.push({ op: 'setValidationList', sheet, range: selfAssessmentRange, list: layout.selfAssessments });
  }
  operations.push({
    op: 'setPageSetup',
    sheet,
    setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: headerRow + 1, last: headerRow + 1 }, fitToWidth: true },
  });
  return operations;
}
