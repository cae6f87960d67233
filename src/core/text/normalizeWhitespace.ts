/** Stray white space from copy-paste and PDF copies (DOMAIN §1), removed by Chinese typesetting convention. */
import { isChineseContext } from './characters';

const LIST_MARKER = /^(?:\d{1,2}[.、．)）]|[(（]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|[①-⑳])/;
const SENTENCE_END = /[。！？；：.!?;:]$/;
const SPACES = /[ \t\u3000\u00a0\u200b\ufeff]+/g;

/**
 * Trims the text, drops spaces next to Chinese characters or punctuation (`增加精神科医师 7 人` →
 * `增加精神科医师7人`), collapses other runs of spaces, and joins lines broken mid-sentence
 * (a break after a full stop or before a list item `2.` stays).
 *
 * @example
 * normalizeWhitespace(' 组织 2021 年度市临床医学\n研究中心申报。 ') // '组织2021年度市临床医学研究中心申报。'
 */
const ANY_WHITESPACE = /[\s\u3000\u00a0\u200b\ufeff]/;

export function normalizeWhitespace(text: string): string {
  if (!ANY_WHITESPACE.test(text)) return text;
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((line) => compactSpaces(line)).filter((line) => line !== '');
  let result = '';
  for (const line of lines) {
    if (result === '') result = line;
    else if (SENTENCE_END.test(result) || LIST_MARKER.test(line)) result += `\n${line}`;
    else result += isChineseContext(result.slice(-1)) || isChineseContext(line.charAt(0)) ? line : ` ${line}`;
  }
  return result;
}

function compactSpaces(line: string): string {
  return line.replace(SPACES, (spaces, offset: number, whole: string) => {
    const before = whole.charAt(offset - 1);
    const after = whole.charAt(offset + spaces.length);
    if (before === '' || after === '') return '';
    return isChineseContext(before) || isChineseContext(after) ? '' : ' ';
  });
}
