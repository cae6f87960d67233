/**
 * What a file really is, from its bytes, not its name: bureaus rename files freely, report systems export
 * HTML or SpreadsheetML under `.xls`, and WPS saves `.et` in several containers. Pure (no Node, no DOM).
 */
import { hasWorkbookPart, readCentralDirectory } from '../xlsx/inspectXlsxBytes';

export type FileFormat =
  /** An Office Open XML workbook (.xlsx, or an .et/.xls that is one). */
  | 'xlsx'
  /** An Office Open XML document: its tables are read. */
  | 'docx'
  /** A zip that is neither (an .ods, an archive renamed). */
  | 'otherZip'
  /** A compound file holding an Excel 97-2003 workbook stream (.xls, often .et). */
  | 'xls'
  /** A compound file holding a Word 97-2003 or WPS Writer document (.doc, .wps). */
  | 'doc'
  /** A compound file holding an encrypted OOXML package: a password-protected .xlsx or .docx. */
  | 'encrypted'
  /** Some other compound file (an .et of WPS's own, a PowerPoint …). */
  | 'otherCompound'
  /** Excel 2003 XML (SpreadsheetML), which report systems export under `.xls`. */
  | 'spreadsheetXml'
  /** An HTML page with a table, which report systems also export under `.xls`. */
  | 'html'
  /** Plain text: read as comma, tab or semicolon separated values. */
  | 'text'
  | 'empty'
  /** Anything else (an image, a PDF, a binary of unknown kind). */
  | 'unknown';

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** How much of the start of a file is looked at to tell text from binary and markup from data. */
const SNIFF_BYTES = 8192;

/**
 * @example
 * sniffFormat(bytesOf('旧表.xls'))       // 'xls'
 * sniffFormat(bytesOf('导出.xls'))       // 'html' when the report system wrote a web page
 * sniffFormat(bytesOf('进展.csv'))       // 'text'
 */
export function sniffFormat(input: Uint8Array | ArrayBuffer): FileFormat {
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return zipFormat(bytes);
  if (startsWith(bytes, COMPOUND_FILE)) return compoundFormat(bytes);
  return textFormat(bytes.subarray(0, SNIFF_BYTES));
}

function zipFormat(bytes: Uint8Array): FileFormat {
  const directory = readCentralDirectory(bytes);
  // A truncated or empty zip goes to the workbook reader, which names the damage.
  if (directory === null || directory.names.has('xl/workbook.xml')) return 'xlsx';
  if (directory.names.has('word/document.xml')) return 'docx';
  // A workbook part elsewhere or spelled otherwise (`xl/WorkBook.xml`, `xl\workbook.xml`) is still one.
  if (hasWorkbookPart(directory.names)) return 'xlsx';
  return 'otherZip';
}

/**
 * Stream names live in the compound file's directory sectors, UTF-16LE. Looking for them anywhere is a
 * heuristic, but the names are distinctive and a wrong guess only changes which message is shown: the
 * readers themselves validate the container.
 */
function compoundFormat(bytes: Uint8Array): FileFormat {
  if (containsUtf16(bytes, 'EncryptedPackage')) return 'encrypted';
  // Word first: a document's own text (UTF-16 too) may well contain the word "Book".
  if (containsUtf16(bytes, 'WordDocument')) return 'doc';
  if (containsUtf16(bytes, 'Workbook') || containsUtf16(bytes, 'Book')) return 'xls';
  return 'otherCompound';
}

function textFormat(head: Uint8Array): FileFormat {
  if (looksBinary(head)) return 'unknown';
  // Markup is told by its first tag; ASCII-only lowering is enough for tag names.
  const start = asciiText(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (start.startsWith('<?xml') || start.startsWith('<workbook')) {
    return start.includes('urn:schemas-microsoft-com:office:spreadsheet') ? 'spreadsheetXml' : 'unknown';
  }
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || (start.startsWith('<') && start.includes('<table'))) return 'html';
  return 'text';
}

/** NUL bytes do not occur in UTF-8 or GBK text; UTF-16 text (with its BOM) is allowed. */
function looksBinary(head: Uint8Array): boolean {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  return head.includes(0);
}

function asciiText(head: Uint8Array): string {
  let text = '';
  for (const byte of head) text += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  return text;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** Whether `text` occurs in `bytes` as UTF-16LE. */
function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((character) => [character.charCodeAt(0), 0]);
  const first = needle[0];
  outer: for (let index = 0; index + needle.length <= bytes.length; index += 1) {
    if (bytes[index] !== first) continue;
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (bytes[index + offset] !== needle[offset]) continue outer;
    }
    return true;
  }
  return false;
}
