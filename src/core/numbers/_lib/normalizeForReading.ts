/**
 * An NFKC copy of a text with a map back to the original offsets, so that quantities are read on
 * half-width digits and punctuation (and simplified forms of the few traditional characters numbers are
 * written with) while every span and phrase we report is the text as written.
 */

export interface ReadingCopy {
  /** The normalised copy; never shown to the user and never written back. */
  readonly text: string;
  /**
   * `toOriginal[i]` is the original offset of normalised offset i, one extra entry for the end; null when
   * every offset is its own (each code point one unit in and one unit out: most cells), which saves an
   * allocation per cell.
   */
  readonly toOriginal: Int32Array | null;
  readonly original: string;
}

/**
 * Traditional forms of the numerals, units and comparator words quantities are read by (`萬`, `億`, `兩`,
 * `戶`, `項`, `達`, `於`): text pasted from a traditional-script copy reads like its simplified original. By
 * code offset from U+4E00, the simplified code + 1 (0: unchanged), so a CJK character costs one table read.
 */
const TRADITIONAL_PAIRS = '萬万億亿兩两個个項项場场處处戶户間间條条張张輛辆臺台點点餘余幾几約约達达於于內内噸吨畝亩裏里層层臺台棟栋幢幢盞盏隻只塊块門门級级號号歲岁週周屆届樓楼單单張张筆笔億亿';
const traditionalToSimplified = (() => {
  const table = new Uint16Array(0x9fff - 0x4e00 + 1);
  for (let index = 0; index + 1 < TRADITIONAL_PAIRS.length; index += 2) {
    const from = TRADITIONAL_PAIRS.charCodeAt(index);
    const to = TRADITIONAL_PAIRS.charCodeAt(index + 1);
    if (from !== to) table[from - 0x4e00] = to + 1;
  }
  return table;
})();

/** The simplified code of a CJK code, or the code itself. */
function simplifiedCode(code: number): number {
  const mapped = traditionalToSimplified[code - 0x4e00] ?? 0;
  return mapped === 0 ? code : mapped - 1;
}

function isPlainCharacter(codePoint: number): boolean {
  // ASCII and CJK Unified Ideographs are NFKC-stable; skipping them keeps long cells fast.
  return codePoint < 0x80 || (codePoint >= 0x4e00 && codePoint <= 0x9fff);
}

/**
 * NFKC of single code points already seen. A sheet uses a few hundred distinct punctuation marks and
 * full-width forms, and nearly every cell has some (，。（）): normalising each afresh was the largest cost
 * of reading a sheet. Bounded, so a cell of thousands of distinct rare characters cannot grow it unduly.
 */
const normalisedCodePoints = new Map<number, string>();
const MAX_CACHED_CODE_POINTS = 4096;

function normalizeCodePoint(codePoint: number, character: string): string {
  const cached = normalisedCodePoints.get(codePoint);
  if (cached !== undefined) return cached;
  const normalised = character.normalize('NFKC');
  if (normalisedCodePoints.size < MAX_CACHED_CODE_POINTS) normalisedCodePoints.set(codePoint, normalised);
  return normalised;
}

/**
 * NFKC of single UTF-16 codes, by code, learnt as codes are met: 0 not yet known, the normal code + 1 for
 * a code that normalises to one code (`，` → `,`), -1 for one that expands (`㎡` → `m2`). A table rather than
 * a map: nearly every cell has a few full-width marks, and a lookup per mark was a visible share of reading.
 */
const singleCodeNormal = new Int32Array(0x10000);
/** The copy of a cell being normalised, reused: cells up to this length (all but pasted data) need no allocation but the result. */
const copyBuffer = new Uint16Array(4096);
/** `String.fromCharCode.apply` passes every code as an argument: keep the count well under engine limits. */
const MAX_APPLY_CODES = 4096;

/** Views of the first n codes of the buffer, made once per length (a view per cell was a visible share of the garbage). */
const copyViews: (Uint16Array | undefined)[] = new Array<Uint16Array | undefined>(MAX_APPLY_CODES + 1);

function copyOfLength(length: number): Uint16Array {
  let view = copyViews[length];
  if (view === undefined) {
    view = copyBuffer.subarray(0, length);
    copyViews[length] = view;
  }
  return view;
}

/**
 * The copy of a cell whose every code normalises to exactly one code, or null when one expands or is
 * half of a surrogate pair (then offsets are needed and the general path reads it). Most cells hold only
 * CJK, ASCII and full-width punctuation: this path builds their copy in one pass and one string.
 */
function normalizeOneToOne(original: string): string | null {
  const length = original.length;
  if (length > MAX_APPLY_CODES) return null;
  let changed = false;
  for (let index = 0; index < length; index += 1) {
    const code = original.charCodeAt(index);
    if (code < 0x80) {
      copyBuffer[index] = code;
      continue;
    }
    if (code >= 0x4e00 && code <= 0x9fff) {
      const simplified = simplifiedCode(code);
      if (simplified !== code) changed = true;
      copyBuffer[index] = simplified;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) return null;
    let known = singleCodeNormal[code] ?? 0;
    if (known === 0) {
      const normalised = String.fromCharCode(code).normalize('NFKC');
      known = normalised.length === 1 ? normalised.charCodeAt(0) + 1 : -1;
      singleCodeNormal[code] = known;
    }
    if (known < 0) return null;
    const normal = known - 1;
    if (normal !== code) changed = true;
    copyBuffer[index] = normal;
  }
  if (!changed) return original;
  return String.fromCharCode.apply(null, copyOfLength(length) as unknown as number[]);
}

/** Normalises each code point on its own (NFKC), which keeps the offset map exact. */
export function normalizeForReading(original: string): ReadingCopy {
  const oneToOne = normalizeOneToOne(original);
  if (oneToOne !== null) return { text: oneToOne, toOriginal: null, original };
  const chunks: string[] = [];
  // Offsets are only needed from the first code point that is not one unit in and one unit out (`㎡` →
  // `m2`, a surrogate pair); until then normalised offset i is original offset i.
  let offsets: number[] | null = null;
  let plainFrom = 0;
  let index = 0;
  while (index < original.length) {
    const codeUnit = original.charCodeAt(index);
    if (codeUnit < 0x80 || (codeUnit >= 0x4e00 && codeUnit <= 0x9fff && simplifiedCode(codeUnit) === codeUnit)) {
      if (offsets !== null) offsets.push(index);
      index += 1;
      continue;
    }
    if (codeUnit >= 0x4e00 && codeUnit <= 0x9fff) {
      // A traditional form: one code for one, so the offsets stay as they are.
      if (plainFrom < index) chunks.push(original.slice(plainFrom, index));
      chunks.push(String.fromCharCode(simplifiedCode(codeUnit)));
      plainFrom = index + 1;
      if (offsets !== null) offsets.push(index);
      index += 1;
      continue;
    }
    const codePoint = original.codePointAt(index) ?? codeUnit;
    const width = codePoint > 0xffff ? 2 : 1;
    const character = original.slice(index, index + width);
    const normalised = isPlainCharacter(codePoint) ? character : normalizeCodePoint(codePoint, character);
    if (normalised !== character) {
      if (plainFrom < index) chunks.push(original.slice(plainFrom, index));
      chunks.push(normalised);
      plainFrom = index + width;
    }
    // Every unit of a normalised code point maps to its start, so a surrogate pair needs the map too.
    if (offsets === null && (normalised.length !== 1 || width !== 1)) offsets = Array.from({ length: index }, (_, offset) => offset);
    if (offsets !== null) for (let k = 0; k < normalised.length; k += 1) offsets.push(index);
    index += width;
  }
  if (chunks.length > 0 && plainFrom < original.length) chunks.push(original.slice(plainFrom));
  const text = chunks.length === 0 ? original : chunks.join('');
  if (offsets === null) return { text, toOriginal: null, original };
  offsets.push(original.length);
  return { text, toOriginal: Int32Array.from(offsets), original };
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
