/**
 * An in-memory workbook implementing the ports: the reference workbook of the tests and the bench.
 */
import {
  cellAddress,
  displayTextOf,
  parseCellAddress,
  parseRangeAddress,
  SheetNotFoundError,
  SheetProtectedError,
  type CellFormat,
  type CellValue,
  type MergedArea,
  type PageSetup,
  type SheetGrid,
  type SheetInfo,
  type Workbook,
  type WorkbookOperation,
  type WriteResult,
} from '../../src/core';

export interface MemorySheet {
  name: string;
  cells: CellValue[][];
  merges: MergedArea[];
  /** Formats by A1 cell address, merged as they are applied. */
  formats: Map<string, CellFormat>;
  notes: Map<string, string>;
  validations: { range: string; list: readonly string[] }[];
  columnWidths: number[];
  frozenRows: number;
  pageSetup: PageSetup | null;
  charts: { range: string; kind: string; title: string }[];
  protected: boolean;
  visible: boolean;
}

export class MemoryWorkbook implements Workbook {
  private readonly sheets: MemorySheet[] = [];

  /** A workbook with the given sheets, each from plain rows. */
  static fromSheets(sheets: Readonly<Record<string, readonly (readonly CellValue[])[]>>): MemoryWorkbook {
    const workbook = new MemoryWorkbook();
    for (const [name, rows] of Object.entries(sheets)) {
      workbook.sheets.push(emptySheet(name, rows.map((row) => [...row])));
    }
    return workbook;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  protectSheet(name: string): void {
    const sheet = this.requireSheet(name);
    sheet.protected = true;
  }

  async listSheets(): Promise<readonly SheetInfo[]> {
    return this.sheets.map((sheet) => ({ name: sheet.name, visible: sheet.visible, protected: sheet.protected }));
  }

  async readSheet(name: string): Promise<SheetGrid> {
    const sheet = this.requireSheet(name);
    const width = sheet.cells.reduce((widest, row) => Math.max(widest, row.length), 0);
    const values = sheet.cells.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? null));
    return {
      name: sheet.name,
      values,
      text: values.map((row, r) => row.map((value, c) => textOf(value, sheet.formats.get(cellAddress(r, c))))),
      merges: sheet.merges.map((merge) => ({ ...merge })),
    };
  }

  async apply(operations: readonly WorkbookOperation[]): Promise<WriteResult> {
    // Refuse the whole batch before touching anything, so a protected sheet never ends half-written.
    for (const operation of operations) {
      const target = this.sheet(operation.sheet);
      if (target?.protected && !(operation.op === 'addSheet' && operation.replace)) {
        throw new SheetProtectedError(operation.sheet);
      }
    }
    const deletions = operations.filter((operation) => operation.op === 'deleteRows');
    for (const operation of operations) {
      if (operation.op !== 'deleteRows') this.applyOne(operation);
    }
    const bottomUp = [...deletions].sort((a, b) => b.row - a.row);
    for (const operation of bottomUp) this.applyOne(operation);
    return { skipped: [] };
  }

  private applyOne(operation: WorkbookOperation): void {
    switch (operation.op) {
      case 'addSheet': {
        const existing = this.sheets.findIndex((sheet) => sheet.name === operation.sheet);
        if (existing >= 0 && !operation.replace) throw new Error(`sheet already exists: ${operation.sheet}`);
        if (existing >= 0) this.sheets[existing] = emptySheet(operation.sheet, []);
        else this.sheets.push(emptySheet(operation.sheet, []));
        return;
      }
      case 'deleteSheet': {
        const index = this.sheets.findIndex((sheet) => sheet.name === operation.sheet);
        if (index >= 0) this.sheets.splice(index, 1);
        return;
      }
      case 'writeBlock': {
        const sheet = this.requireSheet(operation.sheet);
        operation.values.forEach((rowValues, r) => {
          const rowIndex = operation.row + r;
          while (sheet.cells.length <= rowIndex) sheet.cells.push([]);
          const row = sheet.cells[rowIndex] ?? [];
          rowValues.forEach((value, c) => {
            const columnIndex = operation.column + c;
            while (row.length < columnIndex) row.push(null);
            row[columnIndex] = value;
          });
          sheet.cells[rowIndex] = row;
        });
        return;
      }
      case 'deleteRows': {
        const sheet = this.requireSheet(operation.sheet);
        sheet.cells.splice(operation.row, operation.count);
        return;
      }
      case 'setFormat': {
        const sheet = this.requireSheet(operation.sheet);
        forEachCell(operation.range, (address) => {
          sheet.formats.set(address, { ...sheet.formats.get(address), ...operation.format });
        });
        return;
      }
      case 'mergeCells': {
        const sheet = this.requireSheet(operation.sheet);
        const range = requireRange(operation.range);
        sheet.merges.push({ top: range.top, left: range.left, bottom: range.bottom, right: range.right });
        return;
      }
      case 'setColumnWidths':
        this.requireSheet(operation.sheet).columnWidths = [...operation.widths];
        return;
      case 'freezeRows':
        this.requireSheet(operation.sheet).frozenRows = operation.count;
        return;
      case 'setValidationList':
        this.requireSheet(operation.sheet).validations.push({ range: operation.range, list: [...operation.list] });
        return;
      case 'setNote': {
        const sheet = this.requireSheet(operation.sheet);
        if (!parseCellAddress(operation.cell)) throw new Error(`not a cell address: ${operation.cell}`);
        if (operation.text === null) sheet.notes.delete(operation.cell);
        else sheet.notes.set(operation.cell, operation.text);
        return;
      }
      case 'setPageSetup':
        this.requireSheet(operation.sheet).pageSetup = operation.setup;
        return;
      case 'addChart':
        this.requireSheet(operation.sheet).charts.push({
          range: operation.range,
          kind: operation.kind,
          title: operation.title,
        });
        return;
      default:
        return operation satisfies never;
    }
  }

  private requireSheet(name: string): MemorySheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new SheetNotFoundError(name);
    return sheet;
  }
}

function emptySheet(name: string, cells: CellValue[][]): MemorySheet {
  return {
    name,
    cells,
    merges: [],
    formats: new Map(),
    notes: new Map(),
    validations: [],
    columnWidths: [],
    frozenRows: 0,
    pageSetup: null,
    charts: [],
    protected: false,
    visible: true,
  };
}

function textOf(value: CellValue, format: CellFormat | undefined): string {
  if (typeof value === 'number' && format?.numberFormat === '0%') return `${Math.round(value * 100)}%`;
  return displayTextOf(value);
}

function requireRange(address: string) {
  const range = parseRangeAddress(address);
  if (!range) throw new Error(`not a range address: ${address}`);
  return range;
}

function forEachCell(address: string, visit: (cellAddress: string) => void): void {
  const range = requireRange(address);
  for (let row = range.top; row <= range.bottom; row += 1) {
    for (let column = range.left; column <= range.right; column += 1) visit(cellAddress(row, column));
  }
}
