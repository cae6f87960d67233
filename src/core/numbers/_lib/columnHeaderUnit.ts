/**
 * A table row pasted into a cell gives each figure after its column's header, the unit in parentheses
 * (`工作目标(个) 600`, `年度计划(万元) 50000 | 中央资金(万元) 6000`, `涉及居民户数(万户) 计划任务数 53.00`): the table prints
 * the unit once in its head and the row's figure bare, so the figure counts in the unit of the header before it.
 * The header reaches the bare figure that follows it in the same segment, past the words of a sub-column
 * (`计划任务数`, `开工数`), but not past a bar, a punctuation mark, another figure or another header. Parentheses that
 * hold no unit (`(2019年)`, `(一)`, `(含改扩建)`, `(其中…)`) head nothing. A unit line heading the cell (`单位:万元`) gives
 * its unit to every bare figure of the cell.
 */
import { wordParenthesisOpening } from '../../text/wordParenthesis';
import { countingWord, type CountingWord } from '../units';

export interface ColumnHeaderUnit {
  readonly word: CountingWord;
  /** 1e4 for `(万元)`, 1e8 for `(亿元)`, else 1. */
  readonly factor: number;
}

export interface ColumnHeader extends ColumnHeaderUnit {
  /** The column's name before the parenthesis (`中央资金`, `新开工改造小区数`), as offsets of the text. */
  readonly nameStart: number;
  readonly nameEnd: number;
  /** The words of a sub-column between the header and the figure (`计划任务数`, `开工数`); empty when none. */
  readonly subColumnStart: number;
  readonly subColumnEnd: number;
}

/** Words of a sub-column between a header and its figure (`计划任务数`, `已完成数`): at most this many characters. */
const MAX_SUB_COLUMN_WORDS = 8;
/** `(元/月/人)` and `(万平方米)` are the longest units a header prints. */
const MAX_UNIT_LENGTH = 7;
/** A column's name (`涉及居民户数`, `新开工改造小区数`): at most this many characters before the parenthesis. */
const MAX_NAME_LENGTH = 16;
const CJK_START = 0x4e00;
const CJK_END = 0x9fff;
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

function isCjk(code: number): boolean {
  return code >= CJK_START && code <= CJK_END;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;
}

// Character codes, not one-character strings: `text[at]` makes a new string for every Chinese character it reads, and
// a figure's header is looked for before every bare figure of a cell.
const COLON = 0x3a;
const FULL_WIDTH_COLON = 0xff1a;
const OPENING = 0x28;
const FULL_WIDTH_OPENING = 0xff08;
const CLOSING = 0x29;
const FULL_WIDTH_CLOSING = 0xff09;

function isColonCode(code: number): boolean {
  return code === COLON || code === FULL_WIDTH_COLON;
}

function isOpeningCode(code: number): boolean {
  return code === OPENING || code === FULL_WIDTH_OPENING;
}

function isClosingCode(code: number): boolean {
  return code === CLOSING || code === FULL_WIDTH_CLOSING;
}

/** The counting word a header's parentheses hold (`个`, `万元`, `%`), or null when they hold anything else. */
function unitInParentheses(inner: string): ColumnHeaderUnit | null {
  // `(元/月/人)`, `(元/人·年)`: a standard paid per period or per head is an amount of money, as `644元/月` is read.
  const slash = inner.indexOf('/');
  if (slash > 0) {
    const paid = unitInParentheses(inner.slice(0, slash));
    return paid !== null && paid.word.unitClass === 'money' ? paid : null;
  }
  const word = inner === '％' ? '%' : inner;
  const direct = countingWord(word);
  if (direct) return { word: direct, factor: 1 };
  const magnitude = MAGNITUDES[word.charAt(0)];
  if (magnitude === undefined) return null;
  const counted = countingWord(word.slice(1));
  return counted ? { word: counted, factor: magnitude } : null;
}

/**
 * The column header that heads a bare figure starting at `numberStart`, or null when no header stands right before
 * it. Reads the text as written or its normalised copy (full-width parentheses, colons and spaces alike).
 *
 * @example
 * columnHeaderBefore('年度计划(万元) 50000', 9)?.factor // 1e4, the unit 元, the name 年度计划
 * columnHeaderBefore('涉及居民户数(万户) 计划任务数 53.00', 17)?.word.word // '户', the sub-column 计划任务数
 * columnHeaderBefore('完成投资(2019年) 500', 13) // null
 */
export function columnHeaderBefore(text: string, numberStart: number): ColumnHeader | null {
  let at = numberStart - 1;
  while (at >= 0 && (isSpaceCode(text.charCodeAt(at)) || isColonCode(text.charCodeAt(at)))) at -= 1;
  const subColumnEnd = at + 1;
  while (at >= 0 && subColumnEnd - at <= MAX_SUB_COLUMN_WORDS && isCjk(text.charCodeAt(at))) at -= 1;
  const subColumnStart = at + 1;
  // Sub-column words are set apart from the header by a space or follow its parenthesis directly.
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at -= 1;
  if (!isClosingCode(text.charCodeAt(at))) return null;
  const close = at;
  let open = close - 1;
  while (open >= 0 && close - open <= MAX_UNIT_LENGTH + 1 && !isOpeningCode(text.charCodeAt(open))) open -= 1;
  if (open < 0 || !isOpeningCode(text.charCodeAt(open)) || close - open < 2) return null;
  // A header is a column's name: the parenthesis follows its words.
  let nameStart = open;
  while (nameStart > 0 && open - nameStart < MAX_NAME_LENGTH) {
    if (isCjk(text.charCodeAt(nameStart - 1))) nameStart -= 1;
    else {
      // `完成投(筹)资(万元)`: an alternative in parentheses inside the name is part of it.
      const alternativeStart = wordParenthesisOpening(text, nameStart - 1);
      if (alternativeStart < 0) break;
      nameStart = alternativeStart;
    }
  }
  if (nameStart === open) return null;
  const unit = unitInParentheses(text.slice(open + 1, close).trim());
  // Named fields, not a spread of the unit: spreading it and adding four more made each header a slow object for V8 (7 µs each).
  return unit ? { word: unit.word, factor: unit.factor, nameStart, nameEnd: open, subColumnStart, subColumnEnd } : null;
}

/** `单位:万元`, `(单位：个)` opening a cell: the unit line of the table the cell was pasted from. */
// One run of spaces before the parenthesis, not two (`\s*[(（]?\s*`): a cell of thousands of spaces would be split
// between them every way, which is quadratic.
const CELL_UNIT_NOTE = /^\s*(?:[(（]\s*)?单位\s*[:：]\s*([^\s,，、;；/()（）]{1,5})\s*(?:[)）]|(?=\s)|$)/;

/**
 * The unit a unit line heading the cell gives its bare figures, or null when the cell opens otherwise or the line names
 * several units or none (`单位:个、亿元`, `单位:县住建局`).
 *
 * @example
 * cellUnitNoteOf('单位:万元\n年度计划 5000 完成 3200')?.factor // 1e4, the unit 元
 * cellUnitNoteOf('责任单位:县住建局') // null
 */
export function cellUnitNoteOf(text: string): ColumnHeaderUnit | null {
  const note = CELL_UNIT_NOTE.exec(text);
  const inner = note?.[1];
  return inner === undefined ? null : unitInParentheses(inner);
}
