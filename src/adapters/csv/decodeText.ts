/**
 * The text of a CSV file whatever Windows saved it as: UTF-8 with or without BOM, UTF-16 with BOM, or
 * GBK/GB18030 (Excel on Chinese Windows and most 报送系统 exports). Uses the platform's `TextDecoder`
 * (browsers and Node with ICU), so no code table ships in the bundle.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/**
 * BOM first; else UTF-8 when the bytes are valid UTF-8 (a GBK file of Chinese text almost never is);
 * else GB18030, the superset of GBK and GB2312.
 *
 * @example
 * decodeText(gbkBytes) // { text: '序号,任务…', encoding: 'gb18030' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode('gb18030', bytes), encoding: 'gb18030' };
  }
}

function decode(encoding: TextEncodingName, bytes: Uint8Array): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
