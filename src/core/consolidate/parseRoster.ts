/** A roster file: the units expected to report, one a line (or several separated by 、，；), `#` comments. */
import { splitUnitList } from './_lib/unitNames';
import type { Roster } from './types';

/**
 * @example
 * parseRoster('# 三季度\n市商务局\n市教育局、市体育局') // { kind: 'units', units: ['市商务局', '市教育局', '市体育局'] }
 */
export function parseRoster(text: string): Roster & { readonly kind: 'units' } {
  const units: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const content = line.replace(/#.*$/, '');
    for (const unit of splitUnitList(content)) if (!units.includes(unit)) units.push(unit);
  }
  return { kind: 'units', units };
}
