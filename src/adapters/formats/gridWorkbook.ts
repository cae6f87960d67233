/** A read-only workbook over sheets already read into grids (SpreadsheetML, an HTML table). */
import type { SheetGrid, SheetInfo, WorkbookReader } from '../../core';
import { gridOfSheetNamed } from '../xlsx/sheetReader/gridOfSheetNamed';

export interface ReadGridSheet {
  readonly info: SheetInfo;
  readonly grid: SheetGrid;
}

export class GridWorkbook implements WorkbookReader {
  constructor(private readonly sheets: readonly ReadGridSheet[]) {}

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((sheet) => sheet.info);
  }

  /** Names match exactly first, then ignoring case, as in the .xlsx readers. */
  async readSheet(name: string): Promise<SheetGrid> {
    return gridOfSheetNamed(this.sheets, name);
  }
}
