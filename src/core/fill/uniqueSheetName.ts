/** Names of new sheets, free in the workbook they are added to. */

/**
 * A sheet name not yet in the workbook: the wanted one, else `四季度(2)`, `四季度(3)`…
 * Excel compares sheet names without case and allows 31 characters.
 */
export function uniqueSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = wanted.slice(0, 31);
  if (!taken.has(base.toLowerCase())) return base;
  for (let copy = 2; ; copy += 1) {
    const suffix = `(${copy})`;
    const candidate = `${base.slice(0, 31 - suffix.length)}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
