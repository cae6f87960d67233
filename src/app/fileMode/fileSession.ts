/**
 * The files open in file mode and what the page shows of each: the sheet being looked at, the selected
 * cell, the cells Jindu marked. A small external store (subscribe + snapshot) that React reads with
 * `useSyncExternalStore`; the file-mode host writes to it the way Office.js would move Excel's selection.
 */
import type { CellMark } from '../host';
import type { FileProblem, FileWorkbook } from './fileWorkbook';

export interface SessionFile {
  readonly id: string;
  /** The name the user's file had; downloads are named after it. */
  readonly name: string;
  readonly workbook: FileWorkbook;
  /** Jindu changed the workbook since it was opened: the user should download it. */
  readonly changed: boolean;
  readonly activeSheet: string | null;
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  readonly marks: readonly CellMark[];
  /** Increases on every write, so views re-read the sheet. */
  readonly revision: number;
}

export interface FileSessionState {
  readonly files: readonly SessionFile[];
  readonly activeId: string | null;
  /** Files that could not be opened since the last attempt, for the page to show. */
  readonly problems: readonly FileProblem[];
  /** Files being read right now. */
  readonly reading: readonly string[];
}

export interface FileSession {
  subscribe(listener: () => void): () => void;
  getSnapshot(): FileSessionState;
  add(name: string, workbook: FileWorkbook, activeSheet: string | null): SessionFile;
  setReading(names: readonly string[]): void;
  setProblems(problems: readonly FileProblem[]): void;
  activate(id: string): void;
  close(id: string): void;
  file(id: string): SessionFile | undefined;
  update(id: string, change: (file: SessionFile) => Partial<Omit<SessionFile, 'id' | 'workbook'>>): void;
}

export function createFileSession(): FileSession {
  let state: FileSessionState = { files: [], activeId: null, problems: [], reading: [] };
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: FileSessionState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    add(name, workbook, activeSheet) {
      const file: SessionFile = { id: `file-${nextId}`, name, workbook, changed: false, activeSheet, selection: null, marks: [], revision: 0 };
      nextId += 1;
      set({ ...state, files: [...state.files, file], activeId: file.id });
      return file;
    },
    setReading(names) {
      set({ ...state, reading: [...names] });
    },
    setProblems(problems) {
      set({ ...state, problems: [...problems] });
    },
    activate(id) {
      if (state.files.some((file) => file.id === id)) set({ ...state, activeId: id });
    },
    close(id) {
      const index = state.files.findIndex((file) => file.id === id);
      if (index < 0) return;
      const files = state.files.filter((file) => file.id !== id);
      const neighbour = files[Math.min(index, files.length - 1)];
      set({ ...state, files, activeId: state.activeId === id ? (neighbour?.id ?? null) : state.activeId });
    },
    file: (id) => state.files.find((file) => file.id === id),
    update(id, change) {
      set({ ...state, files: state.files.map((file) => (file.id === id ? { ...file, ...change(file) } : file)) });
    },
  };
}
