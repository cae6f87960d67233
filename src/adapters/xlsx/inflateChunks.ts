/**
 * Raw deflate data inflated as a stream of chunks, each handed to `onChunk` and then let go, so a caller
 * can count or scan a part of any size in a few megabytes. Browser and Node alike, through
 * `DecompressionStream`. Browsers older than 2022–23 (Chrome and Edge before 103, among them the Chromium
 * inside several browsers common on government PCs) know only the zlib-wrapped format `deflate`: there the
 * raw data is given a zlib header, and the checksum the wrapping lacks makes the stream fail at its very
 * end, where the last output chunk (up to some 64 KB) may be dropped with the failure: the outcome is then
 * 'tailUnknown', enough to enforce a limit but not to have the whole part (ExcelJS will still find real damage).
 */

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,000 times, so one
 * piece never makes more than some 16 MB of output waiting to be taken.
 */
const PIECE_BYTES = 16 * 1024;
/** A zlib header (deflate, 32 KB window, no dictionary) that makes raw deflate data a `deflate` stream. */
const ZLIB_HEADER = new Uint8Array([0x78, 0x01]);

/**
 * 'stopped' when `onChunk` returned false; 'tailUnknown' when all input was taken but the end of the output
 * may be missing (the wrapped fallback above); 'unavailable' when this environment has no inflater at all.
 */
export type InflateOutcome = 'done' | 'stopped' | 'tailUnknown' | 'damaged' | 'unavailable';

type Format = 'deflate-raw' | 'deflate';

/** Asked for each part (constructing a stream costs microseconds), so nothing stale is kept between pages or tests. */
function formatSupported(): Format | null {
  if (typeof DecompressionStream !== 'function') return null;
  for (const format of ['deflate-raw', 'deflate'] as const) {
    try {
      new DecompressionStream(format);
      return format;
    } catch {
      // Not this format here; try the next.
    }
  }
  return null;
}

/**
 * @example
 * let count = 0;
 * await inflateChunks(packed, (chunk) => (count += chunk.byteLength) <= limit);
 */
export async function inflateChunks(packed: Uint8Array, onChunk: (chunk: Uint8Array) => boolean): Promise<InflateOutcome> {
  const format = formatSupported();
  if (format === null) return 'unavailable';
  let offset = format === 'deflate' ? -1 : 0;
  const source = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset < 0) {
        controller.enqueue(ZLIB_HEADER.slice());
        offset = 0;
        return;
      }
      if (offset >= packed.length) {
        controller.close();
        return;
      }
      // A copy: some inflaters take ownership of (detach) the buffer they are given.
      controller.enqueue(packed.slice(offset, offset + PIECE_BYTES));
      offset += PIECE_BYTES;
    },
  });
  const reader = source.pipeThrough(new DecompressionStream(format) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return 'done';
      if (!onChunk(value)) {
        await reader.cancel().catch(() => undefined);
        return 'stopped';
      }
    }
  } catch {
    // Wrapped data always ends in a checksum failure once all input was taken; anything earlier is damage.
    return format === 'deflate' && offset >= packed.length ? 'tailUnknown' : 'damaged';
  }
}
