/**
 * Parts of ExcelJS that exist at runtime but are missing from its type declarations (4.4). They are
 * reached through this one module so that an upgrade that renames them breaks in one place.
 */
import type { Cell, DataValidation, Worksheet } from 'exceljs';

/** A merged area as ExcelJS indexes it: 1-based, inclusive, keyed by its top-left address. */
export interface ExcelMergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface WorksheetInternals {
  /** Data validations by cell address (or by range for the ones we add). */
  dataValidations: { model: Record<string, DataValidation | undefined> };
  /** Set when the sheet is protected (`<sheetProtection sheet="1">`). */
  sheetProtection: { sheet?: boolean | string | number } | null;
  _merges: Record<string, ExcelMergeRange | undefined>;
}

function internalsOf(worksheet: Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}

export function dataValidationsOf(worksheet: Worksheet): Record<string, DataValidation | undefined> {
  return internalsOf(worksheet).dataValidations.model;
}

export function replaceDataValidations(worksheet: Worksheet, model: Record<string, DataValidation>): void {
  internalsOf(worksheet).dataValidations.model = model;
}

export function isSheetProtected(worksheet: Worksheet): boolean {
  const protection = internalsOf(worksheet).sheetProtection;
  if (!protection) return false;
  // ExcelJS keeps the attribute as parsed: true, 1 or '1' all mean protected.
  return protection.sheet === true || protection.sheet === 1 || protection.sheet === '1';
}

export function mergedAreasOf(worksheet: Worksheet): ExcelMergeRange[] {
  const areas: ExcelMergeRange[] = [];
  for (const merge of Object.values(internalsOf(worksheet)._merges)) {
    if (merge) areas.push({ top: merge.top, left: merge.left, bottom: merge.bottom, right: merge.right });
  }
  return areas;
}

/**
 * Removes a cell's note. ExcelJS's `note` setter can only replace one, and a loaded cell also keeps the
 * note in the model it was read from, which is what gets saved.
 */
export function removeNote(cell: Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}
