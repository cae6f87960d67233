/** The synthetic sheets as .xlsx files on disk, written through the product's own xlsx adapter. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XlsxWorkbook } from '../../src/adapters/xlsx';
import { isCellError, type CellValue, type WritableValue } from '../../src/core';

function writable(value: CellValue): WritableValue {
  return isCellError(value) ? value.error : value;
}

export async function workbookBytes(sheet: string, rows: readonly (readonly CellValue[])[]): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  await workbook.apply([
    { op: 'addSheet', sheet, replace: false },
    { op: 'writeBlock', sheet, row: 0, column: 0, values: rows.map((row) => row.map(writable)) },
  ]);
  return workbook.toBuffer();
}

export async function writeWorkbookFile(folder: string, name: string, sheet: string, rows: readonly (readonly CellValue[])[]): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, await workbookBytes(sheet, rows));
  return file;
}

/** A scratch folder that `dispose` removes again, whatever happened in between. */
export async function withScratchFolder<T>(work: (folder: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'jindu-bench-'));
  try {
    return await work(folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
