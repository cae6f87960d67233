/**
 * The entries of a zip held in memory, unpacked in the browser with `DecompressionStream` (through
 * `inflateChunks`), so that the page reads a file with the same sheet reader as the CLI. The reader asks
 * for parts synchronously, so every entry is inflated up front, none past its declared size (whose total
 * `inspectXlsxBytes` capped) or the total `measureUnpackedSize` counted. Entries no reader needs (pictures)
 * are inflated only to learn their size, as the Node reader checks them; a damaged one is left alone. A browser whose inflater cannot give a whole part (Chromium
 * before 103 knows only zlib-wrapped data, `tailUnknown`) makes the file `UnsupportedXlsxError`: the caller
 * then reads it another way.
 */
import { inflateChunks } from '../inflateChunks';
import type { PackageEntries } from './packageEntries';
import { crc32 } from '../crc32';
import { DamagedXlsxError, UnderstatedSizeError, UnsupportedXlsxError } from './readerErrors';
import { utf16EncodingOf } from './xmlEncoding';
import { METHOD_STORED, readCentralDirectory, type ZipEntry } from './zipCentralDirectory';

/** Parts read as text: XML and relationships; anything else is only checked. */
const TEXT_PART = /\.(xml|rels)$/i;

export class UnpackedZipEntries implements PackageEntries {
  private constructor(
    private readonly texts: ReadonlyMap<string, string>,
    private readonly allNames: readonly string[],
    private readonly damaged: string | null,
  ) {}

  /**
   * Reads the central directory and inflates every entry; throws `UnsupportedXlsxError` or `DamagedXlsxError`.
   * `measuredUnpackedBytes`: as for `ZipEntries.read`, what the package was counted inflating to.
   */
  static async read(bytes: Uint8Array, measuredUnpackedBytes = 0): Promise<UnpackedZipEntries> {
    const entries = readCentralDirectory(bytes);
    const texts = new Map<string, string>();
    let damaged: string | null = null;
    for (const [name, entry] of entries) {
      const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
      const unpacked = entry.method === METHOD_STORED ? data : await inflateWhole(name, entry, data, TEXT_PART.test(name), measuredUnpackedBytes);
      if (unpacked === 'damaged') damaged ??= name;
      else if (unpacked !== null) texts.set(name, new TextDecoder(utf16EncodingOf(unpacked) ?? 'utf-8').decode(unpacked));
    }
    return new UnpackedZipEntries(texts, [...entries.keys()], damaged);
  }

  has(name: string): boolean {
    return this.allNames.includes(name);
  }

  names(): IterableIterator<string> {
    return this.allNames.values();
  }

  text(name: string): string | null {
    const text = this.texts.get(name);
    if (text !== undefined) return text;
    if (this.damaged === name) throw new DamagedXlsxError(`${name} does not inflate`);
    return null;
  }

  /** Every entry was inflated by `read`, which threw for one past its size; a damaged one no reader asked for is left alone. */
  checkEntriesInflate(): void {
    // Nothing left to check.
  }
}

/** The entry's bytes (null when only checked), 'damaged', or throws when the inflater cannot tell. */
async function inflateWhole(name: string, entry: ZipEntry, data: Uint8Array, keep: boolean, measuredUnpackedBytes: number): Promise<Uint8Array | 'damaged' | null> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let tooLong = false;
  const outcome = await inflateChunks(data, (chunk) => {
    length += chunk.byteLength;
    if (length > Math.max(entry.uncompressedSize, measuredUnpackedBytes, 1)) {
      tooLong = true;
      return false;
    }
    if (keep) chunks.push(chunk);
    return true;
  });
  if (tooLong) throw new UnderstatedSizeError(name);
  if (outcome === 'damaged') return 'damaged';
  if (outcome !== 'done') throw new UnsupportedXlsxError(`this browser cannot inflate ${name} whole (${outcome})`);
  if (!keep) return null;
  const whole = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // Past its declared size, a part is believed only if its checksum holds (see `ZipEntries`).
  if (length > entry.uncompressedSize && crc32(whole) !== entry.crc) return 'damaged';
  return whole;
}
