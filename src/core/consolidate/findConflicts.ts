/**
 * Conflicts: one serial whose task texts differ between the rows that report it, compared after
 * normalising whitespace, punctuation width, the leading own number and the responsibility parenthesis.
 */
import { compiledSheetRow } from './_lib/compiledLayout';
import { forEachSerialGroup, serialGroupsOf, serialKeysOf, type SerialGroups } from './_lib/serialGroups';
import { roleTextOf } from './buildCompiledRows';
import { taskTextKey } from '../text/taskTextKey';
import type { CompiledRow, Conflict, ConflictVersion } from './types';

/**
 * @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already
 * @param groups the rows of each serial, when the caller has them already (`serialGroupsOf`)
 */
export function findConflicts(
  rows: readonly CompiledRow[],
  serialKeys: readonly string[] = serialKeysOf(rows),
  groups: SerialGroups = serialGroupsOf(serialKeys, false),
): Conflict[] {
  const conflicts: { first: number; conflict: Conflict }[] = [];
  // Every unit reporting a task copies the same text: compute each distinct text's key once.
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    const known = keys.get(text);
    if (known !== undefined) return known;
    const key = taskTextKey(text);
    keys.set(text, key);
    return key;
  };
  forEachSerialGroup(groups, (start, end) => {
    // Rows without a task text take no part; rows with one text are one version whatever its key, so
    // the keys are made only where texts differ.
    let first: CompiledRow | undefined;
    let firstIndex = 0;
    let firstText = '';
    let differs = false;
    for (let at = start; at < end; at += 1) {
      const row = rows[groups.order[at] ?? 0];
      const text = row === undefined ? '' : (roleTextOf(row, 'task') ?? '');
      if (row === undefined || text.trim() === '') continue;
      if (first === undefined) {
        first = row;
        firstIndex = groups.order[at] ?? 0;
        firstText = text;
      } else if (text !== firstText) differs = true;
    }
    if (first === undefined || !differs) return;
    const versions = new Map<string, { text: string; units: string[]; compiledRows: number[] }>();
    for (let at = start; at < end; at += 1) {
      const index = groups.order[at] ?? 0;
      const row = rows[index];
      const text = row === undefined ? '' : (roleTextOf(row, 'task') ?? '');
      if (row === undefined || text.trim() === '') continue;
      const key = keyOf(text);
      const version = versions.get(key);
      if (version === undefined) {
        versions.set(key, { text, units: [row.unit], compiledRows: [compiledSheetRow(index)] });
        continue;
      }
      if (!version.units.includes(row.unit)) version.units.push(row.unit);
      version.compiledRows.push(compiledSheetRow(index));
    }
    if (versions.size < 2) return;
    const list: ConflictVersion[] = [...versions.values()];
    const units: string[] = [];
    for (const version of list) for (const unit of version.units) if (!units.includes(unit)) units.push(unit);
    conflicts.push({ first: firstIndex, conflict: { serial: first.serialText, units, texts: list.map((version) => version.text), versions: list } });
  });
  // In order of each serial's first row with a task text.
  return conflicts.sort((a, b) => a.first - b.first).map((entry) => entry.conflict);
}
