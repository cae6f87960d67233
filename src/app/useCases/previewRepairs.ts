/** The repairs of the active sheet the user may choose from, planned as `jindu fill --fix` plans them; applied through the undo engine. */
import { repairKindOf, type RepairEdit, type RepairKind, type WorkbookOperation } from '../../core';
import { planSheetRepairs } from './fillWorkbook';
import { readActiveGrid, settingsCheckOptions, type UseCaseContext } from './useCaseContext';

export interface RepairPreview {
  readonly sheet: string;
  readonly edits: readonly RepairEdit[];
  readonly operations: readonly WorkbookOperation[];
  /** Fixable issues per repair kind, for the choice list. */
  readonly available: Readonly<Partial<Record<RepairKind, number>>>;
}

/** Null when the active sheet holds no report. */
export async function previewRepairs({ host, engine }: UseCaseContext, kinds: readonly RepairKind[]): Promise<RepairPreview | null> {
  const grid = await readActiveGrid(host);
  const checked = engine.checkGrid(grid, settingsCheckOptions(host));
  const available: Partial<Record<RepairKind, number>> = {};
  for (const issue of checked.issues) {
    const kind = repairKindOf(issue);
    if (kind !== null) available[kind] = (available[kind] ?? 0) + 1;
  }
  const chosen = new Set(kinds);
  const repairs = planSheetRepairs(grid, checked, (issue) => {
    const kind = repairKindOf(issue);
    return kind !== null && chosen.has(kind);
  });
  if (!repairs) return null;
  return { sheet: grid.name, edits: repairs.plan.edits, operations: repairs.plan.operations, available };
}
