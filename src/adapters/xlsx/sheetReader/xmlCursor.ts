/**
 * A pull scanner over an XML document held as one string: no DOM, no event objects. It yields the
 * tokens ExcelJS's SAX parser (saxes) reports and nothing else: element starts and ends (a
 * self-closing element gives both), and text with entities decoded and line ends normalised. CDATA,
 * comments and processing instructions are skipped, as ExcelJS never listens for them. Element and
 * attribute names keep their prefixes (`x:c` is not `c`), as in ExcelJS.
 */
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlToken = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

const LESS_THAN = 60;
const GREATER_THAN = 62;
const SLASH = 47;
const QUESTION_MARK = 63;
const EXCLAMATION_MARK = 33;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
const EQUALS = 61;
const AMPERSAND = 38;

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

export class XmlCursor {
  /** The element name of the last start or end token. */
  name = '';
  private position = 0;
  private tagStart = 0;
  private tagEnd = 0;
  private textStart = 0;
  private textEnd = 0;
  private closePending = false;
  private readonly openElements: string[] = [];
  private readonly wanted: string[] = [''];
  private readonly found: (string | undefined)[] = [];

  /** `part` names the document in error messages. */
  constructor(
    private readonly xml: string,
    private readonly part: string,
  ) {
    if (xml.charCodeAt(0) === 0xfeff) this.position = 1;
  }

  next(): XmlToken {
    const xml = this.xml;
    if (this.closePending) {
      this.closePending = false;
      return XML_CLOSE;
    }
    for (;;) {
      const start = this.position;
      if (start >= xml.length) {
        if (this.openElements.length > 0) throw this.damaged(`<${this.openElements[this.openElements.length - 1] ?? ''}> is not closed`);
        return XML_END;
      }
      if (xml.charCodeAt(start) !== LESS_THAN) {
        const next = xml.indexOf('<', start);
        this.textStart = start;
        this.textEnd = next < 0 ? xml.length : next;
        this.position = this.textEnd;
        return XML_TEXT;
      }
      const second = xml.charCodeAt(start + 1);
      if (second === SLASH) return this.readEndTag(start);
      if (second === QUESTION_MARK) {
        this.position = this.skipPast('?>', start + 2);
        continue;
      }
      if (second === EXCLAMATION_MARK) {
        if (xml.startsWith('<!--', start)) this.position = this.skipPast('-->', start + 4);
        else if (xml.startsWith('<![CDATA[', start)) this.position = this.skipPast(']]>', start + 9);
        else throw new UnsupportedXlsxError(`a document type declaration in ${this.part}`);
        continue;
      }
      return this.readStartTag(start);
    }
  }

  /** The text of the last text token, entities decoded and `\r\n` / `\r` read as `\n`. */
  text(): string {
    const raw = this.xml.slice(this.textStart, this.textEnd);
    if (raw.indexOf('&') < 0 && raw.indexOf('\r') < 0) return raw;
    return this.decodeEntities(raw.replace(/\r\n?/g, '\n'));
  }

  /** An attribute of the last start tag, decoded (literal tabs and line ends read as spaces), or undefined. */
  attribute(wanted: string): string | undefined {
    this.wanted[0] = wanted;
    this.readAttributes(this.wanted, this.found);
    return this.found[0];
  }

  /**
   * Several attributes of the last start tag in one pass: `into[i]` receives `wanted[i]`'s value or
   * undefined (`into` may be longer; the rest is left alone). For the hot elements (`<c r s t>`), where reading them one by one showed in profiles.
   */
  readAttributes(wanted: readonly string[], into: (string | undefined)[]): void {
    const xml = this.xml;
    const end = this.tagEnd;
    const count = wanted.length;
    for (let index = 0; index < count; index += 1) into[index] = undefined;
    let cursor = this.tagStart;
    while (cursor < end) {
      let code = xml.charCodeAt(cursor);
      if (isSpace(code)) {
        cursor += 1;
        continue;
      }
      const nameStart = cursor;
      while (cursor < end && (code = xml.charCodeAt(cursor)) !== EQUALS && !isSpace(code)) cursor += 1;
      const nameEnd = cursor;
      while (cursor < end && isSpace(xml.charCodeAt(cursor))) cursor += 1;
      if (xml.charCodeAt(cursor) !== EQUALS) throw this.damaged('an attribute without a value');
      cursor += 1;
      while (cursor < end && isSpace(xml.charCodeAt(cursor))) cursor += 1;
      const quote = xml.charCodeAt(cursor);
      if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) throw this.damaged('an unquoted attribute');
      const valueStart = cursor + 1;
      let plain = true;
      for (cursor = valueStart; cursor < end; cursor += 1) {
        code = xml.charCodeAt(cursor);
        if (code === quote) break;
        if (code === AMPERSAND || code === 9 || code === 10 || code === 13) plain = false;
      }
      if (cursor >= end) throw this.damaged('an unterminated attribute');
      const nameLength = nameEnd - nameStart;
      for (let index = 0; index < count; index += 1) {
        const name = wanted[index] ?? '';
        if (name.length !== nameLength || !sameText(xml, nameStart, name)) continue;
        const raw = xml.slice(valueStart, cursor);
        into[index] = plain ? raw : this.decodeEntities(raw.replace(/\r\n|[\t\n\r]/g, ' '));
      }
      cursor += 1;
    }
  }

  /**
   * When the element whose start was just read holds nothing but `<child>plain text</child>` (no
   * entities, line ends or other markup), consumes it through its end tag and returns the text; else
   * returns null and consumes nothing. The common cell `<c r="B4" t="s"><v>4</v></c>` is read this way
   * without a token per tag.
   */
  readSoleChildText(child: string): string | null {
    const end = this.findSoleChildText(child);
    if (end < 0) return null;
    const text = this.xml.slice(this.textStart, this.textEnd);
    this.leaveElement(end);
    return text;
  }

  /**
   * Like `readSoleChildText`, for a child holding only the digits of a whole number below 10⁹ (a
   * shared-string index): the number, without making a string of it; -1 when the element is not so.
   */
  readSoleChildInteger(child: string): number {
    const end = this.findSoleChildText(child);
    const xml = this.xml;
    const length = this.textEnd - this.textStart;
    if (end < 0 || length > 9) return -1;
    let number = 0;
    for (let index = this.textStart; index < this.textEnd; index += 1) {
      const digit = xml.charCodeAt(index) - 48;
      if (digit < 0 || digit > 9) return -1;
      number = number * 10 + digit;
    }
    this.leaveElement(end);
    return number;
  }

  /** Where the open element ends when it holds only `<child>plain text</child>` (its text range noted), else -1. */
  private findSoleChildText(child: string): number {
    if (this.closePending) return -1;
    const xml = this.xml;
    const parent = this.openElements[this.openElements.length - 1];
    if (parent === undefined) return -1;
    const open = this.position;
    const childLength = child.length;
    if (xml.charCodeAt(open) !== LESS_THAN || xml.charCodeAt(open + 1 + childLength) !== GREATER_THAN || !sameText(xml, open + 1, child)) return -1;
    const textStart = open + childLength + 2;
    let textEnd = textStart;
    for (let code = xml.charCodeAt(textEnd); code !== LESS_THAN; code = xml.charCodeAt(textEnd)) {
      if (code === AMPERSAND || code === 13 || Number.isNaN(code)) return -1;
      textEnd += 1;
    }
    if (textEnd === textStart) return -1;
    let cursor = textEnd;
    if (xml.charCodeAt(cursor + 1) !== SLASH || xml.charCodeAt(cursor + 2 + childLength) !== GREATER_THAN || !sameText(xml, cursor + 2, child)) return -1;
    cursor += childLength + 3;
    const parentLength = parent.length;
    if (xml.charCodeAt(cursor) !== LESS_THAN || xml.charCodeAt(cursor + 1) !== SLASH) return -1;
    if (xml.charCodeAt(cursor + 2 + parentLength) !== GREATER_THAN || !sameText(xml, cursor + 2, parent)) return -1;
    this.textStart = textStart;
    this.textEnd = textEnd;
    return cursor + parentLength + 3;
  }

  /**
   * Continues at `end`, as if the end tag of the innermost open element had just been read: for a
   * caller that has read that end tag itself (`</row>`), everything before it having been balanced.
   */
  leaveElement(end: number): void {
    this.position = end;
    this.name = this.openElements.pop() ?? '';
  }

  /**
   * Where the next token starts, for a caller that reads a stretch of plain markup itself (the common
   * rows and cells of a worksheet); -1 while the end of a self-closing element is still to be reported.
   */
  get offset(): number {
    return this.closePending ? -1 : this.position;
  }

  /** Continues at `offset`, up to which the caller has read whole elements and text itself (so the open elements are unchanged). */
  skipTo(offset: number): void {
    this.position = offset;
  }

  /**
   * Continues after a start tag of `name` that the caller read itself, up to `end` (just past its `>`),
   * exactly as if `next` had returned it (its attributes are not kept: the caller has them).
   */
  enterElement(name: string, end: number, selfClosing: boolean): void {
    this.position = end;
    this.name = name;
    this.tagStart = end;
    this.tagEnd = end;
    if (selfClosing) this.closePending = true;
    else this.openElements.push(name);
  }

  /** Skips everything up to the end of the element whose start was just read (its end token included). */
  skipElement(): void {
    const depth = this.openElements.length;
    if (this.closePending) {
      this.closePending = false;
      return;
    }
    for (;;) {
      const token = this.next();
      if (token === XML_CLOSE && this.openElements.length === depth - 1) return;
      if (token === XML_END) return;
    }
  }

  private readStartTag(start: number): XmlToken {
    const xml = this.xml;
    const length = xml.length;
    let cursor = start + 1;
    for (; cursor < length; cursor += 1) {
      const code = xml.charCodeAt(cursor);
      if (code === GREATER_THAN || code === SLASH || isSpace(code)) break;
    }
    const name = xml.slice(start + 1, cursor);
    if (name === '') throw this.damaged('a tag without a name');
    this.tagStart = cursor;
    let quote = 0;
    for (; cursor < length; cursor += 1) {
      const code = xml.charCodeAt(cursor);
      if (quote !== 0) {
        if (code === quote) quote = 0;
      } else if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) {
        quote = code;
      } else if (code === GREATER_THAN) {
        break;
      }
    }
    if (cursor >= length) throw this.damaged(`<${name} is not finished`);
    const selfClosing = xml.charCodeAt(cursor - 1) === SLASH;
    this.tagEnd = selfClosing ? cursor - 1 : cursor;
    this.position = cursor + 1;
    this.name = name;
    if (selfClosing) this.closePending = true;
    else this.openElements.push(name);
    return XML_OPEN;
  }

  private readEndTag(start: number): XmlToken {
    const end = this.xml.indexOf('>', start + 2);
    if (end < 0) throw this.damaged('an unfinished end tag');
    const name = this.xml.slice(start + 2, end).trimEnd();
    if (this.openElements.pop() !== name) throw this.damaged(`</${name}> does not match its start tag`);
    this.name = name;
    this.position = end + 1;
    return XML_CLOSE;
  }

  private skipPast(terminator: string, from: number): number {
    const end = this.xml.indexOf(terminator, from);
    if (end < 0) throw this.damaged(`no ${terminator}`);
    return end + terminator.length;
  }

  private decodeEntities(raw: string): string {
    let decoded = '';
    let last = 0;
    for (let ampersand = raw.indexOf('&'); ampersand >= 0; ampersand = raw.indexOf('&', last)) {
      const semicolon = raw.indexOf(';', ampersand + 1);
      if (semicolon < 0) throw this.damaged('an unterminated entity');
      decoded += raw.slice(last, ampersand) + this.entity(raw.slice(ampersand + 1, semicolon));
      last = semicolon + 1;
    }
    return decoded + raw.slice(last);
  }

  private entity(body: string): string {
    const named = NAMED_ENTITIES[body];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(body) ? parseInt(body.slice(2), 16) : /^#[0-9]+$/.test(body) ? parseInt(body.slice(1), 10) : NaN;
    if (!(code >= 0 && code <= 0x10ffff)) throw this.damaged(`the entity &${body};`);
    return String.fromCodePoint(code);
  }

  private damaged(what: string): DamagedXlsxError {
    return new DamagedXlsxError(`${what} in ${this.part}`);
  }
}

/** `text` is at `start` in `xml` (a plain loop: attribute names are one to a few characters). */
function sameText(xml: string, start: number, text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (xml.charCodeAt(start + index) !== text.charCodeAt(index)) return false;
  }
  return true;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}
