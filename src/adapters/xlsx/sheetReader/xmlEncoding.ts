/**
 * The encoding of an XML part. ECMA-376 Part 2 (§8.1.4) allows UTF-8 and UTF-16 for every XML part, and a
 * few generators write UTF-16 (big-endian, with or without a byte-order mark), which Excel opens.
 */

export type Utf16Encoding = 'utf-16be' | 'utf-16le';

/**
 * The UTF-16 flavour of a part, from its byte-order mark or the zero byte beside its first `<`
 * (XML 1.0, Appendix F); null for UTF-8, by far the most common, which the callers decode their own way.
 *
 * @example
 * utf16EncodingOf(new Uint8Array([0x00, 0x3c, 0x00, 0x3f])) // 'utf-16be'
 */
export function utf16EncodingOf(bytes: Uint8Array): Utf16Encoding | null {
  const first = bytes[0];
  const second = bytes[1];
  if ((first === 0xfe && second === 0xff) || (first === 0x00 && second === 0x3c)) return 'utf-16be';
  if ((first === 0xff && second === 0xfe) || (first === 0x3c && second === 0x00)) return 'utf-16le';
  return null;
}
