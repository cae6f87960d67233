/**
 * Conflicts: one serial whose task texts differ between the rows that report it, compared after
 * normalising whitespace, punctuation width, the leading own number and the responsibility parenthesis.
 */
import { compiledSheetRow } from './_lib/compiledLayout';
import { serialKey } from '../report/parseSerial';
import { taskTextKey } from '../text/taskTextKey';
import type { CompiledRow, Conflict, ConflictVersion } from './types';

/** @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already */
export function findConflicts(rows: readonly CompiledRow[], serialKeys: readonly string[] = rows.map((row) => serialKey(row.serial))): Conflict[] {
  const bySerial = new Map<string, { index: number; row: CompiledRow }[]>();
  rows.forEach((row, index) => {
    const key = serialKeys[index] ?? '';
    if (key === '' || (row.roleTexts.task ?? '').trim() === '') return;
    const group = bySerial.get(key);
    if (group) group.push({ index, row });
    else bySerial.set(key, [{ index, row }]);
  });
  const conflicts: Conflict[] = [];
  // Every unit reporting a task copies the same text: compute each distinct text's key once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    const known = keys.get(text);
    if (known !== undefined) return known;
    const key = taskTextKey(text);
    keys.set(text, key);
    return key;
  };
  for (const group of bySerial.values()) {
    // Rows with one text are one version whatever its key: the keys are made only where texts differ.
    if (group.every(({ row }) => row.roleTexts.task === group[0]?.row.roleTexts.task)) continue;
    const versions = new Map<string, { text: string; units: string[]; compiledRows: number[] }>();
    for (const { index, row } of group) {
      const text = row.roleTexts.task ?? '';
      const key = keyOf(text);
      const version = versions.get(key);
      if (version === undefined) {
        versions.set(key, { text, units: [row.unit], compiledRows: [compiledSheetRow(index)] });
        continue;
      }
      if (!version.units.includes(row.unit)) version.units.push(row.unit);
      version.compiledRows.push(compiledSheetRow(index));
    }
    if (versions.size < 2) continue;
    const list: ConflictVersion[] = [...versions.values()];
    const units: string[] = [];
    for (const version of list) for (const unit of version.units) if (!units.includes(unit)) units.push(unit);
    conflicts.push({
      serial: group[0]?.row.serialText ?? '',
      units,
      texts: list.map((version) => version.text),
      versions: list,
    });
  }
  return conflicts;
}
