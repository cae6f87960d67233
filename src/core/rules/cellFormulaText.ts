import { looksLikeFormula } from '../ports';
import { gridCellRule } from './_lib/gridCellRule';

/**
 * Text starting with `= + - @`: Excel or WPS turns it into a formula when the cell is edited or the
 * text is pasted elsewhere (`-完成规划` becomes `#NAME?`). The product always writes such text as text.
 */
export const cellFormulaText = gridCellRule({ id: 'cell.formulaText', severity: 'warning' }, (value) =>
  typeof value === 'string' && looksLikeFormula(value) ? { value: value.slice(0, 80) } : null,
);
