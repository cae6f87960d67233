/**
 * Full/half-width punctuation by Chinese convention (GB/T 15834): in Chinese text, commas, semicolons,
 * colons, question and exclamation marks and parentheses are full-width; digits and Latin letters are
 * half-width. Latin context (`(GCP)`, `10:30`, `1,000`) is left alone.
 */
import { isChineseContext, toHalfWidthAlphanumerics } from './characters';

const TO_FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const HALF_WIDTH_MARK = /[,;:?!]/g;
const ANYTHING_TO_CONVERT = /[,;:?!()０-９Ａ-Ｚａ-ｚ]/;
const DIGIT = /[0-9]/;
/** Punctuation this module converts, in either width: it never decides the context of its neighbours. */
const CONVERTIBLE = new Set([',', ';', ':', '?', '!', '(', ')', '，', '；', '：', '？', '！', '（', '）']);

/**
 * @example
 * normalizePunctuation('策,加大新药研发奖补力度;支持医疗机构开展临床试验(含I期)') // '策，加大新药研发奖补力度；支持医疗机构开展临床试验（含I期）'
 * normalizePunctuation('截至10:30,共1,000人') // '截至10:30，共1,000人'
 */
export function normalizePunctuation(text: string): string {
  // Most cells need nothing; skip the walk for them (the check runs this on every cell).
  if (!ANYTHING_TO_CONVERT.test(text)) return text;
  const source = toHalfWidthAlphanumerics(text);
  const marks = source.replace(HALF_WIDTH_MARK, (mark: string, index: number) => {
    // 10:30 and 1,000 stay Latin.
    if ((mark === ':' || mark === ',') && DIGIT.test(source.charAt(index - 1)) && DIGIT.test(source.charAt(index + 1))) return mark;
    const chinese = isChineseContext(previousSignificant(source, index)) || isChineseContext(nextSignificant(source, index));
    return chinese ? (TO_FULL_WIDTH[mark] ?? mark) : mark;
  });
  if (!marks.includes('(') && !marks.includes(')')) return marks;
  const widen = parenthesesToWiden(marks);
  if (widen.size === 0) return marks;
  let result = '';
  for (let index = 0; index < marks.length; index += 1) {
    const character = marks.charAt(index);
    result += widen.has(index) ? (character === '(' ? '（' : '）') : character;
  }
  return result;
}

/** Indices of `(`…`)` pairs whose content is Chinese (`(含I期)`, `中国(山东)`), and of their partners. */
function parenthesesToWiden(text: string): Set<number> {
  const widen = new Set<number>();
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '(' || character === '（') open.push(index);
    else if (character === ')' || character === '）') {
      const start = open.pop();
      if (start === undefined) {
        // An unmatched half-width `)` closing a Chinese clause (a parenthesis cut by a page break).
        if (character === ')' && isChineseContext(previousSignificant(text, index))) widen.add(index);
        continue;
      }
      if (hasChineseBetween(text, start + 1, index)) {
        if (text.charAt(start) === '(') widen.add(start);
        if (character === ')') widen.add(index);
      }
    }
  }
  for (const start of open) {
    if (text.charAt(start) === '(' && isChineseContext(nextSignificant(text, start))) widen.add(start);
  }
  return widen;
}

function hasChineseBetween(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const character = text.charAt(index);
    if (isChineseContext(character) && !CONVERTIBLE.has(character)) return true;
  }
  return false;
}

/** The nearest character before `index` that is neither white space nor convertible punctuation. */
function previousSignificant(text: string, index: number): string {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const character = text.charAt(cursor);
    if (character.trim() !== '' && !CONVERTIBLE.has(character)) return character;
  }
  return '';
}

function nextSignificant(text: string, index: number): string {
  for (let cursor = index + 1; cursor < text.length; cursor += 1) {
    const character = text.charAt(cursor);
    if (character.trim() !== '' && !CONVERTIBLE.has(character)) return character;
  }
  return '';
}
