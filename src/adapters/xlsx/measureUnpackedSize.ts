/**
 * Counts the bytes a zip's parts really inflate to, before ExcelJS (through JSZip) unpacks them all into
 * memory. The sizes a zip declares are only claims: a 5 MB file can declare 100 bytes for a part that
 * inflates to 5 GB. Each part is inflated as a stream and thrown away chunk by chunk, so the count costs
 * a few megabytes whatever the file holds, and stops as soon as the limit is passed.
 *
 * Browser and Node alike: `DecompressionStream('deflate-raw')` is in every current browser and in Node 20.
 */
import { MAX_UNPACKED_MEGABYTES, readCentralDirectory, type FileProblem } from './inspectXlsxBytes';

const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,000 times, so one
 * piece never makes more than some 16 MB of output waiting to be counted.
 */
const PIECE_BYTES = 16 * 1024;

export type UnpackedSize = { readonly ok: true; readonly unpackedBytes: number } | { readonly ok: false; readonly problem: FileProblem };

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
    return directory.unpackedBytes > limitBytes ? tooLarge() : { ok: true, unpackedBytes: directory.unpackedBytes };
  }
  let total = 0;
  for (const entry of directory.entries) {
    if (entry.name.endsWith('/')) continue;
    if (entry.dataStart < 0) return refuse('file.corrupt');
    if (entry.method === METHOD_STORED) {
      total += entry.compressedSize;
    } else if (entry.method === METHOD_DEFLATED) {
      const inflated = await countInflated(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize), limitBytes - total);
      if (inflated === 'damaged') return refuse('file.corrupt');
      if (inflated === 'overLimit') return tooLarge();
      total += inflated;
    } else {
      // A method ExcelJS cannot unpack either: it will say the file is damaged, without inflating anything.
      total += entry.declaredSize;
    }
    if (total > limitBytes) return tooLarge();
  }
  return { ok: true, unpackedBytes: total };
}

/** The inflated length of one deflated part, or 'overLimit' as soon as it passes `remaining`. */
async function countInflated(packed: Uint8Array, remaining: number): Promise<number | 'overLimit' | 'damaged'> {
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
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return count;
      count += value.byteLength;
      if (count > remaining) {
        await reader.cancel().catch(() => undefined);
        return 'overLimit';
      }
    }
  } catch {
    return 'damaged';
  }
}
