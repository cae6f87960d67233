/**
 * Grouping and ordering of serials across sources, on top of the report model's own serial key and
 * natural order: `40` typed as a number by one bureau and as text by another are one serial.
 */
import { compareSerials, serialKey as keyOfSerial } from '../../report/parseSerial';
import type { Serial } from '../../report/types';

/** The key rows of one task share across sources; '' for a row without a serial. */
export function serialKey(serial: Serial | null): string {
  return serial === null ? '' : keyOfSerial(serial);
}

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
