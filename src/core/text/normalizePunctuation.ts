/**
 * Full/half-width punctuation by Chinese convention (GB/T 15834): in Chinese text, commas, semicolons,
 * colons, question and exclamation marks and parentheses are full-width; digits and Latin letters are
 * half-width. Latin context (`(GCP)`, `10:30`, `1,000`) is left alone.
 */
import { isChineseContext, toHalfWidthAlphanumerics } from './characters';

const TO_FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const DIGIT = /[0-9]/;
/** Punctuation this module converts, in either width: it never decides the context of its neighbours. */
const CONVERTIBLE = new Set([',', ';', ':', '?', '!', '(', ')', '，', '；', '：', '？', '！', '（', '）']);

/**
 * @example
 * normalizePunctuation('策,加大新药研发奖补力度;支持医疗机构开展临床试验(含I期)') // '策，加大新药研发奖补力度；支持医疗机构开展临床试验（含I期）'
 * normalizePunctuation('截至10:30,共1,000人') // '截至10:30，共1,000人'
 */
export function normalizePunctuation(text: string): string {
  const characters = [...toHalfWidthAlphanumerics(text)];
  const fullWidthParentheses = parenthesesToWiden(characters);
  return characters
    .map((character, index) => {
      if (character === '(' || character === ')') return fullWidthParentheses.has(index) ? (character === '(' ? '（' : '）') : character;
      const wide = TO_FULL_WIDTH[character];
      if (wide === undefined) return character;
      // 10:30 and 1,000 stay Latin.
      if ((character === ':' || character === ',') && DIGIT.test(characters[index - 1] ?? '') && DIGIT.test(characters[index + 1] ?? '')) {
        return character;
      }
      return isChineseContext(previousSignificant(characters, index)) || isChineseContext(nextSignificant(characters, index)) ? wide : character;
    })
    .join('');
}

/** Indices of `(`…`)` pairs whose content is Chinese (`(含I期)`, `中国(山东)`), and of their partners. */
function parenthesesToWiden(characters: readonly string[]): Set<number> {
  const widen = new Set<number>();
  const open: number[] = [];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index];
    if (character === '(' || character === '（') open.push(index);
    else if (character === ')' || character === '）') {
      const start = open.pop();
      if (start === undefined) {
        // An unmatched half-width `)` closing a Chinese clause (a parenthesis cut by a page break).
        if (character === ')' && isChineseContext(previousSignificant(characters, index))) widen.add(index);
        continue;
      }
      const inside = characters.slice(start + 1, index);
      const chinese = inside.some((inner) => isChineseContext(inner) && !CONVERTIBLE.has(inner));
      if (chinese) {
        if (characters[start] === '(') widen.add(start);
        if (character === ')') widen.add(index);
      }
    }
  }
  for (const start of open) {
    if (characters[start] === '(' && isChineseContext(nextSignificant(characters, start))) widen.add(start);
  }
  return widen;
}

/** The nearest character before `index` that is neither white space nor convertible punctuation. */
function previousSignificant(characters: readonly string[], index: number): string {
  for (let cursor = index - 1; cursor >= 0; cursor -= 1) {
    const character = characters[cursor] ?? '';
    if (character.trim() !== '' && !CONVERTIBLE.has(character)) return character;
  }
  return '';
}

function nextSignificant(characters: readonly string[], index: number): string {
  for (let cursor = index + 1; cursor < characters.length; cursor += 1) {
    const character = characters[cursor] ?? '';
    if (character.trim() !== '' && !CONVERTIBLE.has(character)) return character;
  }
  return '';
}
