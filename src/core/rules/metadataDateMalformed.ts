import { reportIssue } from '../report/reportIssue';
import type { Rule } from './types';

/** 填报时间 is written but is not a date (`十月上旬`, `2021年13月1日`). */
export const metadataDateMalformed: Rule = {
  id: 'metadata.dateMalformed',
  severity: 'error',
  fixable: false,
  check({ report }) {
    const date = report.metadata.reportDate;
    if (date === null || date.text.trim() === '' || date.date !== null) return [];
    return [reportIssue({ rule: this.id, severity: this.severity, sheet: report.sheet, cell: date.address, column: '填报时间', value: date.text })];
  },
};
