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
 * One entry per `<si>`; null for an `<si>` with neither text nor runs, which ExcelJS loads as an empty
 * object (shown as `[object Object]`): a cell pointing at one is left to ExcelJS.
 */
export type SharedStrings = readonly (string | null)[];

export function readSharedStrings(xml: string): SharedStrings {
  const cursor = new XmlCursor(xml, PART);
  const strings: (string | null)[] = [];
  for (let token = cursor.next(); token !== END; token = cursor.next()) {
    if (token !== OPEN) continue;
    if (cursor.name === 'si') strings.push(readStringItem(cursor));
    else if (cursor.name !== 'sst') throw new DamagedXlsxError(`<${cursor.name}> in ${PART}`);
  }
  return strings;
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
        const run = readRun(cursor);
        // ExcelJS fails on a run after plain text (it tries to add the run to a string).
        if (plain !== null) throw new DamagedXlsxError(`a run after plain text in ${PART}`);
        (runs ??= []).push(run);
        break;
      }
      case 'rPh':
        cursor.skipElement();
        break;
      default:
        break;
    }
  }
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
