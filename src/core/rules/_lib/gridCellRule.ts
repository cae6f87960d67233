/** Walks the cells of a grid with the column label the issues use. */
import type { CellValue, SheetGrid } from '../../grid/sheetGrid';
import type { Issue } from '../../issues/issue';
import { cellIssue } from '../../report/reportIssue';
import type { ProgressReport } from '../../report/types';
import type { Rule } from '../types';
import { ROLE_LABELS } from '../../issues/roleLabels';

/** The label of a grid column: the role name, an extra column's header, or ''. */
export function columnLabels(report: ProgressReport): ReadonlyMap<number, string> {
  const labels = new Map<number, string>();
  for (const column of report.header.columns) labels.set(column.column, column.role ? ROLE_LABELS[column.role] : column.header.trim());
  return labels;
}

/** Calls `visit` for every non-empty cell, row by row. */
export function forEachFilledCell(grid: SheetGrid, visit: (value: CellValue, text: string, row: number, column: number) => void): void {
  grid.values.forEach((rowValues, row) => {
    const texts = grid.text[row];
    rowValues.forEach((value, column) => {
      if (value === null || value === '') return;
      visit(value, texts?.[column] ?? '', row, column);
    });
  });
}

/** What a cell rule has to say about one cell: the value the issue shows and its message parameters. */
export interface CellFinding {
  readonly value: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * A rule about single cells anywhere in the sheet (title, metadata and footer included): `inspect`
 * returns what is wrong with a cell's value, or null. Such rules carry no fix.
 */
export function gridCellRule(rule: Pick<Rule, 'id' | 'severity'>, inspect: (value: CellValue) => CellFinding | null): Rule {
  return {
    id: rule.id,
    severity: rule.severity,
    fixable: false,
    check({ grid, report }) {
      const labels = columnLabels(report);
      const issues: Issue[] = [];
      forEachFilledCell(grid, (value, _text, row, column) => {
        const finding = inspect(value);
        if (finding === null) return;
        const { value: shown, params } = finding;
        const where = { sheet: report.sheet, row, columnIndex: column, column: labels.get(column) ?? '' };
        issues.push(cellIssue({ rule: rule.id, severity: rule.severity, ...where, value: shown, ...(params ? { params } : {}) }));
      });
      return issues;
    },
  };
}
