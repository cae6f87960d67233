/**
 * 统计: per unit, the tasks it reported, its 自我评价 values counted against the vocabulary, the errors
 * and warnings the check found on its sheets, and its targets by verdict (met, on track, behind, unmet, no figure,
 * unclear). A unit of the roster that sent nothing keeps its row, with no source.
 */
import { vocabularyWordFor } from '../text/selfAssessment';
import { roleTextOf } from './buildCompiledRows';
import type { Verdict } from '../targets/types';
import type { CompiledRow, CompileSource, SelfAssessmentCount, UnitStatistics } from './types';

/** What 统计 needs of one source besides its rows: the check's findings, counted, not kept. */
export interface SourceTally {
  readonly errors: number;
  readonly warnings: number;
  readonly targets: Readonly<Record<Verdict, number>>;
}

/** One source's issues and target verdicts counted, so the source itself need not be kept for 统计. */
export function tallySource(source: CompileSource): SourceTally {
  let errors = 0;
  let warnings = 0;
  for (const issue of source.issues ?? []) {
    if (issue.severity === 'error') errors += 1;
    else if (issue.severity === 'warning') warnings += 1;
  }
  const targets = noVerdicts();
  for (const target of source.targets ?? []) targets[target.verdict] += 1;
  return { errors, warnings, targets };
}

const VERDICTS: readonly Verdict[] = ['met', 'on-track', 'behind', 'unmet', 'no-figure', 'unclear'];

interface MutableCounts {
  sources: number;
  tasks: number;
  assessment: Map<string, number>;
  otherAssessment: number;
  noAssessment: number;
  errors: number;
  warnings: number;
  targets: Record<Verdict, number>;
}

function emptyCounts(): MutableCounts {
  return { sources: 0, tasks: 0, assessment: new Map(), otherAssessment: 0, noAssessment: 0, errors: 0, warnings: 0, targets: noVerdicts() };
}

function noVerdicts(): Record<Verdict, number> {
  return { met: 0, 'on-track': 0, behind: 0, unmet: 0, 'no-figure': 0, unclear: 0 };
}

/**
 * A 自我评价 counts as the vocabulary word it stands for (`已完成。` as 完成, as the check reads it);
 * anything else non-empty counts as other.
 *
 * @param tallies each source's counted findings (`tallySource`)
 * @param sourceUnits the unit of each source, as the compiled rows name it
 */
export function countUnitStatistics(
  tallies: readonly SourceTally[],
  sourceUnits: readonly string[],
  units: readonly string[],
  rows: readonly CompiledRow[],
  vocabulary: readonly string[],
): { statistics: UnitStatistics[]; total: UnitStatistics } {
  const byUnit = new Map<string, MutableCounts>(units.map((unit) => [unit, emptyCounts()]));
  const countsOf = (unit: string): MutableCounts => {
    const existing = byUnit.get(unit);
    if (existing) return existing;
    const created = emptyCounts();
    byUnit.set(unit, created);
    return created;
  };
  tallies.forEach((tally, index) => {
    const counts = countsOf(sourceUnits[index] ?? '');
    counts.sources += 1;
    counts.errors += tally.errors;
    counts.warnings += tally.warnings;
    for (const verdict of VERDICTS) counts.targets[verdict] += tally.targets[verdict];
  });
  for (const row of rows) {
    const counts = countsOf(row.unit);
    counts.tasks += 1;
    const written = (roleTextOf(row, 'selfAssessment') ?? '').trim();
    const value = vocabularyWordFor(written, vocabulary);
    if (written === '') counts.noAssessment += 1;
    else if (value === null) counts.otherAssessment += 1;
    else counts.assessment.set(value, (counts.assessment.get(value) ?? 0) + 1);
  }
  const statistics = [...byUnit.entries()].map(([unit, counts]) => freeze(unit, counts, vocabulary));
  const total = emptyCounts();
  for (const counts of byUnit.values()) {
    total.sources += counts.sources;
    total.tasks += counts.tasks;
    total.otherAssessment += counts.otherAssessment;
    total.noAssessment += counts.noAssessment;
    total.errors += counts.errors;
    total.warnings += counts.warnings;
    for (const verdict of VERDICTS) total.targets[verdict] += counts.targets[verdict];
    for (const [value, count] of counts.assessment) total.assessment.set(value, (total.assessment.get(value) ?? 0) + count);
  }
  return { statistics, total: freeze('', total, vocabulary) };
}

function freeze(unit: string, counts: MutableCounts, vocabulary: readonly string[]): UnitStatistics {
  const selfAssessment: SelfAssessmentCount[] = vocabulary.map((value) => ({ value, count: counts.assessment.get(value) ?? 0 }));
  return {
    unit,
    sources: counts.sources,
    tasks: counts.tasks,
    selfAssessment,
    otherAssessment: counts.otherAssessment,
    noAssessment: counts.noAssessment,
    errors: counts.errors,
    warnings: counts.warnings,
    targets: { ...counts.targets },
    targetsUnmet: counts.targets.unmet,
    targetsBehind: counts.targets.behind,
  };
}
