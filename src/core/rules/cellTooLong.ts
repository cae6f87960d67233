import type { Issue } from '../issues/issue';
import { cellIssue } from '../report/reportIssue';
import { columnLabels, forEachFilledCell } from './_lib/gridCells';
import type { Rule } from './types';

/** Excel keeps at most 32,767 characters in a cell; a cell at the limit has most likely been cut. */
export const EXCEL_CELL_LIMIT = 32_767;

export const cellTooLong: Rule = {
  id: 'cell.tooLong',
  severity: 'warning',
  fixable: false,
  check({ grid, report }) {
    const labels = columnLabels(report);
    const issues: Issue[] = [];
    forEachFilledCell(grid, (value, _text, row, column) => {
      if (typeof value !== 'string' || value.length < EXCEL_CELL_LIMIT) return;
      issues.push(
        cellIssue({
          rule: this.id,
          severity: this.severity,
          sheet: report.sheet,
          row,
          columnIndex: column,
          column: labels.get(column) ?? '',
          value: `${value.slice(0, 40)}…`,
          params: { length: value.length, limit: EXCEL_CELL_LIMIT },
        }),
      );
    });
    return issues;
  },
};
