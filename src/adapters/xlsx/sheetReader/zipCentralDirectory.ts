/**
 * The central directory of a zip held in memory: where each entry's data is and how it is packed. Pure
 * code (browser and Node): the Node reader inflates with node:zlib (`readZipEntries`), the browser's with
 * `DecompressionStream` (`unpackZipEntries`). Only what .xlsx writers produce is read: stored or deflated
 * entries in a single-disk, non-zip64 archive; anything else is refused, not guessed at.
 */
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8_NAME = 0x0800;
const ZIP64_MARKER_16 = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;
export interface ZipEntry {
  readonly method: number;
  readonly dataStart: number;
  readonly compressedSize: number;
  /** As the central directory declares it: a hint for the output buffer, not trusted. */
  readonly uncompressedSize: number;
  /** The CRC-32 the central directory gives for the inflated data. */
  readonly crc: number;
}

export function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  if (end < 0) throw new DamagedXlsxError('no end of central directory');
  if (end >= 20 && view.getUint32(end - 20, true) === ZIP64_END_LOCATOR) throw new UnsupportedXlsxError('zip64 archive');
  const entryCount = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  if (entryCount === ZIP64_MARKER_16 || directoryOffset === ZIP64_MARKER_32) throw new UnsupportedXlsxError('zip64 archive');
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) throw new UnsupportedXlsxError('multi-disk archive');

  const entries = new Map<string, ZipEntry>();
  let cursor = directoryOffset;
  for (let index = 0; index < entryCount; index += 1) {
    if (cursor + 46 > bytes.length || view.getUint32(cursor, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new DamagedXlsxError('broken central directory');
    }
    const flags = view.getUint16(cursor + 8, true);
    const method = view.getUint16(cursor + 10, true);
    const crc = view.getUint32(cursor + 16, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const uncompressedSize = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const localOffset = view.getUint32(cursor + 42, true);
    const nameBytes = bytes.subarray(cursor + 46, cursor + 46 + nameLength);
    cursor += 46 + nameLength + extraLength + commentLength;

    if (compressedSize === ZIP64_MARKER_32 || uncompressedSize === ZIP64_MARKER_32 || localOffset === ZIP64_MARKER_32) {
      throw new UnsupportedXlsxError('zip64 entry');
    }
    if ((flags & FLAG_ENCRYPTED) !== 0) throw new UnsupportedXlsxError('encrypted entry');
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) throw new UnsupportedXlsxError(`compression method ${method}`);
    // Some Windows zippers write `xl\\workbook.xml`; Excel reads the backslash as the folder separator.
    const name = entryName(nameBytes, flags).replace(/\\/g, '/');
    // Folders carry no data; ExcelJS skips them too.
    if (name.endsWith('/')) continue;
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== LOCAL_HEADER) {
      throw new DamagedXlsxError(`broken local header of ${name}`);
    }
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.length) throw new DamagedXlsxError(`${name} runs past the end of the file`);
    // A later entry of the same name replaces an earlier one, as in JSZip.
    entries.set(name.startsWith('/') ? name.slice(1) : name, { method, dataStart, compressedSize, uncompressedSize, crc });
  }
  return entries;
}

/** Names are UTF-8 when flagged; unflagged names are only read when plain ASCII (JSZip would read them as CP437). */
function entryName(nameBytes: Uint8Array, flags: number): string {
  if ((flags & FLAG_UTF8_NAME) === 0 && nameBytes.some((byte) => byte > 0x7f)) throw new UnsupportedXlsxError('non-UTF-8 entry name');
  return new TextDecoder('utf-8').decode(nameBytes);
}

/** The end record sits in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes). */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
