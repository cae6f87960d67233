/**
 * The shared strings of xl/sharedStrings.xml as the text `readSheet` shows for them: a plain `<t>`, or
 * the runs of rich text joined; phonetic guides (`<rPh>`, furigana) left out. Mirrors ExcelJS's
 * shared-string xforms, including which element wins when one string holds both forms.
 */
import { decodeEscapedCharacters } from './excelJsConversions';
import { DamagedXlsxError } from './readerErrors';
import { XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlCursor } from './xmlCursor';

const PART = 'xl/sharedStrings.xml';
// Imported bindings compile to getters under some loaders (tsx); the loops compare plain constants.
const END = XML_END;
const OPEN = XML_OPEN;
const CLOSE = XML_CLOSE;
const TEXT = XML_TEXT;

/**
 * One entry per `<si>`; null for an `<si>` with neither text nor runs, which Excel shows as an empty cell
 * (ExcelJS loads it as an empty object, shown as `[object Object]`).
 */
export type SharedStrings = readonly (string | null)[];

export function readSharedStrings(xml: string): SharedStrings {
  const cursor = new XmlCursor(xml, PART);
  const strings: (string | null)[] = [];
  const plainItems = new PlainStringItems(xml, cursor);
  for (;;) {
    const plain = plainItems.read();
    if (plain !== null) {
      strings.push(plain);
      continue;
    }
    const token = cursor.next();
    if (token === END) break;
    if (token !== OPEN) continue;
    if (cursor.name === 'si') strings.push(readStringItem(cursor));
    else if (cursor.name !== 'sst') throw new DamagedXlsxError(`<${cursor.name}> in ${PART}`);
  }
  return strings;
}

const PLAIN_START = '<si><t>';
const PRESERVED_START = '<si><t xml:space="preserve">';
const PLAIN_END = '</t></si>';
const LESS_THAN = 60;

/**
 * Reads the common item straight from the text, as `readStringItem` would read it: exactly
 * `<si><t>text</t></si>` or `<si><t xml:space="preserve">text</t></si>`, the text without entities or
 * carriage returns (which the cursor decodes). Where the next `&`, carriage return and `_x` lie is
 * looked up natively (`indexOf`) and kept until passed, so the text is never scanned character by character.
 */
class PlainStringItems {
  private nextAmpersand = -1;
  private nextCarriageReturn = -1;
  private nextEscape = -1;

  constructor(
    private readonly xml: string,
    private readonly cursor: XmlCursor,
  ) {}

  /** The next item when it is plain (text before it skipped, as the general loop skips it); else null, having consumed no item. */
  read(): string | null {
    const xml = this.xml;
    const cursor = this.cursor;
    let at = cursor.offset;
    if (at < 0) return null;
    if (xml.charCodeAt(at) !== LESS_THAN) {
      at = xml.indexOf('<', at);
      if (at < 0) return null;
      cursor.skipTo(at);
    }
    let textStart: number;
    if (xml.startsWith(PLAIN_START, at)) textStart = at + PLAIN_START.length;
    else if (xml.startsWith(PRESERVED_START, at)) textStart = at + PRESERVED_START.length;
    else return null;
    const textEnd = xml.indexOf('<', textStart);
    if (textEnd < 0 || !xml.startsWith(PLAIN_END, textEnd)) return null;
    if (this.nextAmpersand < textStart) this.nextAmpersand = nextIndex(xml, '&', textStart);
    if (this.nextCarriageReturn < textStart) this.nextCarriageReturn = nextIndex(xml, '\r', textStart);
    if (this.nextAmpersand < textEnd || this.nextCarriageReturn < textEnd) return null;
    cursor.skipTo(textEnd + PLAIN_END.length);
    const text = xml.slice(textStart, textEnd);
    if (this.nextEscape < textStart) this.nextEscape = nextIndex(xml, '_x', textStart);
    return this.nextEscape < textEnd ? decodeEscapedCharacters(text) : text;
  }
}

/** Where `text` next occurs from `from` on; past the end of `xml` when it does not. */
function nextIndex(xml: string, text: string, from: number): number {
  const index = xml.indexOf(text, from);
  return index < 0 ? xml.length : index;
}

/** Reads from just after `<si>` to its end. */
function readStringItem(cursor: XmlCursor): string | null {
  let plain: string | null = null;
  let runs: string[] | null = null;
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === CLOSE) {
      if (cursor.name === 'si') break;
      continue;
    }
    if (token !== OPEN) continue;
    switch (cursor.name) {
      case 't':
        plain = readText(cursor);
        break;
      case 'r': {
        // Plain text then runs (CT_Rst: `t?` then `r*`) show one after the other (ExcelJS failed on them).
        (runs ??= plain === null ? [] : [plain]).push(readRun(cursor));
        plain = null;
        break;
      }
      case 'rPh':
        cursor.skipElement();
        break;
      default:
        break;
    }
  }
  // Plain text after runs (out of the schema's order) replaces them, as ExcelJS reads it.
  if (plain !== null) return plain;
  return runs === null ? null : runs.join('');
}

/** Reads from just after `<t>` to its end. */
function readText(cursor: XmlCursor): string {
  let text = '';
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === TEXT) text += cursor.text();
    else if (token === CLOSE && cursor.name === 't') break;
  }
  return decodeEscapedCharacters(text);
}

/** Reads from just after `<r>` to its end: the run's text ('' without a `<t>`), its formatting skipped. */
function readRun(cursor: XmlCursor): string {
  let text = '';
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token === CLOSE) {
      if (cursor.name === 'r') break;
      continue;
    }
    if (token !== OPEN) continue;
    if (cursor.name === 't') text = readText(cursor);
    else cursor.skipElement();
  }
  return text;
}
