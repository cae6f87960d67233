/**
 * Missing reports: with a roster, every (serial, unit) that should have been reported and was not.
 * A unit is expected on a serial when the task text names it as responsible; with a list of units,
 * only those units are expected, and one that sent nothing and is named by no task is still listed.
 * A provincial 牵头部门 (省民生实事) is matched by its city counterpart, which is who reports on it here.
 */
import { forEachSerialGroup, serialGroupsOf, serialKeysOf, type SerialGroups } from './_lib/serialGroups';
import { findSameUnit, isSameUnit } from './_lib/unitNames';
import type { CompiledRow, MissingReport, Roster } from './types';

/**
 * @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already
 * @param groups the rows of each serial, when the caller has them already (`serialGroupsOf`)
 */
export function findMissing(
  rows: readonly CompiledRow[],
  reportingUnits: readonly string[],
  roster: Roster | null | undefined,
  serialKeys: readonly string[] = serialKeysOf(rows),
  groups: SerialGroups = serialGroupsOf(serialKeys, false),
): MissingReport[] {
  if (!roster) return [];
  const missing: MissingReport[] = [];
  const namedSomewhere = new Set<string>();
  forEachSerialGroup(groups, (start, end) => {
    const reporters: string[] = [];
    const named: string[] = [];
    let serial = '';
    for (let at = start; at < end; at += 1) {
      const row = rows[groups.order[at] ?? 0];
      if (row === undefined) continue;
      if (at === start) serial = row.serialText;
      if (!reporters.includes(row.unit)) reporters.push(row.unit);
      for (const unit of row.responsibleUnits) if (findSameUnit(named, unit) === null) named.push(unit);
    }
    const expected = roster.kind === 'units' ? roster.units.filter((unit) => findSameUnit(named, unit) !== null) : named;
    for (const unit of expected) {
      namedSomewhere.add(unit);
      if (findSameUnit(reporters, unit) === null) missing.push({ serial, unit });
    }
  });
  if (roster.kind === 'units') {
    for (const unit of roster.units) {
      const sentSomething = reportingUnits.some((reporter) => isSameUnit(reporter, unit));
      if (!sentSomething && !namedSomewhere.has(unit)) missing.push({ serial: '', unit });
    }
  }
  return missing;
}
