/**
 * The entries of a zip held in memory, unpacked one at a time with Node's native inflate (JSZip inflates
 * in JavaScript, which was most of ExcelJS's load time). Node only; the browser's are `UnpackedZipEntries`.
 */
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';
import { DamagedXlsxError, UnsupportedXlsxError } from './readerErrors';
import type { PackageEntries } from './packageEntries';
import { METHOD_DEFLATED, METHOD_STORED, readCentralDirectory, type ZipEntry } from './zipCentralDirectory';

/** zlib's default output chunk, and the most room made up front for one part whatever its header claims. */
const DEFAULT_CHUNK = 16 * 1024;
const MAX_CHUNK = 64 * 1024 * 1024;

export class ZipEntries implements PackageEntries {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  /** Reads the central directory; throws `UnsupportedXlsxError` or `DamagedXlsxError`. */
  static read(bytes: Uint8Array): ZipEntries {
    return new ZipEntries(bytes, readCentralDirectory(bytes));
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry names, in the order of the central directory. */
  names(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * Inflates every deflated entry except `alreadyRead`, throwing `DamagedXlsxError` at the first that
   * fails: ExcelJS unpacks every entry, so a file with any broken entry is `file.corrupt`, whichever part it is.
   */
  checkEntriesInflate(alreadyRead: ReadonlySet<string>): void {
    for (const [name, entry] of this.entries) {
      if (entry.method !== METHOD_DEFLATED || alreadyRead.has(name)) continue;
      inflateAtMostDeclared(name, entry, this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), DEFAULT_CHUNK);
    }
  }

  /** The entry's bytes as UTF-8 text, or null when there is no such entry. */
  text(name: string): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const data = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let unpacked: Buffer;
    if (entry.method === METHOD_STORED) {
      unpacked = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else {
      // One output buffer of the declared size (plus one byte, so zlib never finds it full and makes
      // another) instead of 16 KB chunks joined at the end: 40 % less inflate time on a large part.
      unpacked = inflateAtMostDeclared(name, entry, data, Math.min(Math.max(entry.uncompressedSize + 1, DEFAULT_CHUNK), MAX_CHUNK));
    }
    return decodeUtf8(unpacked);
  }
}

/**
 * Inflates a part, never to more than its declared size (the total of which `inspectXlsxBytes` has
 * capped): a part that inflates past it lies about itself, perhaps to slip a zip bomb past the cap, and
 * is left to `measureUnpackedSize`, which counts what it really inflates to without keeping it.
 */
function inflateAtMostDeclared(name: string, entry: ZipEntry, data: Uint8Array, chunkSize: number): Buffer {
  try {
    return inflateRawSync(data, { chunkSize, maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new UnsupportedXlsxError(`${name} inflates past its declared size`);
    throw new DamagedXlsxError(`${name} does not inflate`);
  }
}

/**
 * UTF-8 bytes as a string (a byte-order mark kept; the scanner drops it). On Chinese text, ICU's
 * transcoding to UTF-16 plus a plain copy is about five times faster than V8's UTF-8 decoder (Buffer's
 * `toString` and TextDecoder alike): 2 ms instead of 11 ms for the shared strings of a 10,000-row sheet.
 * Plain ASCII (a sheet whose texts are all shared strings) is copied as one-byte text, half the memory.
 * Invalid bytes go through `toString`, whose replacement characters are the ones ExcelJS gets.
 */
function decodeUtf8(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  if (!isUtf8(bytes)) return bytes.toString('utf8');
  return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
}

