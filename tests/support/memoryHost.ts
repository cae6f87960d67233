/** A host over a workbook in memory, for the pane's use-case tests: marks and selection do nothing, settings are fixed. */
import { MemoryWorkbook } from './memoryWorkbook';
import type { CellValue } from '../../src/core';
import { DEFAULT_SETTINGS, type JinduSettings, type Host } from '../../src/app/host';
import { createUndoableWriter } from '../../src/app/undo/undoableWriter';

export function memoryHost(
  sheets: Record<string, CellValue[][]>,
  active: string | null,
  settings: JinduSettings = DEFAULT_SETTINGS,
): Host & { workbook: MemoryWorkbook } {
  const workbook = MemoryWorkbook.fromSheets(sheets);
  return {
    kind: 'file',
    displayLanguage: 'zh-CN',
    workbook,
    capabilities: { dataValidation: true, notes: true, charts: false, undoGrouping: false },
    activeSheet: async () => active,
    select: async () => undefined,
    mark: async (marks) => ({ markedCells: marks.length, notesAdded: marks.length, notesUnavailable: null }),
    clearMarks: async () => ({ clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 }),
    settings: { load: () => settings, save: async () => undefined },
    ...createUndoableWriter(workbook),
  };
}
