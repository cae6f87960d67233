/** A compile source from a sheet's check, so 统计 counts what `check` found on it (issues, targets). */
import type { SheetGrid } from '../grid/sheetGrid';
import type { SourceCheck } from './gatherSources';
import type { CompileSource, SourceOrigin } from './types';

/**
 * Null when the check found no report on the sheet (no header): such a sheet cannot be compiled.
 *
 * @example
 * const check = checkGrid(grid);
 * const source = sourceFromCheck({ file: '市商务局.xlsx', sheet: grid.name }, check, grid);
 */
export function sourceFromCheck(origin: SourceOrigin, check: SourceCheck, grid?: SheetGrid, unitOverride?: string): CompileSource | null {
  if (check.report === null) return null;
  return {
    origin,
    report: check.report,
    issues: check.issues,
    targets: check.targets,
    ...(grid === undefined ? {} : { grid }),
    ...(unitOverride === undefined ? {} : { unitOverride }),
  };
}
