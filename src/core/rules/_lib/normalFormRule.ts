/** The rules whose fix writes a cell's normal form (white space and punctuation by Chinese convention). */
import type { Issue } from '../../issues/issue';
import type { ColumnRole } from '../../report/types';
import { normalizeCellText } from '../../text/normalizeCellText';
import type { Rule } from '../types';
import { cellTextAfterMerge } from './cellTextAfterMerge';
import { taskIssue, writeCellFix } from './taskIssue';

/** Columns whose text is normalised; 自我评价 is mapped to the vocabulary instead. */
export const NORMALISED_ROLES: readonly ColumnRole[] = ['serial', 'task', 'period', 'milestone', 'progress'];

/**
 * A rule that flags a cell (as it reads once its page-split remainders are merged) when `normalizeAspect`
 * changes it. The fix always writes the cell's full normal form, so the whitespace and the punctuation
 * fix of one cell agree and either can be applied first.
 */
export function normalFormRule(id: string, fixKind: string, normalizeAspect: (text: string) => string): Rule {
  return {
    id,
    severity: 'info',
    fixable: true,
    check(context) {
      const issues: Issue[] = [];
      for (const task of context.tasks) {
        for (const role of NORMALISED_ROLES) {
          const text = cellTextAfterMerge(task, role);
          if (text === null || normalizeAspect(text) === text) continue;
          const fix = writeCellFix(context, task, role, fixKind, normalizeCellText(text));
          issues.push(taskIssue(context, task, role, { rule: id, severity: 'info', value: text, ...(fix ? { fix } : {}) }));
        }
      }
      return issues;
    },
  };
}
