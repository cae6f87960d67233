/** The kind of figure a target is compared with: its unit class (people and bare 万 figures count as counts), a measure by its measure. */
import type { Quantity } from '../../numbers/types';
import { countingWord } from '../../numbers/units';

export function targetKind(quantity: Quantity): string {
  if (quantity.unitClass === 'measure') return `measure:${countingWord(quantity.unit)?.group ?? quantity.unit}`;
  if (quantity.unitClass === 'people' || quantity.unitClass === 'bare') return 'count';
  return quantity.unitClass;
}
