import { isCellError } from '../grid/sheetGrid';
import { gridCellRule } from './_lib/gridCellRule';

/** A formula that evaluates to an error (`#REF!`, `#DIV/0!`): the value the reader sees is broken. */
export const cellFormulaError = gridCellRule({ id: 'cell.formulaError', severity: 'error' }, (value) =>
  isCellError(value) ? { value: value.error, params: { error: value.error } } : null,
);
