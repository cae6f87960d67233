/** Duplicates: one unit reporting one serial more than once (in one sheet or across its sheets). */
import { formatMessage, type Language } from '../messages';
import { compiledSheetRow } from './_lib/compiledLayout';
import { serialKey } from '../report/parseSerial';
import type { CompiledRow, Duplicate } from './types';

/** @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already */
export function findDuplicates(
  rows: readonly CompiledRow[],
  language: Language,
  serialKeys: readonly string[] = rows.map((row) => serialKey(row.serial)),
): Duplicate[] {
  // By serial, then by unit: no key string is made per row. `groups` keeps the order in which each
  // (unit, serial) was first seen.
  const bySerial = new Map<string, Map<string, { index: number; row: CompiledRow }[]>>();
  const groups: { index: number; row: CompiledRow }[][] = [];
  rows.forEach((row, index) => {
    const key = serialKeys[index] ?? '';
    if (key === '') return;
    let byUnit = bySerial.get(key);
    if (byUnit === undefined) {
      byUnit = new Map();
      bySerial.set(key, byUnit);
    }
    const group = byUnit.get(row.unit);
    if (group) group.push({ index, row });
    else {
      const created = [{ index, row }];
      byUnit.set(row.unit, created);
      groups.push(created);
    }
  });
  const separator = formatMessage(language, 'consolidate.rowSeparator');
  const duplicates: Duplicate[] = [];
  for (const group of groups) {
    const first = group[0];
    if (group.length < 2 || first === undefined) continue;
    duplicates.push({
      serial: first.row.serialText,
      unit: first.row.unit,
      origins: group.map(({ row }) =>
        formatMessage(language, 'consolidate.origin', { file: row.origin.file, sheet: row.origin.sheet, rows: row.sourceRows.join(separator) }),
      ),
      compiledRows: group.map(({ index }) => compiledSheetRow(index)),
    });
  }
  return duplicates;
}
