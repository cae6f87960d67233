import { gridCellRule } from './_lib/gridCellRule';

/** Excel keeps at most 32,767 characters in a cell; a cell at the limit has most likely been cut. */
export const EXCEL_CELL_LIMIT = 32_767;

export const cellTooLong = gridCellRule({ id: 'cell.tooLong', severity: 'warning' }, (value) =>
  typeof value === 'string' && value.length >= EXCEL_CELL_LIMIT
    ? { value: `${value.slice(0, 40)}…`, params: { length: value.length, limit: EXCEL_CELL_LIMIT } }
    : null,
);
