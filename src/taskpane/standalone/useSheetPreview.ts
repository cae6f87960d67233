/** What the sheet preview shows, read again whenever the workbook was written: the sheet's grid and its column widths. */
import { useEffect, useState } from 'react';
import type { SheetGrid, WorkbookReader } from '../../core';

export function useSheetGrid(workbook: WorkbookReader, sheet: string, revision: number): SheetGrid | null {
  const [grid, setGrid] = useState<SheetGrid | null>(null);
  useEffect(() => {
    let current = true;
    workbook.readSheet(sheet).then(
      (read) => {
        if (current) setGrid(read);
      },
      () => {
        if (current) setGrid(null);
      },
    );
    return () => {
      current = false;
    };
  }, [workbook, sheet, revision]);
  return grid;
}

/** The sheet's column widths in Excel's units; null until read, or when they cannot be (columns then size to their text). */
export function useColumnWidths(readColumnWidths: ((sheet: string) => Promise<readonly (number | null)[]>) | undefined, sheet: string, revision: number): readonly (number | null)[] | null {
  const [columnWidths, setColumnWidths] = useState<readonly (number | null)[] | null>(null);
  useEffect(() => {
    let current = true;
    setColumnWidths(null);
    readColumnWidths?.(sheet).then(
      (widths) => {
        if (current) setColumnWidths(widths);
      },
      // Without widths the preview still shows the sheet, its columns sized to their text.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [readColumnWidths, sheet, revision]);
  return columnWidths;
}
