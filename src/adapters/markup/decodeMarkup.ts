/**
 * The text of an XML or HTML file by the encoding it declares (`<?xml encoding="GB2312"?>`, `<meta
 * charset="gbk">`: report systems on Chinese Windows write GB2312), else as a text file is decoded
 * (BOM, valid UTF-8, else GB18030).
 */
import { decodeText } from '../csv/decodeText';

const GB_ENCODINGS = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936)$/i;

export function decodeMarkup(bytes: Uint8Array): string {
  let head = '';
  for (const byte of bytes.subarray(0, 2048)) head += byte < 0x80 ? String.fromCharCode(byte) : ' ';
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1] ?? /<meta[^>]*charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  // A byte order mark outranks a declaration (as in browsers); a GB declaration outranks the UTF-8 guess.
  if (!hasBom && declared !== undefined && GB_ENCODINGS.test(declared)) return new TextDecoder('gb18030').decode(bytes);
  return decodeText(bytes).text;
}
