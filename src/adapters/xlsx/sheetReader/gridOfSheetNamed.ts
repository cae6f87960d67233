import { SheetNotFoundError, type SheetGrid, type SheetInfo } from '../../../core';

/**
 * The grid of the sheet called `name` among sheets read whole: names match exactly first, then ignoring
 * case, as in `XlsxWorkbook` (and Excel, where sheet names are unique without regard to case).
 */
export function gridOfSheetNamed(sheets: readonly { readonly info: SheetInfo; readonly grid: SheetGrid }[], name: string): SheetGrid {
  const sheet =
    sheets.find((candidate) => candidate.info.name === name) ??
    sheets.find((candidate) => candidate.info.name.toLowerCase() === name.toLowerCase());
  if (!sheet) throw new SheetNotFoundError(name);
  return sheet.grid;
}
