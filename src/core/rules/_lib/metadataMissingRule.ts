/** Rules that flag a metadata line (填报单位, 填报时间) that is missing or has no value. */
import { reportIssue } from '../../report/reportIssue';
import type { ReportMetadata } from '../../report/types';
import type { Rule } from '../types';

/** The issue points at the label's cell when there is one, else at the sheet. */
export function metadataMissingRule(id: string, field: 'unit' | 'reportDate', label: string): Rule {
  return {
    id,
    severity: 'error',
    fixable: false,
    check({ report }) {
      const value: ReportMetadata[typeof field] = report.metadata[field];
      if (value !== null && value.text.trim() !== '') return [];
      return [reportIssue({ rule: id, severity: 'error', sheet: report.sheet, cell: value?.address ?? '', column: label })];
    },
  };
}
