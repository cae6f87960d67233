/**
 * The simulated WPS 表格 (tests/support/simulatedEt.ts) as the page's `window.Application`, with the sample
 * workbook (seed 000 on 三季度, the plan beside it) open. Bundled by `bundleWpsSimulation` and injected
 * before the built 加载项's pages run; `window.__wps` lets the test look inside the workbook.
 */
import { SEED_001_PLAN_ROWS, SEED_001_PLAN_SHEET, seed000Rows, type CellValue } from '../../../src/core';
import { SimulatedEt } from '../../support/simulatedEt';

function plain(rows: readonly (readonly CellValue[])[]): (string | number | boolean | null)[][] {
  return rows.map((row) => row.map((value) => (value !== null && typeof value === 'object' ? value.error : value)));
}

const simulation = new SimulatedEt();
const state = simulation.openWorkbook('三季度进展.xlsx', { 三季度: plain(seed000Rows), [SEED_001_PLAN_SHEET]: plain(SEED_001_PLAN_ROWS) });

const target = window as unknown as Record<string, unknown>;
target.Application = simulation.application();
target.__wps = {
  cell: (sheet: string, address: string) => ({ ...state.cellOf(sheet, address) }),
  sheetNames: () => state.sheets.map((sheet) => sheet.name),
  values: (sheet: string) => {
    const found = state.sheet(sheet);
    if (!found) return null;
    return [...found.cells.entries()].filter(([, cell]) => cell.value !== null).map(([key, cell]) => `${key}=${String(cell.value)}`).sort();
  },
  markedCells: () =>
    state.sheets.flatMap((sheet) => [...sheet.cells.entries()].filter(([, cell]) => cell.fill !== null && cell.comment !== null).map(([key]) => `${sheet.name}!${key}`)),
  calls: (member: string) => simulation.callsOf(member),
  taskPanes: () => simulation.taskPanes.map((pane) => ({ url: pane.url, title: pane.title, visible: pane.pane.Visible })),
};
