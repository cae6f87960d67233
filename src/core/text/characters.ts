/** Character classes shared by the parsers and the normalisers, compiled once. */

/** CJK ideographs (the basic block and extension A) and the CJK symbols block. */
export function isCjkCharacter(character: string | undefined): boolean {
  if (character === undefined || character === '') return false;
  return isCjkCode(character.charCodeAt(0));
}

/** `isCjkCharacter` asked by UTF-16 code, so a scan makes no string per character. */
export function isCjkCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x3000 && code <= 0x303f);
}

/** Full-width ASCII variants (`１７`, `ＡＢ`, `（`) become their ASCII twins; the ideographic space becomes a space. */
const FULL_WIDTH_OR_IDEOGRAPHIC_SPACE = /[\uff01-\uff5e\u3000]/g;

function halfWidthOf(character: string): string {
  const code = character.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

export function toHalfWidth(text: string): string {
  // One replace touches only the full-width characters; a walk that rebuilt the string character by
  // character was a visible share of reading a sheet (nearly every cell has a `，`).
  return text.replace(FULL_WIDTH_OR_IDEOGRAPHIC_SPACE, halfWidthOf);
}

/** Full-width digits and Latin letters only (`１７` → `17`); punctuation is left alone. */
export function toHalfWidthAlphanumerics(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0));
}

/** Every kind of white space, including the ideographic space and non-breaking space. */
export const WHITESPACE = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** The text without any white space at all (for matching labels and headers split by line breaks). */
export function removeWhitespace(text: string): string {
  return text.replace(WHITESPACE, '');
}

/**
 * A character around which Chinese typesetting puts no spaces and uses full-width punctuation:
 * ideographs, CJK punctuation (`。、《》`), full-width forms (`，（）：`) and curly quotes.
 */
export function isChineseContext(character: string | undefined): boolean {
  if (character === undefined || character === '') return false;
  return isChineseContextCode(character.charCodeAt(0));
}

/** `isChineseContext` asked by UTF-16 code. */
export function isChineseContextCode(code: number): boolean {
  return isCjkCode(code) || (code >= 0xff01 && code <= 0xff60) || (code >= 0x2018 && code <= 0x201f) || code === 0x2014 || code === 0x2026;
}

/** Whether a UTF-16 code is white space as `\s` means it, asked by code so a scan makes no string per character. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029
    || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a character is white space as `\s` means it (what `String.prototype.trim` removes). */
export function isWhitespaceCharacter(character: string): boolean {
  return character !== '' && character.trim() === '';
}

/**
 * Characters the text ends with, and white space among them when `withWhitespace`, removed by a
 * backward loop. A regex such as `/[。.]+$/` retries a long run from each of its characters: half a
 * second on one 32,767-character cell.
 *
 * @example
 * trimTrailing('完成。。', new Set(['。'])) // '完成'
 */
export function trimTrailing(text: string, characters: ReadonlySet<string>, withWhitespace = false): string {
  let end = text.length;
  while (end > 0) {
    const character = text.charAt(end - 1);
    if (!characters.has(character) && !(withWhitespace && isWhitespaceCharacter(character))) break;
    end -= 1;
  }
  return end === text.length ? text : text.slice(0, end);
}
