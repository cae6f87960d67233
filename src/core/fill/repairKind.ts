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

/** Fix kinds as the rules write them (`fix.mergeContinuation`), lower-cased, without the `fix.` prefix. */
const FIX_KIND_PATTERNS: readonly (readonly [RepairKind, RegExp])[] = [
  ['mergeContinuation', /continuation|pagesplit|mergerow/],
  ['dropRepeatedHeader', /repeatedheader|dropheader|deleteheader/],
  ['mapSelfAssessment', /selfassessment|vocabulary|synonym/],
  ['fillPeriod', /period/],
  ['normalizeText', /punctuation|whitespace|normali[sz]e|width|space/],
];

/**
 * The repair an issue's fix asks for, or null when the issue has no fix this use case can carry out.
 *
 * @example
 * repairKindOf({ …, rule: 'row.continuation', fix: { kind: 'fix.mergeContinuation', operations: [] } }) // 'mergeContinuation'
 */
export function repairKindOf(issue: Issue): RepairKind | null {
  if (!issue.fix) return null;
  const key = issue.fix.kind.replace(/^fix\./, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  return FIX_KIND_PATTERNS.find(([, pattern]) => pattern.test(key))?.[0] ?? null;
}
