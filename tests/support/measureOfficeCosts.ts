/**
 * For the bench: what each Office.js operation costs on a sheet, in syncs and request/response bytes,
 * measured on the simulated Excel (Excel on the web refuses a request or response over 5 MB).
 *
 * @example
 * await measureOfficeCosts(generateProgressSheet({ rows: 10_000, seed: 1 }))
 * // [{ operation: 'read', rows: 10003, syncs: 2, maxResponseBytes: 4_650_000, … }, …]
 */
import type { CellValue, WritableValue } from '../../src/core';
import { OfficeWorkbook } from '../../src/adapters/office/officeWorkbook';
import { ALL_OFFICE_CAPABILITIES } from '../../src/adapters/office/requirements';
import { SimulatedExcel } from './simulatedExcel';

export interface OfficeOperationCost {
  readonly operation: 'read' | 'writeCompiled';
  /** Rows of the sheet read or written. */
  readonly rows: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalRequestBytes: number;
  readonly totalResponseBytes: number;
}

function writable(value: CellValue): WritableValue {
  return value !== null && typeof value === 'object' ? value.error : value;
}

function costOf(excel: SimulatedExcel, operation: OfficeOperationCost['operation'], rows: number): OfficeOperationCost {
  const syncs = excel.runs.flatMap((run) => run.syncs);
  return {
    operation,
    rows,
    syncs: syncs.length,
    maxRequestBytes: Math.max(0, ...syncs.map((sync) => sync.requestBytes)),
    maxResponseBytes: Math.max(0, ...syncs.map((sync) => sync.responseBytes)),
    totalRequestBytes: syncs.reduce((total, sync) => total + sync.requestBytes, 0),
    totalResponseBytes: syncs.reduce((total, sync) => total + sync.responseBytes, 0),
  };
}

/** Reading the sheet (what 校验 does) and writing it back as a new 汇总 sheet (what 汇总 does). */
export async function measureOfficeCosts(sheetRows: readonly (readonly CellValue[])[], sheetName = '三季度'): Promise<OfficeOperationCost[]> {
  const values = sheetRows.map((row) => row.map(writable));
  const excel = SimulatedExcel.withSheets({ [sheetName]: values });
  const workbook = new OfficeWorkbook(excel.run, ALL_OFFICE_CAPABILITIES);
  await workbook.readSheet(sheetName);
  const read = costOf(excel, 'read', values.length);
  excel.resetCounts();
  await workbook.apply([
    { op: 'addSheet', sheet: '汇总', replace: true },
    { op: 'writeBlock', sheet: '汇总', row: 0, column: 0, values },
    { op: 'freezeRows', sheet: '汇总', count: 1 },
  ]);
  return [read, costOf(excel, 'writeCompiled', values.length)];
}
