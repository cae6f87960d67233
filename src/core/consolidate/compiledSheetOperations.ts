/**
 * The operations that (re)write 汇总: title, frozen header, wrapped text, widths by column kind,
 * A4 landscape with the header repeated on every printed page, conflicts and duplicates marked.
 */
import { appendAll } from '../_lib/appendAll';
import { columnLetters, rangeAddress } from '../grid/a1';
import { formatMessage, type Language } from '../messages';
import type { WorkbookOperation, WritableValue } from '../ports';
import type { ColumnRole } from '../report/types';
import { FIRST_DATA_ROW, HEADER_ROW, TITLE_ROW } from './_lib/compiledLayout';
import { COMPILED_SHEET, type CompiledColumn, type CompiledRow, type Conflict, type Duplicate } from './types';

const HEADER_FILL = '#DDEBF7';
const CONFLICT_FILL = '#FCE4D6';
const DUPLICATE_FILL = '#FFF2CC';

const ROLE_WIDTHS: Readonly<Record<ColumnRole, number>> = {
  serial: 8,
  task: 42,
  period: 9,
  milestone: 32,
  progress: 48,
  selfAssessment: 9,
};

function widthOf(column: CompiledColumn): number {
  switch (column.kind) {
    case 'role':
      return ROLE_WIDTHS[column.role];
    case 'unit':
      return 16;
    case 'origin':
      return 26;
    case 'extra':
      return 16;
    default:
      return column satisfies never;
  }
}

export interface CompiledSheetInput {
  readonly title: string;
  readonly columns: readonly CompiledColumn[];
  readonly rows: readonly CompiledRow[];
  readonly conflicts: readonly Conflict[];
  readonly duplicates: readonly Duplicate[];
  readonly language: Language;
}

export function compiledSheetOperations(input: CompiledSheetInput): WorkbookOperation[] {
  const sheet = COMPILED_SHEET;
  const { columns, rows } = input;
  const lastColumn = columns.length - 1;
  const titleRow: WritableValue[] = columns.map((_, index) => (index === 0 ? input.title : null));
  // The rows' own value arrays: operations are read-only data, and 汇总 may have tens of thousands of rows.
  const block: (readonly WritableValue[])[] = [titleRow, columns.map((column) => column.header)];
  for (const row of rows) block.push(row.values);
  const operations: WorkbookOperation[] = [
    { op: 'addSheet', sheet, replace: true },
    { op: 'writeBlock', sheet, row: TITLE_ROW, column: 0, values: block },
    { op: 'mergeCells', sheet, range: rangeAddress(TITLE_ROW, 0, TITLE_ROW, lastColumn) },
    { op: 'setFormat', sheet, range: rangeAddress(TITLE_ROW, 0, TITLE_ROW, lastColumn), format: { bold: true, fontSize: 14, horizontalAlignment: 'center' } },
    {
      op: 'setFormat',
      sheet,
      range: rangeAddress(HEADER_ROW, 0, HEADER_ROW, lastColumn),
      format: { bold: true, wrap: true, fill: HEADER_FILL, border: true, horizontalAlignment: 'center', verticalAlignment: 'center' },
    },
  ];
  if (rows.length > 0) {
    operations.push({
      op: 'setFormat',
      sheet,
      range: rangeAddress(FIRST_DATA_ROW, 0, FIRST_DATA_ROW + rows.length - 1, lastColumn),
      format: { wrap: true, border: true, verticalAlignment: 'top' },
    });
  }
  appendAll(operations, findingMarks(input));
  operations.push(
    { op: 'setColumnWidths', sheet, widths: columns.map(widthOf) },
    { op: 'freezeRows', sheet, count: HEADER_ROW + 1 },
    {
      op: 'setPageSetup',
      sheet,
      setup: { orientation: 'landscape', paperSize: 'A4', printTitleRows: { first: HEADER_ROW + 1, last: HEADER_ROW + 1 }, fitToWidth: true },
    },
  );
  return operations;
}

/** A fill and a note on the task cell of every conflicting row and the serial cell of every duplicate. */
function findingMarks(input: CompiledSheetInput): WorkbookOperation[] {
  const sheet = COMPILED_SHEET;
  const taskColumn = input.columns.findIndex((column) => column.kind === 'role' && column.role === 'task');
  const serialColumn = input.columns.findIndex((column) => column.kind === 'role' && column.role === 'serial');
  const operations: WorkbookOperation[] = [];
  for (const conflict of input.conflicts) {
    for (const version of conflict.versions) {
      const otherUnits = conflict.versions
        .filter((other) => other !== version)
        .flatMap((other) => other.units)
        .join(formatMessage(input.language, 'consolidate.rowSeparator'));
      for (const row of version.compiledRows) {
        const cell = `${columnLetters(taskColumn)}${row}`;
        operations.push({ op: 'setFormat', sheet, range: cell, format: { fill: CONFLICT_FILL } });
        operations.push({ op: 'setNote', sheet, cell, text: formatMessage(input.language, 'consolidate.conflictNote', { serial: conflict.serial, otherUnits }) });
      }
    }
  }
  for (const duplicate of input.duplicates) {
    for (const row of duplicate.compiledRows) {
      const cell = `${columnLetters(serialColumn)}${row}`;
      operations.push({ op: 'setFormat', sheet, range: cell, format: { fill: DUPLICATE_FILL } });
      operations.push({ op: 'setNote', sheet, cell, text: formatMessage(input.language, 'consolidate.duplicateNote', { serial: duplicate.serial, unit: duplicate.unit }) });
    }
  }
  return operations;
}
