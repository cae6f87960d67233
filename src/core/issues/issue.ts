/**
 * Problems are data with a stable rule id; their text comes from the message maps (messages/),
 * never built ad hoc. `params` fills the placeholders of the message.
 */
import type { WorkbookOperation } from '../ports';

export type Severity = 'error' | 'warning' | 'info';

/** A repair the user can accept: the operations that make it, and what it changes, for review. */
export interface Fix {
  /** Stable id of the repair kind (`fix.mergeContinuation`, `fix.normalizePunctuation`, …). */
  readonly kind: string;
  readonly operations: readonly WorkbookOperation[];
  /** The cell's text after the fix, when the fix rewrites one cell; shown in the preview. */
  readonly replacement?: string;
}

export interface Issue {
  /** Stable id, e.g. `progress.empty`. */
  readonly rule: string;
  readonly severity: Severity;
  readonly sheet: string;
  /** A1 address of the cell the issue is about, on the sheet as the user sees it ('' for whole-sheet issues). */
  readonly cell: string;
  /** 1-based row as the user sees it (0 for whole-sheet issues). */
  readonly row: number;
  /** Header text of the column (`进展情况`), '' when none. */
  readonly column: string;
  /** The offending value, as text. */
  readonly value: string;
  /** Placeholder values for the message (`{unit}`, `{expected}` …). */
  readonly params?: Readonly<Record<string, string | number>>;
  readonly fix?: Fix;
  /** The previous report's cell the issue compares with (the check against the previous report). */
  readonly previous?: PreviousCell;
  /** Where the issue is in a document's table (a Word .docx), told instead of `cell` to the user. */
  readonly documentPlace?: DocumentPlace;
}

/** A place in a document: a cell of its n-th table (1-based row and column), or a paragraph above that table. */
export type DocumentPlace =
  | { readonly kind: 'tableCell'; readonly table: number; readonly row: number; readonly column: number }
  | { readonly kind: 'paragraphAbove'; readonly table: number; readonly paragraph: number };

/** A cell of the previous report: where it is and what it said, so both texts can be shown side by side. */
export interface PreviousCell {
  /** File name of the previous report; '' for a sheet of the same workbook. */
  readonly file: string;
  readonly sheet: string;
  /** A1 address ('' when the previous report has no such row, e.g. a task that was added). */
  readonly cell: string;
  readonly text: string;
}

/** An issue with its message rendered in one language. */
export interface RenderedIssue extends Issue {
  readonly message: string;
  /** Where the issue is, as the user reads it, when that is not `cell`: its place in a Word table (表1 第3行 第5列). */
  readonly place?: string;
}

export interface IssueSummary {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly byRule: Readonly<Record<string, number>>;
}

export function summarizeIssues(issues: readonly Issue[]): IssueSummary {
  const counts = { error: 0, warning: 0, info: 0 };
  const byRule: Record<string, number> = {};
  for (const issue of issues) {
    counts[issue.severity] += 1;
    byRule[issue.rule] = (byRule[issue.rule] ?? 0) + 1;
  }
  return { ...counts, byRule };
}
