/**
 * The rows of each serial, as index ranges: every finding (conflicts, duplicates, missing reports) looks
 * at one serial's rows at a time. 汇总's rows already hold each serial's rows together, so grouping them
 * there costs two typed arrays instead of a map entry, an array and an object per row (at a million rows
 * the difference between fitting in memory and not).
 */
import { serialKey } from '../../report/parseSerial';
import type { CompiledRow } from '../types';

export interface SerialGroups {
  /** Row indices, each serial's rows together in row order; rows without a serial are left out. */
  readonly order: Int32Array;
  /** Where each group starts in `order`, in order of the group's first row, then `order.length`. */
  readonly starts: Int32Array;
}

/**
 * @param contiguous the caller promises that rows of one key are next to each other (汇总's order);
 *   otherwise the rows are grouped by key in order of first appearance.
 */
export function serialGroupsOf(serialKeys: readonly string[], contiguous: boolean): SerialGroups {
  return contiguous ? groupRuns(serialKeys) : groupByKey(serialKeys);
}

export function serialKeysOf(rows: readonly CompiledRow[]): string[] {
  return rows.map((row) => serialKey(row.serial));
}

/** Calls `visit` with the start and end (exclusive) in `groups.order` of each serial's rows. */
export function forEachSerialGroup(groups: SerialGroups, visit: (start: number, end: number) => void): void {
  for (let group = 0; group + 1 < groups.starts.length; group += 1) visit(groups.starts[group] ?? 0, groups.starts[group + 1] ?? 0);
}

function groupRuns(serialKeys: readonly string[]): SerialGroups {
  let keyed = 0;
  let runs = 0;
  let previous = '';
  for (const key of serialKeys) {
    if (key === '') continue;
    keyed += 1;
    if (runs === 0 || key !== previous) runs += 1;
    previous = key;
  }
  const order = new Int32Array(keyed);
  const starts = new Int32Array(runs + 1);
  let at = 0;
  let run = 0;
  previous = '';
  serialKeys.forEach((key, index) => {
    if (key === '') return;
    if (at === 0 || key !== previous) {
      starts[run] = at;
      run += 1;
    }
    order[at] = index;
    at += 1;
    previous = key;
  });
  starts[runs] = keyed;
  return { order, starts };
}

function groupByKey(serialKeys: readonly string[]): SerialGroups {
  const byKey = new Map<string, number[]>();
  serialKeys.forEach((key, index) => {
    if (key === '') return;
    const group = byKey.get(key);
    if (group) group.push(index);
    else byKey.set(key, [index]);
  });
  const order = new Int32Array([...byKey.values()].flat());
  const starts = new Int32Array(byKey.size + 1);
  let at = 0;
  let group = 0;
  for (const indices of byKey.values()) {
    starts[group] = at;
    at += indices.length;
    group += 1;
  }
  starts[byKey.size] = at;
  return { order, starts };
}
