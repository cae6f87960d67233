/** A pane host over a workbook in memory, for the pane's use-case tests: marks and selection do nothing, settings are fixed. */
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import type { CellValue } from '../../src/core';
import { DEFAULT_SETTINGS, type JinduSettings, type PaneHost } from '../../src/taskpane/paneHost';
import { createUndoableWriter } from '../../src/taskpane/undo/undoableWriter';

export function memoryPaneHost(
  sheets: Record<string, CellValue[][]>,
  active: string | null,
  settings: JinduSettings = DEFAULT_SETTINGS,
): PaneHost & { workbook: MemoryWorkbook } {
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
