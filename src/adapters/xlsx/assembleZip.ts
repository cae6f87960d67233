/**
 * Writes zip bytes from entries whose data is ready (stored or deflated): local headers, data, central
 * directory, end record. No data descriptors, extra fields or comments; sizes must fit 32 bits (a
 * workbook this adapter writes never reaches 4 GB).
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 3: sizes and CRC follow the data in a descriptor. Never set here: they are known up front. */
const FLAG_DATA_DESCRIPTOR = 0x0008;
const VERSION_NEEDED_DEFLATE = 20;

export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;

export interface ZipEntryToWrite {
  /** The entry's name as UTF-8 bytes. */
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  /** MS-DOS time and date. */
  readonly time: number;
  readonly date: number;
  /** CRC-32 of the uncompressed bytes. */
  readonly crc: number;
  readonly uncompressedSize: number;
  readonly versionMadeBy: number;
  readonly internalAttributes: number;
  readonly externalAttributes: number;
  /** The bytes as stored in the zip (compressed when `method` says so). */
  readonly data: Uint8Array;
}

export function assembleZip(entries: readonly ZipEntryToWrite[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const { data } = entry;
    const flags = entry.flags & ~FLAG_DATA_DESCRIPTOR;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, LOCAL_HEADER, true);
    local.setUint16(4, VERSION_NEEDED_DEFLATE, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, entry.method, true);
    local.setUint16(10, entry.time, true);
    local.setUint16(12, entry.date, true);
    local.setUint32(14, entry.crc, true);
    local.setUint32(18, data.byteLength, true);
    local.setUint32(22, entry.uncompressedSize, true);
    local.setUint16(26, entry.name.byteLength, true);
    local.setUint16(28, 0, true);
    parts.push(new Uint8Array(local.buffer), entry.name, data);

    const header = new DataView(new ArrayBuffer(46));
    header.setUint32(0, CENTRAL_DIRECTORY_ENTRY, true);
    header.setUint16(4, entry.versionMadeBy, true);
    header.setUint16(6, VERSION_NEEDED_DEFLATE, true);
    header.setUint16(8, flags, true);
    header.setUint16(10, entry.method, true);
    header.setUint16(12, entry.time, true);
    header.setUint16(14, entry.date, true);
    header.setUint32(16, entry.crc, true);
    header.setUint32(20, data.byteLength, true);
    header.setUint32(24, entry.uncompressedSize, true);
    header.setUint16(28, entry.name.byteLength, true);
    // Extra field, comment, disk number: none.
    header.setUint16(36, entry.internalAttributes, true);
    header.setUint32(38, entry.externalAttributes, true);
    header.setUint32(42, offset, true);
    central.push(new Uint8Array(header.buffer), entry.name);
    offset += 30 + entry.name.byteLength + data.byteLength;
  }
  const directorySize = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, directorySize, true);
  end.setUint32(16, offset, true);
  return concatenate([...parts, ...central, new Uint8Array(end.buffer)]);
}

function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}
