/**
 * An NFKC copy of a text with a map back to the original offsets, so that quantities are read on
 * half-width digits and punctuation while every span and phrase we report is the text as written.
 */

export interface ReadingCopy {
  /** The normalised copy; never shown to the user and never written back. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the original offset of normalised offset i, one extra entry for the end; null when
   * the copy is the original itself (most cells), which saves an allocation per cell.
   */
  readonly toOriginal: Int32Array | null;
  readonly original: string;
}

function isPlainCharacter(codePoint: number): boolean {
  // ASCII and CJK Unified Ideographs are NFKC-stable; skipping them keeps long cells fast.
  return codePoint < 0x80 || (codePoint >= 0x4e00 && codePoint <= 0x9fff);
}

function isAllPlain(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (!isPlainCharacter(text.charCodeAt(index))) return false;
  return true;
}

/** Normalises each code point on its own (NFKC), which keeps the offset map exact. */
export function normalizeForReading(original: string): ReadingCopy {
  if (isAllPlain(original)) return { text: original, toOriginal: null, original };
  const chunks: string[] = [];
  const offsets: number[] = [];
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const character = original.slice(index, index + width);
    const normalised = isPlainCharacter(codePoint) ? character : character.normalize('NFKC');
    for (let k = 0; k < normalised.length; k += 1) offsets.push(index);
    chunks.push(normalised);
    index += width;
  }
  offsets.push(original.length);
  return { text: chunks.join(''), toOriginal: Int32Array.from(offsets), original };
}

/** The original text of a normalised span [start, end). */
export function originalSpan(copy: ReadingCopy, start: number, end: number): { start: number; end: number } {
  if (copy.toOriginal === null) return { start, end };
  const originalStart = copy.toOriginal[start] ?? copy.original.length;
  // The end maps through the last character inside the span, so a character that NFKC expanded stays whole.
  const lastInside = end > start ? (copy.toOriginal[end - 1] ?? originalStart) : originalStart;
  const nextOriginal = end > start ? nextCodePointOffset(copy.original, lastInside) : originalStart;
  return { start: originalStart, end: nextOriginal };
}

/** The original offset of one normalised offset. */
export function originalOffset(copy: ReadingCopy, index: number): number {
  return copy.toOriginal === null ? index : (copy.toOriginal[index] ?? -1);
}

function nextCodePointOffset(text: string, offset: number): number {
  const codePoint = text.codePointAt(offset) ?? 0;
  return Math.min(text.length, offset + (codePoint > 0xffff ? 2 : 1));
}
