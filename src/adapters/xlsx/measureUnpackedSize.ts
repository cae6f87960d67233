/**
 * Counts the bytes a zip's parts really inflate to, before ExcelJS (through JSZip) unpacks them all into
 * memory. The sizes a zip declares are only claims: a 5 MB file can declare 100 bytes for a part that
 * inflates to 5 GB. Each part is inflated as a stream and thrown away chunk by chunk, so the count costs
 * a few megabytes whatever the file holds, and stops as soon as the limit is passed.
 *
 * Browser and Node alike: `DecompressionStream('deflate-raw')` is in every current browser and in Node 20.
 */
import { MAX_UNPACKED_MEGABYTES, readCentralDirectory, type FileProblem } from './inspectXlsxBytes';
import { needsNormalizing } from './normalizeSpreadsheetXml';

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,000 times, so one
 * piece never makes more than some 16 MB of output waiting to be counted.
 */
const PIECE_BYTES = 16 * 1024;

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
  if (typeof DecompressionStream !== 'function') {
    // An old browser without the inflater: the declared sizes are all there is to go on (inspectXlsxBytes checked them).
    return directory.unpackedBytes > limitBytes ? tooLarge() : { ok: true, unpackedBytes: directory.unpackedBytes, partsToNormalize: [] };
  }
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
async function countInflated(packed: Uint8Array, remaining: number, isXml: boolean): Promise<InflatedPart | 'overLimit' | 'damaged'> {
  let offset = 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= packed.length) {
        controller.close();
        return;
      }
      // A copy: some inflaters take ownership of (detach) the buffer they are given.
      controller.enqueue(packed.slice(offset, offset + PIECE_BYTES));
      offset += PIECE_BYTES;
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let count = 0;
  let head: Uint8Array = new Uint8Array(0);
  let holdsCdata = false;
  /** The last bytes of the previous chunk, for a `<![CDATA[` split between two chunks. */
  let previousTail: Uint8Array = new Uint8Array(0);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: count, needsNormalizing: isXml && needsNormalizing(new TextDecoder().decode(head), holdsCdata) };
      count += value.byteLength;
      if (isXml) {
        if (head.length < HEAD_BYTES) head = joined(head, value.subarray(0, HEAD_BYTES - head.length));
        if (!holdsCdata) {
          holdsCdata = containsCdataStart(joined(previousTail, value.subarray(0, CDATA_START.length))) || containsCdataStart(value);
          previousTail = value.slice(Math.max(0, value.length - CDATA_START.length));
        }
      }
      if (count > remaining) {
        await reader.cancel().catch(() => undefined);
        return 'overLimit';
      }
    }
  } catch {
    return 'damaged';
  }
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
