/**
 * Which sheets of a consolidation's inputs are compiled (DOMAIN §5), the same for every way of starting one
 * (the pane in Excel or WPS, file mode, `jindu consolidate`): a bureau's visible report sheets are; its
 * hidden sheets, sheets that are no report (说明, 目录), plan sheets (节点任务 without 进展情况 or 自我评价)
 * and the sheets a consolidation writes (汇总, 统计: a compiled workbook given back as input) are not, and
 * each one left out is named with its reason. Every source is checked with the rules of `check`, so 统计
 * counts what check finds, and carries the unit the user named for its file or sheet.
 */
import type { SheetCheck } from '../check/types';
import type { SheetGrid } from '../grid/sheetGrid';
import type { Issue } from '../issues/issue';
import type { WorkbookReader } from '../ports';
import { findReportSheets } from '../report/findReportSheets';
import type { ProgressReport } from '../report/types';
import { sourceFromCheck } from './sourceFromCheck';
import { COMPILED_SHEET, STATISTICS_SHEET, type CompileSource, type SourceFormat } from './types';

/** What a source needs of a sheet's check. */
export type SourceCheck = Pick<SheetCheck, 'report' | 'issues' | 'targets'>;

/** The user's unit for a file (`市商务局.xlsx`) or one of its sheets (`汇编.xlsx!Sheet2`), by file name without folder. */
export type UnitOverrides = ReadonlyMap<string, string>;

export interface SourceGathering {
  /** The check each sheet gets: the rules of `check`, with the user's vocabulary and period. */
  readonly check: (grid: SheetGrid) => SourceCheck;
  readonly unitOverrides?: UnitOverrides;
}

/** A file name without its folder, whichever separator the user's system writes. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * `市商务局.xlsx=市商务局` and `汇编.xlsx!Sheet2=市外办` as the user typed them (a file may be given with its
 * folder); pairs without a file or a unit are ignored.
 *
 * @example
 * parseUnitOverrides(['报送/市商务局.xlsx=市商务局']).get('市商务局.xlsx') // '市商务局'
 */
export function parseUnitOverrides(pairs: readonly string[] = []): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0) continue;
    const unit = pair.slice(at + 1).trim();
    if (unit !== '') overrides.set(baseName(pair.slice(0, at).trim()), unit);
  }
  return overrides;
}

/** An input left out, as an issue: `file` and `sheet` ('' for the whole file) say which. */
export function sourceProblem(rule: string, severity: Issue['severity'], file: string, sheet = '', params: Readonly<Record<string, string | number>> = {}): Issue {
  return { rule, severity, sheet, cell: '', row: 0, column: '', value: file, params: { file, sheet, ...params } };
}

/** A sheet with 节点任务 but neither 进展情况 nor 自我评价 is the plan the reports are written from, not a report. */
function isPlanSheet(report: ProgressReport): boolean {
  const { roles } = report.header;
  return roles.milestone !== undefined && roles.progress === undefined && roles.selfAssessment === undefined;
}

function withFile(issue: Issue, file: string): Issue {
  return { ...issue, params: { file, ...issue.params } };
}

/**
 * Sheets already read (chosen in the pane, or a file's report sheets): each report becomes a source handed to
 * `onSource` as soon as it is checked (nothing of it is kept here); the others come back as issues.
 *
 * @example
 * const compiler = new ReportCompiler({ roster });
 * const left = gatherSheetSources(grids, '', { check: (grid) => checkGrid(grid) }, (source) => compiler.add(source));
 */
export function gatherSheetSources(
  grids: readonly SheetGrid[],
  file: string,
  gathering: SourceGathering,
  onSource: (source: CompileSource) => void,
  format?: SourceFormat,
): { readonly compiled: number; readonly problems: readonly Issue[] } {
  const name = baseName(file);
  const problems: Issue[] = [];
  let compiled = 0;
  for (const grid of grids) {
    // A compiled workbook given as input again must not have its own result compiled twice.
    if (grid.name === COMPILED_SHEET || grid.name === STATISTICS_SHEET) {
      problems.push(sourceProblem('consolidate.compiledSheetSkipped', 'info', name, grid.name));
      continue;
    }
    const check = gathering.check(grid);
    if (check.report !== null && isPlanSheet(check.report)) {
      problems.push(sourceProblem('consolidate.planSheetSkipped', 'info', name, grid.name));
      continue;
    }
    const override = gathering.unitOverrides?.get(`${name}!${grid.name}`) ?? gathering.unitOverrides?.get(name);
    const source = sourceFromCheck({ file: name, sheet: grid.name, ...(format === undefined ? {} : { format }) }, check, grid, override);
    if (source === null) {
      for (const issue of check.issues) problems.push(withFile(issue, name));
      continue;
    }
    onSource(source);
    compiled += 1;
  }
  return { compiled, problems };
}

/**
 * A bureau's workbook: its visible report sheets become sources, handed to `onSource` one at a time, so a
 * province compiling 2,000 cities' files holds their compiled rows, never 2,000 workbooks. Returns what was
 * left out, and an error when nothing of the file could be compiled. `format`, sniffed from the file's
 * bytes by whoever opened it, is named in 来源 when the file's name says otherwise.
 */
export async function gatherWorkbookSources(
  reader: WorkbookReader,
  file: string,
  gathering: SourceGathering,
  onSource: (source: CompileSource) => void,
  format?: SourceFormat,
): Promise<{ readonly compiled: number; readonly problems: readonly Issue[] }> {
  const name = baseName(file);
  const found = await findReportSheets(reader);
  const gathered = gatherSheetSources(found.grids, name, gathering, onSource, format);
  const problems = [...found.issues.map((issue) => withFile(issue, name)), ...gathered.problems];
  if (gathered.compiled === 0) problems.push(sourceProblem('consolidate.noReportSheet', 'error', name));
  return { compiled: gathered.compiled, problems };
}
