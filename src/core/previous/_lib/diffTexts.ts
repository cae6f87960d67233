/**
 * Character differences between the previous and the current text of a cell, for showing both side by
 * side with what changed highlighted.
 */

export type TextDifferenceKind = 'same' | 'removed' | 'added';

export interface TextDifference {
  readonly kind: TextDifferenceKind;
  readonly text: string;
}

/**
 * Beyond this many cells of the comparison table, the middle (what lies between the common beginning and
 * end) is shown as removed and added whole: a 32,767-character cell against another would need a
 * thousand million cells, and such a pair is not read character by character anyway.
 */
const MAX_TABLE_CELLS = 4_000_000;

function push(parts: TextDifference[], kind: TextDifferenceKind, text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last !== undefined && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
}

/** Longest-common-subsequence differences of two arrays of characters. */
function middleDifferences(previous: readonly string[], current: readonly string[], parts: TextDifference[]): void {
  const rows = previous.length;
  const columns = current.length;
  if (rows === 0 || columns === 0 || rows * columns > MAX_TABLE_CELLS) {
    push(parts, 'removed', previous.join(''));
    push(parts, 'added', current.join(''));
    return;
  }
  // lengths[i * (columns + 1) + j]: the longest common subsequence of previous[i..] and current[j..].
  const width = columns + 1;
  const lengths = new Uint32Array((rows + 1) * width);
  for (let i = rows - 1; i >= 0; i -= 1) {
    for (let j = columns - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        previous[i] === current[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  let i = 0;
  let j = 0;
  while (i < rows && j < columns) {
    if (previous[i] === current[j]) {
      push(parts, 'same', previous[i] ?? '');
      i += 1;
      j += 1;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      push(parts, 'removed', previous[i] ?? '');
      i += 1;
    } else {
      push(parts, 'added', current[j] ?? '');
      j += 1;
    }
  }
  push(parts, 'removed', previous.slice(i).join(''));
  push(parts, 'added', current.slice(j).join(''));
}

/**
 * The two texts as runs of what both have, what only the previous had and what only the current has.
 * Joining the `same` and `removed` runs gives the previous text back; `same` and `added`, the current.
 *
 * @example
 * diffTexts('已完成8个', '已完成12个')
 * // [{ kind: 'same', text: '已完成' }, { kind: 'removed', text: '8' }, { kind: 'added', text: '12' }, { kind: 'same', text: '个' }]
 */
export function diffTexts(previous: string, current: string): TextDifference[] {
  const before = Array.from(previous);
  const after = Array.from(current);
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const parts: TextDifference[] = [];
  push(parts, 'same', before.slice(0, start).join(''));
  middleDifferences(before.slice(start, endBefore), after.slice(start, endAfter), parts);
  push(parts, 'same', before.slice(endBefore).join(''));
  return parts;
}
