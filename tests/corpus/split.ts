/**
 * The fixed split of the targets corpus: a row is held out when the FNV-1a hash of its id is divisible by
 * 5. Ids are never renamed, so a row stays on its side whoever adds rows after it.
 */

/** 32-bit FNV-1a of the UTF-16 code units of a text. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export type CorpusHalf = 'tuning' | 'held-out';

export function halfOf(rowId: string): CorpusHalf {
  return fnv1a(rowId) % 5 === 0 ? 'held-out' : 'tuning';
}
