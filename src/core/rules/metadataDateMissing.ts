import { reportIssue } from '../report/reportIssue';
import type { Rule } from './types';

/** 填报时间 is missing or empty. */
export const metadataDateMissing: Rule = {
  id: 'metadata.dateMissing',
  severity: 'error',
  fixable: false,
  check({ report }) {
    const date = report.metadata.reportDate;
    if (date !== null && date.text.trim() !== '') return [];
    return [reportIssue({ rule: this.id, severity: this.severity, sheet: report.sheet, cell: date?.address ?? '', column: '填报时间' })];
  },
};
