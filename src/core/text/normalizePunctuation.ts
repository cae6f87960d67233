/**
 * Full/half-width punctuation by Chinese convention (GB/T 15834): in Chinese text, commas, semicolons,
 * colons, question and exclamation marks and parentheses are full-width; digits and Latin letters are
 * half-width. Latin context (`(GCP)`, `10:30`, `1,000`) is left alone.
 */
import { CodeTable } from '../_lib/codeTable';
import { isChineseContext, isChineseContextCode, isWhitespaceCode, toHalfWidthAlphanumerics } from './characters';

const TO_FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
const HALF_WIDTH_MARK = /[,;:?!]/g;
const ANYTHING_TO_CONVERT = /[,;:?!()０-９Ａ-Ｚａ-ｚ]/;
const DIGIT = /[0-9]/;
/** Punctuation this module converts, in either width: it never decides the context of its neighbours. */
const CONVERTIBLE = new CodeTable([',', ';', ':', '?', '!', '(', ')', '，', '；', '：', '？', '！', '（', '）']);

/**
 * @example
 * normalizePunctuation('策,加大新药研发奖补力度;支持医疗机构开展临床试验(含I期)') // '策，加大新药研发奖补力度；支持医疗机构开展临床试验（含I期）'
 * normalizePunctuation('截至10:30,共1,000人') // '截至10:30，共1,000人'
 */
export function normalizePunctuation(text: string): string {
  // Most cells need nothing; skip the walk for them (the check runs this on every cell).
  if (!ANYTHING_TO_CONVERT.test(text)) return text;
  const source = toHalfWidthAlphanumerics(text);
  // Converting a mark never changes which characters are significant, so one reading serves both passes.
  const neighbours = new SignificantNeighbours(source);
  const marks = source.replace(HALF_WIDTH_MARK, (mark: string, index: number) => {
    // 10:30 and 1,000 stay Latin.
    if ((mark === ':' || mark === ',') && DIGIT.test(source.charAt(index - 1)) && DIGIT.test(source.charAt(index + 1))) return mark;
    const chinese = isChineseContext(neighbours.previous(index)) || isChineseContext(neighbours.next(index));
    return chinese ? (TO_FULL_WIDTH[mark] ?? mark) : mark;
  });
  if (!marks.includes('(') && !marks.includes(')')) return marks;
  const widen = parenthesesToWiden(marks, neighbours);
  if (widen.size === 0) return marks;
  // Copied in runs between the parentheses widened, not character by character.
  let result = '';
  let copiedTo = 0;
  for (const index of [...widen].sort((a, b) => a - b)) {
    result += marks.slice(copiedTo, index) + (marks.charCodeAt(index) === 0x28 ? '（' : '）');
    copiedTo = index + 1;
  }
  return result + marks.slice(copiedTo);
}

/** Indices of `(`…`)` pairs whose content is Chinese (`(含I期)`, `中国(山东)`), and of their partners. */
function parenthesesToWiden(text: string, neighbours: SignificantNeighbours): Set<number> {
  const widen = new Set<number>();
  const open: number[] = [];
  const chineseBefore = chineseCountsBefore(text);
  for (let index = 0; index < text.length; index += 1) {
    const character = text.charAt(index);
    if (character === '(' || character === '（') open.push(index);
    else if (character === ')' || character === '）') {
      const start = open.pop();
      if (start === undefined) {
        // An unmatched half-width `)` closing a Chinese clause (a parenthesis cut by a page break).
        if (character === ')' && isChineseContext(neighbours.previous(index))) widen.add(index);
        continue;
      }
      if ((chineseBefore[index] as number) > (chineseBefore[start + 1] as number)) {
        if (text.charAt(start) === '(') widen.add(start);
        if (character === ')') widen.add(index);
      }
    }
  }
  for (const start of open) {
    if (text.charAt(start) === '(' && isChineseContext(neighbours.next(start))) widen.add(start);
  }
  return widen;
}

/**
 * How many Chinese characters (convertible marks aside) come before each index: whether a pair of parentheses holds
 * Chinese is then one subtraction, where scanning each pair's content made nested parentheses quadratic.
 */
function chineseCountsBefore(text: string): Uint32Array {
  const counts = new Uint32Array(text.length + 1);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    counts[index + 1] = (counts[index] as number) + (isChineseContextCode(code) && !CONVERTIBLE.has(code) ? 1 : 0);
  }
  return counts;
}

/**
 * The nearest character before and after an index that is neither white space nor convertible punctuation, each
 * direction read once for the whole text when first asked: walking out from every mark was quadratic on a cell of
 * thousands of marks (32,767 `(` took 15 s).
 */
class SignificantNeighbours {
  private previousIndex: Int32Array | null = null;
  private nextIndex: Int32Array | null = null;

  constructor(private readonly text: string) {}

  previous(index: number): string {
    this.previousIndex ??= this.indexOfSignificant(-1);
    const at = this.previousIndex[index] as number;
    return at < 0 ? '' : this.text.charAt(at);
  }

  next(index: number): string {
    this.nextIndex ??= this.indexOfSignificant(1);
    const at = this.nextIndex[index] as number;
    return at < 0 ? '' : this.text.charAt(at);
  }

  /**
   * For each index, the nearest significant index strictly before it (step -1) or after it (step 1), or -1. Asked by
   * code: a string per character made this walk a visible share of a fresh process's first check.
   */
  private indexOfSignificant(step: -1 | 1): Int32Array {
    const { text } = this;
    const nearest = new Int32Array(text.length);
    let last = -1;
    const first = step === 1 ? text.length - 1 : 0;
    for (let index = first; index >= 0 && index < text.length; index -= step) {
      nearest[index] = last;
      const code = text.charCodeAt(index);
      if (!isWhitespaceCode(code) && !CONVERTIBLE.has(code)) last = index;
    }
    return nearest;
  }
}
