/** Builds issues about a sheet or one of its cells, so every producer fills the fields the same way. */
import { cellAddress, parseCellAddress } from '../grid/a1';
import type { Fix, Issue, Severity } from '../issues/issue';

export interface IssueDetails {
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address, or '' for a whole-sheet issue. */
  readonly cell?: string;
  /** 1-based row of `cell` when the caller knows it (saves reading it back from the address). */
  readonly row?: number;
  readonly column?: string;
  readonly value?: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
}

/** An issue whose row is derived from its cell address (0 for whole-sheet issues). */
export function reportIssue(details: IssueDetails): Issue {
  const cell = details.cell ?? '';
  const position = cell === '' || details.row !== undefined ? null : parseCellAddress(cell);
  const issue: Issue = {
    rule: details.rule,
    severity: details.severity,
    sheet: details.sheet,
    cell,
    row: cell === '' ? 0 : (details.row ?? (position ? position.row + 1 : 0)),
    column: details.column ?? '',
    value: details.value ?? '',
  };
  return {
    ...issue,
    ...(details.params ? { params: details.params } : {}),
    ...(details.fix ? { fix: details.fix } : {}),
  };
}

/** `reportIssue` for a 0-based grid position. */
export function cellIssue(details: Omit<IssueDetails, 'cell'> & { readonly row: number; readonly columnIndex: number }): Issue {
  const { row, columnIndex, ...rest } = details;
  return reportIssue({ ...rest, cell: cellAddress(row, columnIndex), row: row + 1 });
}
