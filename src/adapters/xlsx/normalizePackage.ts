/**
 * The .xlsx bytes with the named XML parts passed through `normalizeSpreadsheetXml`, for ExcelJS, which
 * cannot be taught to read CDATA or prefixed SpreadsheetML itself. Only called for the few files that
 * need it (`measureUnpackedSize` names the parts, having checked they unpack within the limit); the other
 * entries are copied as they are, still compressed. Browser and Node alike.
 */
import { assembleZip, METHOD_STORED, type ZipEntryToWrite } from './assembleZip';
import { crc32 } from './crc32';
import { inflateChunks } from './inflateChunks';
import { readCentralDirectory, type PackedEntry } from './inspectXlsxBytes';
import { normalizeSpreadsheetXml } from './normalizeSpreadsheetXml';

const METHOD_DEFLATED = 8;
const VERSION_MADE_BY = 20;

/**
 * @example
 * const measured = await measureUnpackedSize(bytes, name);
 * if (measured.ok && measured.partsToNormalize.length > 0) bytes = await normalizePackage(bytes, measured.partsToNormalize);
 */
export async function normalizePackage(bytes: Uint8Array, partNames: readonly string[]): Promise<Uint8Array> {
  const directory = readCentralDirectory(bytes);
  if (directory === null) return bytes;
  const wanted = new Set(partNames);
  const encoder = new TextEncoder();
  const entries: ZipEntryToWrite[] = [];
  for (const entry of directory.entries) {
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    if (!wanted.has(entry.name) || entry.dataStart < 0) {
      entries.push(entryAsIs(entry, packed));
      continue;
    }
    const xml = new TextDecoder('utf-8').decode(entry.method === METHOD_DEFLATED ? await inflate(packed) : packed);
    const rewritten = encoder.encode(normalizeSpreadsheetXml(xml));
    entries.push({ ...entryAsIs(entry, rewritten), method: METHOD_STORED, crc: crc32(rewritten), uncompressedSize: rewritten.length });
  }
  return assembleZip(entries);
}

function entryAsIs(entry: PackedEntry, data: Uint8Array): ZipEntryToWrite {
  return {
    name: entry.nameBytes,
    flags: entry.flags,
    method: entry.method,
    time: 0,
    date: 0,
    crc: entry.crc,
    uncompressedSize: entry.declaredSize,
    versionMadeBy: VERSION_MADE_BY,
    internalAttributes: 0,
    externalAttributes: 0,
    data,
  };
}

async function inflate(packed: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const outcome = await inflateChunks(packed, (chunk) => chunks.push(chunk) > 0);
  // measureUnpackedSize inflated this part a moment ago; anything else now is a programmer's error.
  if (outcome !== 'done') throw new Error(`a part measured a moment ago did not inflate again: ${outcome}`);
  const whole = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole;
}
