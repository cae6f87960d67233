import type { Issue } from '../issues/issue';
import type { ColumnRole } from '../report/types';
import { normalizeCellText } from '../text/normalizeCellText';
import { normalizeWhitespace } from '../text/normalizeWhitespace';
import { cellTextAfterMerge } from './_lib/cellTextAfterMerge';
import { taskIssue, writeCellFix } from './_lib/taskIssue';
import type { Rule } from './types';

/** Columns whose text is normalised; 自我评价 is mapped to the vocabulary instead. */
export const NORMALISED_ROLES: readonly ColumnRole[] = ['serial', 'task', 'period', 'milestone', 'progress'];

/**
 * Stray spaces and line breaks from copy-paste. The fix writes the cell's full normal form
 * (white space and punctuation), so it agrees with the punctuation fix of the same cell.
 */
export const textWhitespace: Rule = {
  id: 'text.whitespace',
  severity: 'info',
  fixable: true,
  check(context) {
    const issues: Issue[] = [];
    for (const task of context.tasks) {
      for (const role of NORMALISED_ROLES) {
        const text = cellTextAfterMerge(task, role);
        if (text === null || normalizeWhitespace(text) === text) continue;
        const replacement = normalizeCellText(text);
        const fix = writeCellFix(context, task, role, 'fix.normalizeWhitespace', replacement);
        issues.push(taskIssue(context, task, role, { rule: this.id, severity: this.severity, value: text, ...(fix ? { fix } : {}) }));
      }
    }
    return issues;
  },
};
