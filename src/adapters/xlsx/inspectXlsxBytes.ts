/**
 * Checks a user's file before ExcelJS unpacks it: what kind of container it is and how large it would
 * get. Pure (no Node, no DOM), so the standalone page and the CLI refuse the same files the same way.
 */

export const MAX_FILE_MEGABYTES = 50;
export const MAX_UNPACKED_MEGABYTES = 500;
const MEGABYTE = 1024 * 1024;

/** Keys of src/core/messages/app.ts for a file that cannot be opened. */
export type FileProblemKey =
  | 'file.notFound'
  | 'file.notXlsx'
  | 'file.corrupt'
  | 'file.encrypted'
  | 'file.empty'
  | 'file.tooLarge'
  | 'file.unpackedTooLarge'
  | 'file.wouldOverwrite'
  | 'file.outputFolderMissing'
  | 'file.outputIsLink'
  | 'file.outputIsFolder'
  | 'file.outputNotWritable'
  | 'file.outputNameTooLong'
  | 'file.outputDiskFull'
  | 'file.writeFailed';

export interface FileProblem {
  readonly key: FileProblemKey;
  /** Placeholders of the message: `file` always, `limit` (MB) for the size problems, `detail` for `file.writeFailed`. */
  readonly params: Readonly<Record<string, string | number>>;
}

export type XlsxInspection = { readonly ok: true; readonly unpackedBytes: number } | { readonly ok: false; readonly problem: FileProblem };

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
/** OLE compound file: a legacy .xls/.et, or an .xlsx that Excel or WPS encrypted with a password. */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * `fileName` only fills the `file` placeholder of the problem's message.
 *
 * @example
 * inspectXlsxBytes(bytes, '三季度.xlsx') // { ok: true, unpackedBytes: 48213 }
 * inspectXlsxBytes(bytes, '旧表.xls')    // { ok: false, problem: { key: 'file.notXlsx', params: { file: '旧表.xls' } } }
 */
export function inspectXlsxBytes(input: Uint8Array | ArrayBuffer, fileName = ''): XlsxInspection {
  // By internal slot, not `instanceof`: bytes may come from another realm (a frame, a jsdom window).
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  const refuse = (key: FileProblemKey, extra: Record<string, number> = {}): XlsxInspection => ({
    ok: false,
    problem: { key, params: { file: fileName, ...extra } },
  });
  if (bytes.length === 0) return refuse('file.empty');
  if (bytes.length > MAX_FILE_MEGABYTES * MEGABYTE) return refuse('file.tooLarge', { limit: MAX_FILE_MEGABYTES });
  if (startsWith(bytes, COMPOUND_FILE)) {
    return containsUtf16(bytes, 'EncryptedPackage') ? refuse('file.encrypted') : refuse('file.notXlsx');
  }
  if (startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return refuse('file.empty');
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return refuse('file.notXlsx');

  const directory = readCentralDirectory(bytes);
  if (!directory) return refuse('file.corrupt');
  // A .docx, an .ods or a plain zip renamed to .xlsx: a zip without the workbook part is no workbook.
  if (!hasWorkbookPart(directory.names)) return refuse('file.notXlsx');
  if (directory.unpackedBytes > MAX_UNPACKED_MEGABYTES * MEGABYTE) {
    return refuse('file.unpackedTooLarge', { limit: MAX_UNPACKED_MEGABYTES });
  }
  return { ok: true, unpackedBytes: directory.unpackedBytes };
}

/** One entry of the central directory as it is stored: where its data starts, and how it is packed. */
export interface PackedEntry {
  readonly name: string;
  /** The name as stored, and the general-purpose flags (bit 11: the name is UTF-8), to write the entry again as it was. */
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly crc: number;
  readonly method: number;
  readonly compressedSize: number;
  /** As declared; a hostile file may declare 100 bytes for a part that unpacks to gigabytes. */
  readonly declaredSize: number;
  /** -1 when the local header is not where the directory says (the reader that unpacks it will say the file is damaged). */
  readonly dataStart: number;
}

export interface CentralDirectory {
  readonly names: ReadonlySet<string>;
  /** Sum of the declared uncompressed sizes: what unpacking would allocate, known before unpacking. */
  readonly unpackedBytes: number;
  readonly entries: readonly PackedEntry[];
}

const LOCAL_HEADER = 0x04034b50;

/** The zip's central directory, or null when there is none to read (not a zip, or truncated). */
export function readCentralDirectory(bytes: Uint8Array): CentralDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) return null;
  let entryCount = view.getUint16(end + 10, true);
  let directorySize = view.getUint32(end + 12, true);
  let directoryOffset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_END_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (zip64End + 56 > bytes.length || view.getUint32(zip64End, true) !== ZIP64_END_OF_CENTRAL_DIRECTORY) return null;
    entryCount = Number(view.getBigUint64(zip64End + 32, true));
    directorySize = Number(view.getBigUint64(zip64End + 40, true));
    directoryOffset = Number(view.getBigUint64(zip64End + 48, true));
  }
  if (directoryOffset + directorySize > bytes.length) return null;

  const names = new Set<string>();
  const entries: PackedEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let unpackedBytes = 0;
  let cursor = directoryOffset;
  for (let entry = 0; entry < entryCount; entry += 1) {
    if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const flags = view.getUint16(cursor + 8, true);
    const method = view.getUint16(cursor + 10, true);
    const crc = view.getUint32(cursor + 16, true);
    let compressedSize = view.getUint32(cursor + 20, true);
    let uncompressed = view.getUint32(cursor + 24, true);
    let localOffset = view.getUint32(cursor + 42, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const nameStart = cursor + 46;
    if (nameStart + nameLength + extraLength > bytes.length) return null;
    const nameBytes = bytes.subarray(nameStart, nameStart + nameLength);
    const name = decoder.decode(nameBytes).replace(/^\//, '');
    names.add(name);
    if (uncompressed === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const zip64 = zip64Sizes(view, nameStart + nameLength, extraLength, { uncompressed, compressedSize, localOffset });
      if (zip64 === null) return null;
      ({ uncompressed, compressedSize, localOffset } = zip64);
    }
    unpackedBytes += uncompressed;
    entries.push({ name, nameBytes, flags, crc, method, compressedSize, declaredSize: uncompressed, dataStart: dataStartOf(view, localOffset, compressedSize) });
    cursor = nameStart + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes, entries };
}

function dataStartOf(view: DataView, localOffset: number, compressedSize: number): number {
  if (localOffset + 30 > view.byteLength || view.getUint32(localOffset, true) !== LOCAL_HEADER) return -1;
  const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  return dataStart + compressedSize > view.byteLength ? -1 : dataStart;
}

/** The end record sits in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes). */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

interface EntrySizes {
  readonly uncompressed: number;
  readonly compressedSize: number;
  readonly localOffset: number;
}

/** The ZIP64 extra field holds, in this order, each of the three values the directory marked 0xFFFFFFFF. */
function zip64Sizes(view: DataView, extraStart: number, extraLength: number, declared: EntrySizes): EntrySizes | null {
  let cursor = extraStart;
  while (cursor + 4 <= extraStart + extraLength) {
    const headerId = view.getUint16(cursor, true);
    const size = view.getUint16(cursor + 2, true);
    if (headerId === 0x0001) {
      let field = cursor + 4;
      const next = (marked: number): number | null => {
        if (marked !== 0xffffffff) return marked;
        if (field + 8 > cursor + 4 + size || field + 8 > view.byteLength) return null;
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const uncompressed = next(declared.uncompressed);
      const compressedSize = next(declared.compressedSize);
      const localOffset = next(declared.localOffset);
      if (uncompressed === null || compressedSize === null || localOffset === null) return null;
      return { uncompressed, compressedSize, localOffset };
    }
    cursor += 4 + size;
  }
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * Whether a zip's entry names hold a workbook part. Excel finds the workbook through the package's
 * relationships, wherever it is and however its name is spelled (`xl/WorkBook.xml`, `workbook.xml` at the
 * root, `xl\\workbook.xml` from Windows zippers), so any `workbook.xml` beside the content types will do;
 * the reader then follows the relationships and names any damage.
 */
export function hasWorkbookPart(entryNames: ReadonlySet<string>): boolean {
  if (entryNames.has('xl/workbook.xml')) return true;
  const names = [...entryNames].map((name) => name.toLowerCase().replace(/\\/g, '/'));
  return names.includes('[content_types].xml') && names.some((name) => /(^|\/)workbook\.xml$/.test(name));
}

/** Stream names in a compound file's directory are UTF-16LE. */
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
