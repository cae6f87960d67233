import { reportIssue } from '../report/reportIssue';
import type { Rule } from './types';

/** 填报单位 is missing or empty: nobody can tell whose sheet this is. */
export const metadataUnitMissing: Rule = {
  id: 'metadata.unitMissing',
  severity: 'error',
  fixable: false,
  check({ report }) {
    const unit = report.metadata.unit;
    if (unit !== null && unit.text.trim() !== '') return [];
    return [reportIssue({ rule: this.id, severity: this.severity, sheet: report.sheet, cell: unit?.address ?? '', column: '填报单位' })];
  },
};
