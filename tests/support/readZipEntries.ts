/**
 * A zip's entries as its central directory lists them, each with its content unpacked: the one reader of
 * zips written by the product (the zip writer tests, the hostile-file builders, the bench). It asserts
 * nothing, so it also reads outside jest; tests check the fields they care about.
 */
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DEFLATED = 8;

export interface ZipDirectoryEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly externalAttributes: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
  /** Where the end-of-directory record was found (its distance from the end says whether a comment follows). */
  readonly directoryEnd: number;
  readonly content: Uint8Array;
}

export function readZipEntries(zip: Uint8Array): ZipDirectoryEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end > 0 && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  const entries: ZipDirectoryEntry[] = [];
  let cursor = view.getUint32(end + 16, true);
  for (let index = 0; index < view.getUint16(end + 10, true); index += 1) {
    const method = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const localOffset = view.getUint32(cursor + 42, true);
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = zip.subarray(start, start + compressedSize);
    entries.push({
      name: new TextDecoder().decode(zip.subarray(cursor + 46, cursor + 46 + nameLength)),
      method,
      crc: view.getUint32(cursor + 16, true),
      compressedSize,
      size: view.getUint32(cursor + 24, true),
      externalAttributes: view.getUint32(cursor + 38, true),
      localOffset,
      directoryEnd: end,
      content: method === DEFLATED ? new Uint8Array(inflateRawSync(data)) : data,
    });
    cursor += 46 + nameLength + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
  }
  return entries;
}
