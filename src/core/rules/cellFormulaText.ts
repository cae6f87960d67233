import type { Issue } from '../issues/issue';
import { looksLikeFormula } from '../ports';
import { cellIssue } from '../report/reportIssue';
import { columnLabels, forEachFilledCell } from './_lib/gridCells';
import type { Rule } from './types';

/**
 * Text starting with `= + - @`: Excel or WPS turns it into a formula when the cell is edited or the
 * text is pasted elsewhere (`-完成规划` becomes `#NAME?`). The product always writes such text as text.
 */
export const cellFormulaText: Rule = {
  id: 'cell.formulaText',
  severity: 'warning',
  fixable: false,
  check({ grid, report }) {
    const labels = columnLabels(report);
    const issues: Issue[] = [];
    forEachFilledCell(grid, (value, _text, row, column) => {
      if (typeof value !== 'string' || !looksLikeFormula(value)) return;
      issues.push(
        cellIssue({ rule: this.id, severity: this.severity, sheet: report.sheet, row, columnIndex: column, column: labels.get(column) ?? '', value: value.slice(0, 80) }),
      );
    });
    return issues;
  },
};
