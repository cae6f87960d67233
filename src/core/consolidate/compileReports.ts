/**
 * Compile many bureaus' reports into `汇总` and `统计` (DOMAIN §5). Pure: returns the operations and
 * the findings; the host writes them into the target workbook and never touches the sources.
 */
import { columnLetters } from '../grid/a1';
import type { Issue } from '../issues/issue';
import { formatMessage, type Language } from '../messages';
import { STANDARD_HEADERS } from '../report/types';
import { DEFAULT_VOCABULARY } from '../text/selfAssessment';
import { serialGroupsOf } from './_lib/serialGroups';
import { CompiledRowsBuilder } from './buildCompiledRows';
import { compiledSheetOperations } from './compiledSheetOperations';
import { countUnitStatistics, tallySource, type SourceTally } from './countUnitStatistics';
import { findConflicts } from './findConflicts';
import { findDuplicates } from './findDuplicates';
import { findMissing } from './findMissing';
import { statisticsSheetOperations } from './statisticsSheetOperations';
import { COMPILED_SHEET, type CompileOptions, type CompileResult, type CompileSource, type Conflict, type Duplicate, type MissingReport, type SourceOrigin } from './types';

/**
 * @example
 * const result = compileReports(
 *   [{ origin: { file: '市商务局.xlsx', sheet: '三季度' }, report }, { origin: { file: '市卫生健康委.xlsx', sheet: '三季度' }, report: other }],
 *   { roster: { kind: 'taskTexts' } },
 * );
 * await workbook.apply(result.operations); // writes 汇总 and 统计
 */
export function compileReports(sources: readonly CompileSource[], options: CompileOptions = {}): CompileResult {
  const compiler = new ReportCompiler(options);
  for (const source of sources) compiler.add(source);
  return compiler.finish();
}

/**
 * `compileReports` one source at a time, for a caller that reads many files: each source is compiled
 * when added and only its compiled rows and counted findings are kept, so its report, grid, issues and
 * targets can be dropped before the next file is read. The result is the same as `compileReports` of
 * the same sources in the same order.
 *
 * @example
 * const compiler = new ReportCompiler({ roster: { kind: 'taskTexts' } });
 * for (const file of files) compiler.add(await readSource(file)); // nothing of the file kept but its rows
 * const result = compiler.finish();
 */
export class ReportCompiler {
  private readonly language: Language;
  private readonly rows: CompiledRowsBuilder;
  private readonly tallies: SourceTally[] = [];
  private readonly origins: SourceOrigin[] = [];
  private firstTitle: string | null = null;

  constructor(private readonly options: CompileOptions = {}) {
    this.language = options.language ?? 'zh-CN';
    this.rows = new CompiledRowsBuilder(this.language);
  }

  add(source: CompileSource): void {
    this.rows.add(source);
    this.tallies.push(tallySource(source));
    this.origins.push(source.origin);
    if (this.firstTitle === null && (source.report.title?.text.trim() ?? '') !== '') this.firstTitle = source.report.title?.text ?? '';
  }

  finish(): CompileResult {
    const { language, options } = this;
    const vocabulary = options.vocabulary && options.vocabulary.length > 0 ? options.vocabulary : DEFAULT_VOCABULARY;
    const compiled = this.rows.finish();
    // 汇总 holds each serial's rows together: the groups are ranges of it, made once for every finding.
    const groups = serialGroupsOf(compiled.serialKeys, true);
    const conflicts = findConflicts(compiled.rows, compiled.serialKeys, groups);
    const duplicates = findDuplicates(compiled.rows, language, compiled.serialKeys, groups);
    const missing = findMissing(compiled.rows, compiled.units, options.roster, compiled.serialKeys, groups);
    // A unit of the roster that sent nothing at all gets its row in 统计, so the workbook itself names it.
    const silentUnits = missing.filter((report) => report.serial === '' && !compiled.units.includes(report.unit)).map((report) => report.unit);
    const { statistics, total } = countUnitStatistics(this.tallies, compiled.sourceUnits, [...compiled.units, ...silentUnits], compiled.rows, vocabulary);
    const title = options.title ?? defaultTitle(this.firstTitle, language);
    const operations = [
      ...compiledSheetOperations({ title, columns: compiled.columns, rows: compiled.rows, conflicts, duplicates, language }),
      ...statisticsSheetOperations(statistics, total, vocabulary, language),
    ];
    const taskColumn = columnLetters(compiled.columns.findIndex((column) => column.kind === 'role' && column.role === 'task'));
    const serialColumn = columnLetters(compiled.columns.findIndex((column) => column.kind === 'role' && column.role === 'serial'));
    return {
      columns: compiled.columns,
      rows: compiled.rows,
      units: compiled.units,
      sources: this.origins.map((origin, index) => ({
        file: origin.file,
        sheet: origin.sheet,
        unit: compiled.sourceUnits[index] ?? '',
        rows: compiled.tasksPerSource[index] ?? 0,
      })),
      conflicts,
      duplicates,
      missing,
      statistics,
      total,
      issues: [
        ...conflicts.flatMap((conflict) => conflictIssues(conflict, taskColumn, language)),
        ...duplicates.map((duplicate) => duplicateIssue(duplicate, serialColumn)),
        ...missing.map(missingIssue),
      ],
      operations,
    };
  }
}

/** The first source's title marked as compiled, or a generic title when no source has one. */
function defaultTitle(firstTitle: string | null, language: Language): string {
  const text = firstTitle?.replace(/\s+/g, ' ').trim();
  return text ? formatMessage(language, 'consolidate.title', { title: text }) : formatMessage(language, 'consolidate.defaultTitle');
}

/** One issue per version after the first, on its first row in 汇总, naming the units of the other versions. */
function conflictIssues(conflict: Conflict, taskColumn: string, language: Language): Issue[] {
  const separator = formatMessage(language, 'consolidate.rowSeparator');
  return conflict.versions.slice(1).map((version) => {
    const row = version.compiledRows[0] ?? 0;
    const otherUnits = conflict.versions
      .filter((other) => other !== version)
      .flatMap((other) => other.units)
      .join(separator);
    return {
      rule: 'consolidate.conflict',
      severity: 'warning',
      sheet: COMPILED_SHEET,
      cell: `${taskColumn}${row}`,
      row,
      column: STANDARD_HEADERS.task,
      value: version.text,
      params: { serial: conflict.serial, unit: version.units.join(separator), otherUnits },
    };
  });
}

function duplicateIssue(duplicate: Duplicate, serialColumn: string): Issue {
  const row = duplicate.compiledRows[1] ?? duplicate.compiledRows[0] ?? 0;
  return {
    rule: 'consolidate.duplicate',
    severity: 'warning',
    sheet: COMPILED_SHEET,
    cell: `${serialColumn}${row}`,
    row,
    column: STANDARD_HEADERS.serial,
    value: duplicate.serial,
    params: { serial: duplicate.serial, unit: duplicate.unit, count: duplicate.compiledRows.length },
  };
}

function missingIssue(missing: MissingReport): Issue {
  return {
    rule: missing.serial === '' ? 'consolidate.unitSilent' : 'consolidate.missing',
    severity: 'warning',
    sheet: COMPILED_SHEET,
    cell: '',
    row: 0,
    column: '',
    value: missing.unit,
    params: { serial: missing.serial, unit: missing.unit },
  };
}
