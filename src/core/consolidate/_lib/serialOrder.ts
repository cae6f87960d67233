/**
 * How compiled rows show and order serials across sources, on top of the report model's natural order
 * (rows of one task are grouped by the report model's `serialKey`).
 */
import { compareSerials } from '../../report/parseSerial';
import type { Serial } from '../../report/types';

/** How the compiled findings show a serial: `112`, `为民办实事第六项`, `省民生实事第16项`. */
export function serialDisplay(serial: Serial | null): string {
  if (serial === null) return '';
  if (serial.form === 'number') return String(serial.number);
  return serial.text.normalize('NFKC').replace(/\s+/g, '');
}

/** Natural order; a row without a serial sorts with the `other` serials, after every numbered one. */
export function compareSerialsNaturally(a: Serial | null, b: Serial | null): number {
  const other: Serial = { form: 'other', text: '' };
  return compareSerials(a ?? other, b ?? other);
}
