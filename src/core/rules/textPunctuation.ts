import type { Issue } from '../issues/issue';
import { normalizeCellText } from '../text/normalizeCellText';
import { normalizePunctuation } from '../text/normalizePunctuation';
import { cellTextAfterMerge } from './_lib/cellTextAfterMerge';
import { taskIssue, writeCellFix } from './_lib/taskIssue';
import { NORMALISED_ROLES } from './textWhitespace';
import type { Rule } from './types';

/**
 * Half-width punctuation in Chinese text or full-width digits (`策,加大`, `１７`), as left by copies
 * from PDFs and other sheets. The fix writes the cell's full normal form, like the whitespace fix.
 */
export const textPunctuation: Rule = {
  id: 'text.punctuation',
  severity: 'info',
  fixable: true,
  check(context) {
    const issues: Issue[] = [];
    for (const task of context.tasks) {
      for (const role of NORMALISED_ROLES) {
        const text = cellTextAfterMerge(task, role);
        if (text === null || normalizePunctuation(text) === text) continue;
        const fix = writeCellFix(context, task, role, 'fix.normalizePunctuation', normalizeCellText(text));
        issues.push(taskIssue(context, task, role, { rule: this.id, severity: this.severity, value: text, ...(fix ? { fix } : {}) }));
      }
    }
    return issues;
  },
};
