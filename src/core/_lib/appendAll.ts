/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument and
 * overflows the call stack beyond about 100,000 items, which a large sheet's issues or operations reach.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
