import type { Issue } from '../issues/issue';
import { isCellError } from '../grid/sheetGrid';
import { cellIssue } from '../report/reportIssue';
import { columnLabels, forEachFilledCell } from './_lib/gridCells';
import type { Rule } from './types';

/** A formula that evaluates to an error (`#REF!`, `#DIV/0!`): the value the reader sees is broken. */
export const cellFormulaError: Rule = {
  id: 'cell.formulaError',
  severity: 'error',
  fixable: false,
  check({ grid, report }) {
    const labels = columnLabels(report);
    const issues: Issue[] = [];
    forEachFilledCell(grid, (value, _text, row, column) => {
      if (!isCellError(value)) return;
      issues.push(
        cellIssue({ rule: this.id, severity: this.severity, sheet: report.sheet, row, columnIndex: column, column: labels.get(column) ?? '', value: value.error, params: { error: value.error } }),
      );
    });
    return issues;
  },
};
