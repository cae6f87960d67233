/** Issues about one cell of a task row, with the fields every rule fills the same way. */
import { isCellError } from '../../grid/sheetGrid';
import type { Fix, Issue, Severity } from '../../issues/issue';
import { reportIssue } from '../../report/reportIssue';
import { ROLE_LABELS } from '../../issues/roleLabels';
import type { ColumnRole, ReportCell, TaskRow } from '../../report/types';
import type { RuleContext } from '../types';

export interface TaskIssueDetails {
  readonly rule: string;
  readonly severity: Severity;
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
}

/** The cell of a role in a task row (null when the sheet has no such column). */
export function roleCell(task: TaskRow, role: ColumnRole): ReportCell | null {
  return task.cells[role] ?? null;
}

/** The text of a role with page-split remainders joined (the parser joins trimmed pieces, so it is trimmed). */
export function joinedText(task: TaskRow, role: ColumnRole): string {
  return task.joined[role] ?? '';
}

export function taskIssue(context: RuleContext, task: TaskRow, role: ColumnRole, details: TaskIssueDetails): Issue {
  const cell = roleCell(task, role);
  return reportIssue({
    rule: details.rule,
    severity: details.severity,
    sheet: context.report.sheet,
    cell: cell?.address ?? '',
    ...(cell ? { row: cell.row + 1 } : {}),
    column: ROLE_LABELS[role],
    value: details.value ?? joinedText(task, role),
    ...(details.params ? { params: details.params } : {}),
    ...(details.fix ? { fix: details.fix } : {}),
  });
}

/**
 * Whether a role's cell is empty, remainders included. A formula error is not empty: it has no text,
 * but cell.formulaError already reports it.
 */
export function isEmptyCell(task: TaskRow, role: ColumnRole): boolean {
  const cell = task.cells[role];
  return joinedText(task, role) === '' && !(cell !== undefined && isCellError(cell.value));
}

/** A fix that writes one text into the cell of a role in a task row. */
export function writeCellFix(context: RuleContext, task: TaskRow, role: ColumnRole, kind: string, replacement: string): Fix | undefined {
  const cell = roleCell(task, role);
  if (!cell) return undefined;
  return {
    kind,
    replacement,
    operations: [{ op: 'writeBlock', sheet: context.report.sheet, row: cell.row, column: cell.column, values: [[replacement]] }],
  };
}

/** Whether the sheet has a column for the role (rules about a missing column stay silent; the header rule speaks). */
export function hasColumn(context: RuleContext, role: ColumnRole): boolean {
  return context.report.header.roles[role] !== undefined;
}
