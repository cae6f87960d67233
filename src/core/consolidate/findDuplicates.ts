/** Duplicates: one unit reporting one serial more than once (in one sheet or across its sheets). */
import { formatMessage, type Language } from '../messages';
import { compiledSheetRow } from './_lib/compiledLayout';
import { serialKey } from './_lib/serialKey';
import type { CompiledRow, Duplicate } from './types';

export function findDuplicates(rows: readonly CompiledRow[], language: Language): Duplicate[] {
  const byUnitAndSerial = new Map<string, { index: number; row: CompiledRow }[]>();
  rows.forEach((row, index) => {
    const key = serialKey(row.serial);
    if (key === '') return;
    const groupKey = `${row.unit}\u0000${key}`;
    const group = byUnitAndSerial.get(groupKey) ?? [];
    group.push({ index, row });
    byUnitAndSerial.set(groupKey, group);
  });
  const duplicates: Duplicate[] = [];
  for (const group of byUnitAndSerial.values()) {
    const first = group[0];
    if (group.length < 2 || first === undefined) continue;
    duplicates.push({
      serial: first.row.serialText,
      unit: first.row.unit,
      origins: group.map(({ row }) =>
        formatMessage(language, 'consolidate.origin', {
          file: row.origin.file,
          sheet: row.origin.sheet,
          rows: row.sourceRows.join(formatMessage(language, 'consolidate.rowSeparator')),
        }),
      ),
      compiledRows: group.map(({ index }) => compiledSheetRow(index)),
    });
  }
  return duplicates;
}
