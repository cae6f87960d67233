/**
 * Counts the bytes a zip's parts really inflate to, before ExcelJS (through JSZip) unpacks them all into
 * memory. The sizes a zip declares are only claims: a 5 MB file can declare 100 bytes for a part that
 * inflates to 5 GB. Each part is inflated as a stream and thrown away chunk by chunk, so the count costs
 * a few megabytes whatever the file holds, and stops as soon as the limit is passed.
 *
 * Browser and Node alike (`inflateChunks`).
 */
import { MAX_UNPACKED_MEGABYTES, readCentralDirectory, type FileProblem } from './inspectXlsxBytes';
import { inflateChunks } from './inflateChunks';
import { needsNormalizing } from './normalizeSpreadsheetXml';

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

export type UnpackedSize =
  | {
      readonly ok: true;
      readonly unpackedBytes: number;
      /** XML parts holding CDATA or prefixed SpreadsheetML, which `normalizePackage` must rewrite before ExcelJS reads them. */
      readonly partsToNormalize: readonly string[];
    }
  | { readonly ok: false; readonly problem: FileProblem };

/** What counting one part found. */
interface InflatedPart {
  readonly bytes: number;
  readonly needsNormalizing: boolean;
}

/** The first bytes of a part kept to find its root element. */
const HEAD_BYTES = 1024;
const CDATA_START = Array.from('<![CDATA[', (character) => character.charCodeAt(0));
const EXCLAMATION_MARK = 0x21;

/**
 * @example
 * const measured = await measureUnpackedSize(bytes, '三季度.xlsx');
 * if (!measured.ok) show(measured.problem); // file.unpackedTooLarge or file.corrupt
 */
export async function measureUnpackedSize(bytes: Uint8Array, fileName: string, limitBytes = MAX_UNPACKED_MEGABYTES * 1024 * 1024): Promise<UnpackedSize> {
  const refuse = (key: FileProblem['key'], extra: Record<string, number> = {}): UnpackedSize => ({ ok: false, problem: { key, params: { file: fileName, ...extra } } });
  const directory = readCentralDirectory(bytes);
  if (directory === null) return refuse('file.corrupt');
  const tooLarge = () => refuse('file.unpackedTooLarge', { limit: Math.round(limitBytes / (1024 * 1024)) });
  let total = 0;
  const partsToNormalize: string[] = [];
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.dataStart < 0) return refuse('file.corrupt');
    const packed = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const isXml = entry.name.endsWith('.xml');
    if (entry.method === METHOD_STORED) {
      total += entry.compressedSize;
      if (isXml && needsNormalizing(new TextDecoder().decode(packed.subarray(0, HEAD_BYTES)), containsCdataStart(packed))) partsToNormalize.push(entry.name);
    } else if (entry.method === METHOD_DEFLATED) {
      const inflated = await countInflated(packed, limitBytes - total, isXml);
      if (inflated === 'unavailable') {
        // No inflater in this environment (no current browser lacks one): the declared sizes, which inspectXlsxBytes checked, must do.
        return directory.unpackedBytes > limitBytes ? tooLarge() : { ok: true, unpackedBytes: directory.unpackedBytes, partsToNormalize: [] };
      }
      if (inflated === 'damaged') return refuse('file.corrupt');
      if (inflated === 'overLimit') return tooLarge();
      total += inflated.bytes;
      if (inflated.needsNormalizing) partsToNormalize.push(entry.name);
    } else {
      // A method ExcelJS cannot unpack either: it will say the file is damaged, without inflating anything.
      total += entry.declaredSize;
    }
    if (total > limitBytes) return tooLarge();
  }
  return { ok: true, unpackedBytes: total, partsToNormalize };
}

/**
 * The inflated length of one deflated part, or 'overLimit' as soon as it passes `remaining`. An XML part
 * is also looked through, chunk by chunk, for what `normalizeSpreadsheetXml` rewrites.
 */
async function countInflated(packed: Uint8Array, remaining: number, isXml: boolean): Promise<InflatedPart | 'overLimit' | 'damaged' | 'unavailable'> {
  let count = 0;
  let head: Uint8Array = new Uint8Array(0);
  let holdsCdata = false;
  /** The last bytes of the previous chunk, for a `<![CDATA[` split between two chunks. */
  let previousTail: Uint8Array = new Uint8Array(0);
  const outcome = await inflateChunks(packed, (chunk) => {
    count += chunk.byteLength;
    if (isXml) {
      if (head.length < HEAD_BYTES) head = joined(head, chunk.subarray(0, HEAD_BYTES - head.length));
      if (!holdsCdata) {
        holdsCdata = containsCdataStart(joined(previousTail, chunk.subarray(0, CDATA_START.length))) || containsCdataStart(chunk);
        previousTail = chunk.slice(Math.max(0, chunk.length - CDATA_START.length));
      }
    }
    return count <= remaining;
  });
  if (outcome === 'stopped') return 'overLimit';
  if (outcome === 'damaged' || outcome === 'unavailable') return outcome;
  // A part whose end could not be had cannot be rewritten whole: it goes to ExcelJS as it is.
  if (outcome === 'tailUnknown') return { bytes: count, needsNormalizing: false };
  return { bytes: count, needsNormalizing: isXml && needsNormalizing(new TextDecoder().decode(head), holdsCdata) };
}

function joined(first: Uint8Array, second: Uint8Array): Uint8Array {
  const both = new Uint8Array(first.length + second.length);
  both.set(first, 0);
  both.set(second, first.length);
  return both;
}

/** Whether `<![CDATA[` occurs in the bytes; found from its `!`, which XML markup otherwise rarely holds. */
function containsCdataStart(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(EXCLAMATION_MARK, 1); at >= 1; at = bytes.indexOf(EXCLAMATION_MARK, at + 1)) {
    if (CDATA_START.every((code, index) => bytes[at - 1 + index] === code)) return true;
  }
  return false;
}
