/** Marking issues in the workbook: one note per cell, every issue of that cell in it, the most severe colour. */
import { formatMessage, issueMessage, type Issue } from '../../core';
import type { MarkOutcome } from '../host';
import type { UseCaseContext } from './useCaseContext';

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

export function markIssues({ host, language }: UseCaseContext, issues: readonly Issue[]): Promise<MarkOutcome> {
  const prefix = formatMessage(language, 'pane.check.notePrefix');
  const cells = issues
    .filter((issue) => issue.cell !== '')
    .map((issue) => ({ sheet: issue.sheet, cell: issue.cell.split(':')[0] ?? issue.cell, severity: issue.severity, note: `${prefix}${issueMessage(issue, language)}` }));
  const byCell = new Map<string, (typeof cells)[number]>();
  for (const cell of cells) {
    const key = `${cell.sheet}!${cell.cell}`;
    const earlier = byCell.get(key);
    if (!earlier) byCell.set(key, cell);
    else
      byCell.set(key, {
        ...cell,
        severity: SEVERITY_RANK[cell.severity] < SEVERITY_RANK[earlier.severity] ? cell.severity : earlier.severity,
        note: `${earlier.note}\n${cell.note.slice(prefix.length)}`,
      });
  }
  return host.mark([...byCell.values()]);
}
