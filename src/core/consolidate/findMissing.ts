/**
 * Missing reports: with a roster, every (serial, unit) that should have been reported and was not.
 * A unit is expected on a serial when the task text names it as responsible; with a list of units,
 * only those units are expected, and one that sent nothing and is named by no task is still listed.
 * A provincial 牵头部门 (省民生实事) is matched by its city counterpart, which is who reports on it here.
 */
import { serialKey } from '../report/parseSerial';
import { findSameUnit, isSameUnit } from './_lib/unitNames';
import type { CompiledRow, MissingReport, Roster } from './types';

/** @param serialKeys the serial key of each row (`serialKey(row.serial)`), when the caller has them already */
export function findMissing(
  rows: readonly CompiledRow[],
  reportingUnits: readonly string[],
  roster: Roster | null | undefined,
  serialKeys: readonly string[] = rows.map((row) => serialKey(row.serial)),
): MissingReport[] {
  if (!roster) return [];
  const groups = new Map<string, { serial: string; reporters: string[]; named: string[] }>();
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index];
    const key = serialKeys[index] ?? '';
    if (row === undefined || key === '') continue;
    const group = groups.get(key) ?? { serial: row.serialText, reporters: [], named: [] };
    if (!group.reporters.includes(row.unit)) group.reporters.push(row.unit);
    for (const unit of row.responsibleUnits) if (findSameUnit(group.named, unit) === null) group.named.push(unit);
    groups.set(key, group);
  }
  const missing: MissingReport[] = [];
  const namedSomewhere = new Set<string>();
  for (const group of groups.values()) {
    const expected =
      roster.kind === 'units'
        ? roster.units.filter((unit) => findSameUnit(group.named, unit) !== null)
        : group.named;
    for (const unit of expected) {
      namedSomewhere.add(unit);
      if (findSameUnit(group.reporters, unit) === null) missing.push({ serial: group.serial, unit });
    }
  }
  if (roster.kind === 'units') {
    for (const unit of roster.units) {
      const sentSomething = reportingUnits.some((reporter) => isSameUnit(reporter, unit));
      if (!sentSomething && !namedSomewhere.has(unit)) missing.push({ serial: '', unit });
    }
  }
  return missing;
}
