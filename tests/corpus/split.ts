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

/**
 * Two folds of the corpus's documents, by the FNV-1a hash of the file name: a rule is written from the tuning misses
 * of one fold's documents and checked on the other's, which it has not read. Held-out rows share their documents with
 * tuning rows, so a phrasing learnt from a document's tuning rows also helps its held-out rows; the other fold's
 * documents are text the rule's author has not seen, as a new city's report is.
 */
export type DocumentFold = 'a' | 'b';

export function documentFoldOf(fileName: string): DocumentFold {
  return fnv1a(fileName) % 2 === 0 ? 'a' : 'b';
}
