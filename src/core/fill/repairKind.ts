/**
 * The kinds of repair the fill use case carries out, and which one an issue's fix asks for. Rules name their
 * fixes (`Fix.kind`); this is the one place that maps those names onto what planRepairs knows how to do.
 */
import type { Issue } from '../issues/issue';

export type RepairKind = 'mergeContinuation' | 'dropRepeatedHeader' | 'normalizeText' | 'mapSelfAssessment' | 'fillPeriod';

export const REPAIR_KINDS: readonly RepairKind[] = [
  'mergeContinuation',
  'dropRepeatedHeader',
  'normalizeText',
  'mapSelfAssessment',
  'fillPeriod',
];

/** The fix kinds the rules attach (src/core/rules), by the repair that carries them out. */
const REPAIR_OF_FIX: Readonly<Record<string, RepairKind>> = {
  'fix.mergeContinuation': 'mergeContinuation',
  'fix.dropRepeatedHeader': 'dropRepeatedHeader',
  // Both text rules write the cell's one normal form (normalizeCellText), so they are one repair here.
  'fix.normalizeWhitespace': 'normalizeText',
  'fix.normalizePunctuation': 'normalizeText',
  'fix.mapSelfAssessment': 'mapSelfAssessment',
  'fix.fillPeriod': 'fillPeriod',
};

/**
 * The repair an issue's fix asks for, or null when the issue has no fix this use case can carry out.
 *
 * @example
 * repairKindOf({ …, rule: 'row.continuation', fix: { kind: 'fix.mergeContinuation', operations: [] } }) // 'mergeContinuation'
 */
export function repairKindOf(issue: Issue): RepairKind | null {
  return issue.fix ? (REPAIR_OF_FIX[issue.fix.kind] ?? null) : null;
}
