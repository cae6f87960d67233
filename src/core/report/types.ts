/**
 * The report model: a progress sheet (DOMAIN §1) parsed from a grid. Every cell keeps its A1 address;
 * every row is one kind of a discriminated union, matched exhaustively.
 */
import type { CellValue } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';

/** The six standard columns. */
export type ColumnRole = 'serial' | 'task' | 'period' | 'milestone' | 'progress' | 'selfAssessment';

export const COLUMN_ROLES: readonly ColumnRole[] = ['serial', 'task', 'period', 'milestone', 'progress', 'selfAssessment'];

/** The standard header text of each role, as the template writes it. */
export const STANDARD_HEADERS: Readonly<Record<ColumnRole, string>> = {
  serial: '序号',
  task: '《政府工作报告》重点工作任务（省、市民生实事）',
  period: '时间',
  milestone: '节点任务',
  progress: '进展情况',
  selfAssessment: '自我评价',
};

export interface ReportCell {
  /** A1 address on the sheet as the user sees it. */
  readonly address: string;
  /** 0-based row and column in the grid. */
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  /** Displayed text, exactly as in the sheet (never normalised). */
  readonly text: string;
}

export interface HeaderColumn {
  readonly column: number;
  /** Header text as written. */
  readonly header: string;
  /** The standard role, or null for an extra column that is kept as it is. */
  readonly role: ColumnRole | null;
}

export interface HeaderRow {
  readonly row: number;
  readonly columns: readonly HeaderColumn[];
  /** Column index of each role that was found. */
  readonly roles: Readonly<Partial<Record<ColumnRole, number>>>;
}

/** Serial forms (DOMAIN §1): `40`; `为民办实事第六项`; `省民生实事第16项`; anything else is `other`. */
export type Serial =
  | { readonly form: 'number'; readonly number: number; readonly text: string }
  | { readonly form: 'cityLivelihood'; readonly number: number; readonly text: string }
  | { readonly form: 'provinceLivelihood'; readonly number: number; readonly text: string }
  | { readonly form: 'other'; readonly text: string };

export type PeriodKind = 'quarter' | 'quarters' | 'half' | 'year' | 'yearEnd' | 'month' | 'months';

/** A reporting period (时间): 三季度, 一、二季度, 上半年, 全年, 年底前, 9月, 1-9月 … */
export interface Period {
  readonly label: string;
  readonly kind: PeriodKind;
  /** First and last month covered, 1–12. */
  readonly startMonth: number;
  readonly endMonth: number;
}

/** A calendar date without time; months and days 1-based. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Units named in a task's responsibility parenthesis. */
export interface Responsibility {
  /** 责任领导 (people, not units). */
  readonly leaders: readonly string[];
  /** Every unit named as 责任单位 / 牵头单位 / 牵头部门 / 配合单位, in order, without duplicates. */
  readonly units: readonly string[];
  /** The parenthesis as written, for comparisons that ignore it. */
  readonly text: string;
}

export type RowCells = Readonly<Partial<Record<ColumnRole, ReportCell>>>;

/** Text per role; for a task, its cell text with the page-split remainders appended. */
export type RowTexts = Readonly<Partial<Record<ColumnRole, string>>>;

interface RowBase {
  /** 0-based grid row. */
  readonly row: number;
}

export interface TaskRow extends RowBase {
  readonly kind: 'task';
  readonly cells: RowCells;
  /** Cells of columns without a standard role, by header text. */
  readonly extra: readonly ReportCell[];
  readonly serial: Serial | null;
  readonly responsibility: Responsibility;
  readonly period: Period | null;
  /** Grid rows of page-split remainders that belong to this task, in order. */
  readonly continuationRows: readonly number[];
  /**
   * Each role's text as if the page split never happened: the task's cell text followed by the
   * remainders' texts (`健全新药研发和成果转化扶持政` + `策,加大…`). Serial and responsibility are read from it.
   */
  readonly joined: RowTexts;
}

export interface ContinuationRow extends RowBase {
  readonly kind: 'continuation';
  /** Grid row of the task this remainder belongs to. */
  readonly taskRow: number;
  readonly cells: RowCells;
}

export interface RepeatedHeaderRow extends RowBase {
  readonly kind: 'repeatedHeader';
}

export interface SectionHeadingRow extends RowBase {
  readonly kind: 'sectionHeading';
  readonly text: string;
}

export interface BlankRow extends RowBase {
  readonly kind: 'blank';
}

export interface FooterRow extends RowBase {
  readonly kind: 'footer';
  readonly text: string;
}

export type ReportRow = TaskRow | ContinuationRow | RepeatedHeaderRow | SectionHeadingRow | BlankRow | FooterRow;

export interface ReportMetadata {
  /** 填报单位 */
  readonly unit: ReportCellText | null;
  /** 填报时间, as written and as a date when it could be read (text, ISO or Excel serial). */
  readonly reportDate: (ReportCellText & { readonly date: CalendarDate | null }) | null;
  readonly contact: ReportCellText | null;
  readonly phone: ReportCellText | null;
}

/** A metadata value and the cell it was read from. */
export interface ReportCellText {
  readonly text: string;
  readonly address: string;
}

export interface ReportTitle {
  readonly text: string;
  readonly address: string;
  readonly year: number | null;
  readonly period: Period | null;
}

export interface ProgressReport {
  readonly sheet: string;
  readonly title: ReportTitle | null;
  readonly metadata: ReportMetadata;
  readonly header: HeaderRow;
  readonly rows: readonly ReportRow[];
}

/** `parseReport` never throws on user data: a sheet that is not a report gives `report: null` and issues. */
export interface ParseResult {
  readonly report: ProgressReport | null;
  readonly issues: readonly Issue[];
}
