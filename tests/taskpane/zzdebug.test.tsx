/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryWorkbook } from '../../src/adapters/memory/memoryWorkbook';
import { createCoreEngine } from '../../src/taskpane/coreEngine';
import { DEFAULT_SETTINGS } from '../../src/taskpane/paneHost';
import { PaneRoot } from '../../src/taskpane/PaneRoot';
import { createPaneUseCases } from '../../src/taskpane/paneUseCases';
import { createUndoableWriter } from '../../src/taskpane/undo/undoableWriter';
import './renderInPane';
it('debug', async () => {
  const workbook = MemoryWorkbook.fromSheets({ a: [['x']] });
  const host = { kind: 'file' as const, displayLanguage: 'zh-CN', workbook, capabilities: { dataValidation: true, notes: true, charts: false, undoGrouping: false }, activeSheet: async () => 'a', select: async () => undefined, mark: async () => ({ markedCells: 0, notesAdded: 0, notesUnavailable: null }), clearMarks: async () => ({ clearedCells: 0, notesRemoved: 0, keptChangedByUser: 0 }), settings: { load: () => DEFAULT_SETTINGS, save: async () => undefined }, ...createUndoableWriter(workbook) };
  render(<PaneRoot useCases={createPaneUseCases(host, createCoreEngine(), async () => ({ ok: false, problem: { key: 'x', params: {} } }), 'zh-CN')} theme="light" />);
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) { await userEvent.tab(); const el = document.activeElement as HTMLElement; seen.push(`${el.tagName} ${el.getAttribute('role') ?? ''} ${el.textContent?.slice(0, 10) ?? ''} ${el.getAttribute('type') ?? ''}`); }
  console.log(seen.join('\n'));
});
