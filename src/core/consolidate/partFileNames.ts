/** The file each unit's part of a split is written to, the same in file mode's downloads and `jindu split`. */
import type { SplitPart } from './types';

/**
 * `市商务局.xlsx`, or `市商务局-2.xlsx` when two units' names clean up to the same file name (compared without
 * case, as Windows and macOS compare file names).
 *
 * @example
 * [...partFileNames([{ fileName: '市商务局', … }, { fileName: '市商务局', … }]).values()] // ['市商务局.xlsx', '市商务局-2.xlsx']
 */
export function partFileNames(parts: readonly SplitPart[]): Map<SplitPart, string> {
  const taken = new Set<string>();
  const names = new Map<SplitPart, string>();
  for (const part of parts) {
    let name = `${part.fileName}.xlsx`;
    for (let index = 2; taken.has(name.toLowerCase()); index += 1) name = `${part.fileName}-${index}.xlsx`;
    taken.add(name.toLowerCase());
    names.set(part, name);
  }
  return names;
}
