/**
 * Zips rendered .xlsx parts with Node's native zlib (Node only): CRC-32 and deflate in native code, a
 * large part deflated on the thread pool as soon as it is rendered, while ExcelJS renders the next. Saving
 * through JSZip (even uncompressed, then `deflateStoredZip`) spent more time in JSZip's JavaScript CRC-32
 * and copies than ExcelJS spent rendering the compiled sheet. The zip is laid out as JSZip lays it out:
 * the same entries in the same order, a folder entry before the first part in each folder, MS-DOS
 * attributes and the time of writing.
 */
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { assembleZip, METHOD_DEFLATED, METHOD_STORED, type ZipEntryToWrite } from './assembleZip';
import type { RenderedPart } from './exceljsInternals';

const deflateRawAsync = promisify(zlib.deflateRaw);

/**
 * Parts smaller than this (a few milliseconds of deflate) are compressed at once on this thread: handing
 * them to the thread pool and waiting for it cost more than that on a busy machine. Larger parts (the
 * sheets and shared strings of a big compilation) go to the thread pool, side by side.
 */
const DEFLATE_HERE_BELOW_BYTES = 1024 * 1024;

/** Made by MS-DOS (0), version 2.0: what JSZip writes. */
const VERSION_MADE_BY_DOS = 20;
const DOS_DIRECTORY_ATTRIBUTE = 0x10;

/** False on a Node without `zlib.crc32` (before 20.15): callers then save through JSZip. */
export function canZipNatively(): boolean {
  return typeof (zlib as { crc32?: unknown }).crc32 === 'function';
}

/**
 * @example
 * const zipper = new PackageZipper();
 * if (await workbook.renderParts((part) => zipper.add(part))) await writeFile(file, await zipper.finish());
 */
export class PackageZipper {
  /** Entries by name, in the order first added; a part added again keeps its place and takes the new content. */
  private readonly entries = new Map<string, Promise<ZipEntryToWrite>>();
  private readonly time: number;
  private readonly date: number;
  private readonly encoder = new TextEncoder();

  /** @param level deflate level: 6, as JSZip and `deflateStoredZip` use */
  constructor(
    private readonly level = 6,
    now = new Date(),
  ) {
    this.time = (now.getUTCHours() << 11) | (now.getUTCMinutes() << 5) | Math.floor(now.getUTCSeconds() / 2);
    this.date = ((now.getUTCFullYear() - 1980) << 9) | ((now.getUTCMonth() + 1) << 5) | now.getUTCDate();
  }

  /** Starts compressing the part; its folders get their entries now, before it, as in JSZip. */
  add(part: RenderedPart): void {
    for (const folder of foldersOf(part.name)) {
      if (!this.entries.has(folder)) this.entries.set(folder, Promise.resolve(this.entry(folder, METHOD_STORED, 0, 0, new Uint8Array(0), DOS_DIRECTORY_ATTRIBUTE)));
    }
    const bytes = bytesOf(part);
    const crc = zlib.crc32(bytes);
    let entry: Promise<ZipEntryToWrite>;
    if (bytes.byteLength === 0) entry = Promise.resolve(this.entry(part.name, METHOD_STORED, crc, 0, bytes, 0));
    else if (bytes.byteLength < DEFLATE_HERE_BELOW_BYTES) {
      entry = Promise.resolve(this.entry(part.name, METHOD_DEFLATED, crc, bytes.byteLength, zlib.deflateRawSync(bytes, { level: this.level }), 0));
    } else {
      entry = deflateRawAsync(bytes, { level: this.level }).then((packed) => this.entry(part.name, METHOD_DEFLATED, crc, bytes.byteLength, packed, 0));
    }
    // A failure surfaces in `finish`; until then the promise counts as handled, so it is never reported twice.
    entry.catch(() => undefined);
    this.entries.set(part.name, entry);
  }

  /** The zip of every part added. */
  async finish(): Promise<Uint8Array> {
    return assembleZip(await Promise.all(this.entries.values()));
  }

  private entry(name: string, method: number, crc: number, uncompressedSize: number, data: Uint8Array, externalAttributes: number): ZipEntryToWrite {
    return {
      name: this.encoder.encode(name),
      flags: 0,
      method,
      time: this.time,
      date: this.date,
      crc,
      uncompressedSize,
      versionMadeBy: VERSION_MADE_BY_DOS,
      internalAttributes: 0,
      externalAttributes,
      data,
    };
  }
}

/** `xl/worksheets/sheet1.xml` → `xl/`, `xl/worksheets/`. */
function foldersOf(name: string): string[] {
  const folders: string[] = [];
  for (let at = name.indexOf('/'); at >= 0; at = name.indexOf('/', at + 1)) folders.push(name.slice(0, at + 1));
  return folders;
}

function bytesOf(part: RenderedPart): Uint8Array {
  if (typeof part.data !== 'string') return part.data;
  return part.base64 ? Buffer.from(part.data, 'base64') : Buffer.from(part.data, 'utf8');
}
