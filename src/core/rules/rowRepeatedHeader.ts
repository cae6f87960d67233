import { cellAddress } from '../grid/a1';
import { reportIssue } from '../report/reportIssue';
import type { Rule } from './types';

/** The header repeated mid-sheet by a page break in the source document; the fix deletes the row. */
export const rowRepeatedHeader: Rule = {
  id: 'row.repeatedHeader',
  severity: 'warning',
  fixable: true,
  check({ report }) {
    return report.rows.flatMap((row) => {
      if (row.kind !== 'repeatedHeader') return [];
      return [
        reportIssue({
          rule: this.id,
          severity: this.severity,
          sheet: report.sheet,
          cell: cellAddress(row.row, 0),
          params: { headerRow: report.header.row + 1 },
          fix: { kind: 'fix.dropRepeatedHeader', operations: [{ op: 'deleteRows', sheet: report.sheet, row: row.row, count: 1 }] },
        }),
      ];
    });
  },
};
