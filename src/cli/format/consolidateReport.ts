/**
 * What `jindu consolidate` prints: the readable report (sources, conflicts, duplicates, missing units, then the
 * files and sheets left out) or the one JSON object of `--json`.
 */
import { formatMessage, issueMessage, issuePlace, type CompileResult, type Issue, type Language } from '../../core';
import type { CliIo } from '../main';

/** A problem with one input, as an issue: `file` says which file, `sheet` which sheet ('' for the whole file). */
export interface SourceProblem {
  readonly file: string;
  readonly issue: Issue;
}

/** An issue as a line of `--json`. */
function jsonIssue(language: Language, issue: Issue) {
  return {
    rule: issue.rule,
    severity: issue.severity,
    sheet: issue.sheet,
    cell: issue.cell,
    ...(issue.documentPlace ? { place: issuePlace(issue, language) } : {}),
    row: issue.row,
    column: issue.column,
    message: issueMessage(issue, language),
  };
}

/** The compile result's keys in their published order, then what it adds: the 统计 rows and the writes the workbook could not take. */
export function consolidateJson(output: string, result: CompileResult, problems: readonly SourceProblem[], skipped: readonly string[], language: Language) {
  return {
    output,
    rows: result.rows.length,
    units: result.units,
    sources: result.sources,
    conflicts: result.conflicts.map(({ serial, units, texts }) => ({ serial, units, texts })),
    duplicates: result.duplicates.map(({ serial, unit, origins }) => ({ serial, unit, origins })),
    missing: result.missing,
    issues: [
      ...problems.map((problem) => ({ file: problem.file, ...jsonIssue(language, problem.issue) })),
      ...result.issues.map((issue) => ({ file: output, ...jsonIssue(language, issue) })),
    ],
    statistics: result.statistics.map((entry) => ({ ...entry, selfAssessment: Object.fromEntries(entry.selfAssessment.map((count) => [count.value, count.count])) })),
    skipped,
  };
}

export function printConsolidateReport(io: CliIo, language: Language, output: string, result: CompileResult, problems: readonly SourceProblem[]): void {
  const say = (key: string, params: Record<string, string | number> = {}) => formatMessage(language, key, params);
  const lines = [say('consolidate.cli.written', { sources: result.sources.length, units: result.units.length, rows: result.rows.length, file: output })];
  for (const source of result.sources) lines.push(say('consolidate.cli.source', { ...source }));
  if (result.conflicts.length > 0) {
    lines.push(say('consolidate.cli.conflicts', { count: result.conflicts.length }));
    for (const conflict of result.conflicts) {
      lines.push(`  ${conflict.serial}`);
      for (const version of conflict.versions) lines.push(say('consolidate.cli.conflictVersion', { units: version.units.join(say('consolidate.rowSeparator')), text: version.text }));
    }
  }
  if (result.duplicates.length > 0) {
    lines.push(say('consolidate.cli.duplicates', { count: result.duplicates.length }));
    for (const duplicate of result.duplicates) lines.push(`  ${say('consolidate.duplicate', { serial: duplicate.serial, unit: duplicate.unit, count: duplicate.origins.length })}`);
  }
  if (result.missing.length > 0) {
    // One line per unit: the lead office phones a unit about all its missing serials at once.
    lines.push(say('consolidate.cli.missing', { count: result.missing.length }));
    const serialsByUnit = new Map<string, string[]>();
    for (const missing of result.missing) serialsByUnit.set(missing.unit, [...(serialsByUnit.get(missing.unit) ?? []), missing.serial]);
    for (const [unit, serials] of serialsByUnit) {
      const named = serials.filter((serial) => serial !== '');
      if (named.length > 0) lines.push(`  ${say('consolidate.cli.missingUnit', { unit, serials: named.join(say('consolidate.rowSeparator')) })}`);
      else lines.push(`  ${say('consolidate.unitSilent', { unit })}`);
    }
  }
  io.out(lines.join('\n'));
  const notable = problems.filter((problem) => problem.issue.severity !== 'info');
  if (notable.length > 0) {
    io.err([say('consolidate.cli.problems'), ...notable.map((problem) => `  ${issueMessage(problem.issue, language)}`)].join('\n'));
  }
  const skipped = problems.filter((problem) => problem.issue.severity === 'info');
  if (skipped.length > 0) {
    io.err([say('consolidate.cli.skippedFiles'), ...skipped.map((problem) => `  ${issueMessage(problem.issue, language)}`)].join('\n'));
  }
}

