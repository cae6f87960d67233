/**
 * Reads the start tag of a worksheet's most frequent elements (`<row r="5" spans="1:6">`,
 * `<c r="B5" s="3" t="s">`) in place: where its `r`, `s` and `t` attribute values lie, without making a
 * string per tag or per value. Only plain tags are read: well-formed attributes, and `r`, `s` and `t`
 * values without entities, tabs or line ends (which the cursor would decode or read as spaces). For anything else `read` answers false and the caller
 * lets `XmlCursor` read the element, so whatever this module does not handle is read exactly as before.
 * The helpers the hot loops need are methods, not imported functions: under tsx an imported function
 * is reached through a getter on every call, which showed in profiles.
 */

const LESS_THAN = 60;
const GREATER_THAN = 62;
const SLASH = 47;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const AMPERSAND = 38;
const LETTER_R = 114;
const LETTER_S = 115;
const LETTER_T = 116;

/** One per part, reused for every tag: its fields describe the last tag `read` accepted. */
export class PlainStartTag {
  /** Just past the tag's `>`. */
  end = 0;
  selfClosing = false;
  /** The value of `r` is `xml.slice(rStart, rEnd)`; -1 when the tag has no `r`. Likewise `s` and `t`. */
  rStart = -1;
  rEnd = -1;
  sStart = -1;
  sEnd = -1;
  tStart = -1;
  tEnd = -1;

  constructor(private readonly xml: string) {}

  /** Whether a plain start tag of the element `name` begins at `offset` (its `<`); when so, the fields describe it. */
  read(offset: number, name: string): boolean {
    const xml = this.xml;
    if (xml.charCodeAt(offset) !== LESS_THAN || !this.startsAt(offset + 1, name)) return false;
    let cursor = offset + 1 + name.length;
    const afterName = xml.charCodeAt(cursor);
    if (afterName !== GREATER_THAN && afterName !== SLASH && !isSpace(afterName)) return false;
    this.rStart = this.rEnd = this.sStart = this.sEnd = this.tStart = this.tEnd = -1;
    const length = xml.length;
    for (;;) {
      let code = xml.charCodeAt(cursor);
      if (isSpace(code)) {
        cursor += 1;
        continue;
      }
      if (code === GREATER_THAN) {
        this.end = cursor + 1;
        this.selfClosing = false;
        return true;
      }
      if (code === SLASH) {
        if (xml.charCodeAt(cursor + 1) !== GREATER_THAN) return false;
        this.end = cursor + 2;
        this.selfClosing = true;
        return true;
      }
      const nameStart = cursor;
      while (cursor < length && (code = xml.charCodeAt(cursor)) !== EQUALS && !isSpace(code)) {
        if (code === GREATER_THAN || code === SLASH || code === LESS_THAN || code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return false;
        cursor += 1;
      }
      const nameLength = cursor - nameStart;
      if (nameLength === 0) return false;
      while (cursor < length && isSpace(xml.charCodeAt(cursor))) cursor += 1;
      if (xml.charCodeAt(cursor) !== EQUALS) return false;
      cursor += 1;
      while (cursor < length && isSpace(xml.charCodeAt(cursor))) cursor += 1;
      const quote = xml.charCodeAt(cursor);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) return false;
      const valueStart = cursor + 1;
      // Values are short: a loop beats a call to indexOf, and notes on the way whether the value is plain.
      let plain = true;
      for (cursor = valueStart; (code = xml.charCodeAt(cursor)) !== quote; cursor += 1) {
        if (code === AMPERSAND || code === 9 || code === 10 || code === 13) plain = false;
        else if (cursor >= length) return false;
      }
      const valueEnd = cursor;
      cursor += 1;
      if (nameLength !== 1) continue;
      const letter = xml.charCodeAt(nameStart);
      if (letter !== LETTER_R && letter !== LETTER_S && letter !== LETTER_T) continue;
      if (!plain) return false;
      // A repeated attribute: the last one counts, as in `XmlCursor.readAttributes`.
      if (letter === LETTER_R) {
        this.rStart = valueStart;
        this.rEnd = valueEnd;
      } else if (letter === LETTER_S) {
        this.sStart = valueStart;
        this.sEnd = valueEnd;
      } else {
        this.tStart = valueStart;
        this.tEnd = valueEnd;
      }
    }
  }

  /**
   * The whole number written from `start` to `end` with one to nine digits and nothing else (what
   * `parseInt` reads from it), or -1.
   */
  digitsValue(start: number, end: number): number {
    if (end <= start || end - start > 9) return -1;
    const xml = this.xml;
    let number = 0;
    for (let index = start; index < end; index += 1) {
      const digit = xml.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    return number;
  }

  /** `text` is at `start`. */
  startsAt(start: number, text: string): boolean {
    const xml = this.xml;
    for (let index = 0; index < text.length; index += 1) {
      if (xml.charCodeAt(start + index) !== text.charCodeAt(index)) return false;
    }
    return true;
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
