/**
 * A compiled 汇总 or a plan split into one workbook per responsible unit, for every caller: `jindu split` on a
 * file and file mode's 拆分 on the sheet being looked at. Each part comes with a file name no other part has.
 */
import { COMPILED_SHEET, findReportSheets, partFileNames, splitPlan, type SheetGrid, type SplitOptions, type SplitPart, type SplitResult, type WorkbookReader } from '../../core';

export interface SplitReport {
  /** The sheet that was split. */
  readonly sheet: string;
  readonly result: SplitResult;
  readonly fileNames: ReadonlyMap<SplitPart, string>;
}

/** The sheet named, else 汇总, else the first report sheet; null when there is none (or the named one is not there). */
async function sheetToSplit(reader: WorkbookReader, only: string | undefined): Promise<SheetGrid | null> {
  const names = (await reader.listSheets()).map((sheet) => sheet.name);
  if (only !== undefined) return names.includes(only) ? reader.readSheet(only) : null;
  if (names.includes(COMPILED_SHEET)) return reader.readSheet(COMPILED_SHEET);
  const found = await findReportSheets(reader);
  return found.grids[0] ?? null;
}

export async function splitReport(reader: WorkbookReader, sheet: string | undefined, options: SplitOptions): Promise<SplitReport | null> {
  const grid = await sheetToSplit(reader, sheet);
  if (grid === null) return null;
  const result = splitPlan(grid, options);
  return { sheet: grid.name, result, fileNames: partFileNames(result.parts) };
}
