/** Duplicates: one unit reporting one serial more than once (in one sheet or across its sheets). */
import { formatMessage, type Language } from '../messages';
import { compiledSheetRow } from './_lib/compiledLayout';
import { forEachSerialGroup, serialGroupsOf, serialKeysOf, type SerialGroups } from './_lib/serialGroups';
import type { CompiledRow, Duplicate } from './types';

/**
 * In order of each (unit, serial)'s first row.
 *
 * @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already
 * @param groups the rows of each serial, when the caller has them already (`serialGroupsOf`)
 */
export function findDuplicates(
  rows: readonly CompiledRow[],
  language: Language,
  serialKeys: readonly string[] = serialKeysOf(rows),
  groups: SerialGroups = serialGroupsOf(serialKeys, false),
): Duplicate[] {
  const separator = formatMessage(language, 'consolidate.rowSeparator');
  const found: { index: number; row: CompiledRow }[][] = [];
  forEachSerialGroup(groups, (start, end) => {
    // A serial's rows are few (one per unit reporting it): a unit seen twice is found by looking back.
    let repeated = false;
    for (let at = start + 1; at < end && !repeated; at += 1) {
      const unit = rows[groups.order[at] ?? 0]?.unit;
      for (let before = start; before < at; before += 1) {
        if (rows[groups.order[before] ?? 0]?.unit === unit) {
          repeated = true;
          break;
        }
      }
    }
    if (!repeated) return;
    const byUnit = new Map<string, { index: number; row: CompiledRow }[]>();
    for (let at = start; at < end; at += 1) {
      const index = groups.order[at] ?? 0;
      const row = rows[index];
      if (row === undefined) continue;
      const group = byUnit.get(row.unit);
      if (group) group.push({ index, row });
      else byUnit.set(row.unit, [{ index, row }]);
    }
    for (const group of byUnit.values()) if (group.length > 1) found.push(group);
  });
  // Serials in order of first row; a (unit, serial) comes in order of its own first row.
  found.sort((a, b) => (a[0]?.index ?? 0) - (b[0]?.index ?? 0));
  return found.flatMap((group): Duplicate[] => {
    const first = group[0];
    if (first === undefined) return [];
    return [
      {
        serial: first.row.serialText,
        unit: first.row.unit,
        origins: group.map(({ row }) =>
          formatMessage(language, 'consolidate.origin', { file: row.origin.file, sheet: row.origin.sheet, rows: row.sourceRows.join(separator) }),
        ),
        compiledRows: group.map(({ index }) => compiledSheetRow(index)),
      },
    ];
  });
}
